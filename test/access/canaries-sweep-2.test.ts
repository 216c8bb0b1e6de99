/** Row scopes over the whole query surface (second half of the personas; see canaries-sweep.test.ts). */
import { PERSONAS } from '../support/canaries';
import { sweepSuite } from './canary-sweep';

sweepSuite('canaries: every root query of every slice, swept (2/2)', PERSONAS.slice(8));
