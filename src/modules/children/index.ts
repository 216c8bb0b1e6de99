export { ChildType, ChildConnection, ChildFilter } from './children.types';
export { ChildResolver, ChildConnectionResolver } from './children.resolver';
export { createChildLoaders } from './children.loaders';
export { childWhere, listChildren } from './children.service';
