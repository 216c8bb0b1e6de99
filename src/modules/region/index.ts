export { RegionResolver } from './region.resolver';
export { countiesOf, regionalMonthlyReports, regionalTargets } from './region.service';
