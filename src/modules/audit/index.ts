export { AuditResolver } from './audit.resolver';
export { accessReportRoute, type AccessReportRouteDeps } from './access-report.route';
