export { AttendanceResolver } from './attendance.resolver';
export { putOnSuspectedLedger } from './attendance.service';
