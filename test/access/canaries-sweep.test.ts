/**
 * Row scopes over the whole query surface (first half of the personas; the
 * rest in canaries-sweep-2.test.ts): every root query field of each slice,
 * everything the slice holds, every scope-relevant argument value; no canary
 * outside the persona's row scope may show. See canary-sweep.ts.
 */
import { PERSONAS } from '../support/canaries';
import { sweepSuite } from './canary-sweep';

sweepSuite('canaries: every root query of every slice, swept (1/2)', PERSONAS.slice(0, 8));
