/** Row scopes, by canaries: every operation as the second half of the personas (see canaries.test.ts). */
import { PERSONAS } from '../support/canaries';
import { canaryEnvironment, canaryOperations } from './canary-ops';

describe('canaries: row scopes over every operation and every persona (2/2)', () => {
  const env = canaryEnvironment();
  canaryOperations(env, PERSONAS.slice(8));
});
