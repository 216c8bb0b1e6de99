export { ClassAccessType, ReadAccess, ViewerType } from './viewer.types';
export { ViewerResolver } from './viewer.resolver';
