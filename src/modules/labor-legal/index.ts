export { LaborLegalResolver, CaseLegalActionsResolver, ChildLegalResolver, LaborFindingResolver } from './labor-legal.resolver';
