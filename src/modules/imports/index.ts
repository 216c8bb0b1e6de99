export { ImportsResolver } from './imports.resolver';
