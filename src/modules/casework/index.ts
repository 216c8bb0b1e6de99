export { CaseworkResolver, SuspectedDropoutResolver, DropoutCaseChildResolver } from './casework.resolver';
export { runMonitoring } from './casework.service';
