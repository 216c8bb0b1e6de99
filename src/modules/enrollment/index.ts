export { EnrollmentType, StatusEventObject, AttendanceSummaryType } from './enrollment.types';
export { EnrollmentResolver, StatusEventResolver, ChildEnrollmentResolver } from './enrollment.resolver';
export { createEnrollmentLoaders } from './enrollment.loaders';
export { EnrollmentMutationResolver } from './enrollment.mutation-resolver';
export { replay, apply, canFollow, TRANSITIONS, TransitionError, type ReplayEvent, type ReplayState } from './status-machine';
export { enrolChild } from './enrollment.mutations';
export { sealStudentNumber, studentNumberHash, normalStudentNumber, nationalStudentNumberOf, type SealedStudentNumber } from './student-number';
