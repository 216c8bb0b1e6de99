/** Each agency's slice, generated from the policy table (second half of the agencies: see slices.test.ts). */
import { AGENCIES } from '../../src/access/policy';
import { sliceEnvironment, sliceMatrix } from './slice-env';

describe('slices: generated from the policy table (2/2)', () => {
  const env = sliceEnvironment();
  sliceMatrix(env, AGENCIES.slice(5));
});
