export { EventsResolver } from './events.resolver';
export type { EventDeps } from './events.service';
