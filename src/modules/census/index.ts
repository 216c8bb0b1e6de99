export { CensusRoundType, CensusEntryType, CensusRoundSummaryType, AddCensusEntriesPayload } from './census.types';
export { CensusEntryInput } from './census.inputs';
export { CensusResolver, CensusEntryResolver } from './census.resolver';
export { assertCensusActor, visibleEntries } from './census.service';
export { IN_SCHOOL, OFF_ROLL, OPEN_CASE, placementInForce, isOffRoll } from './register-status';
