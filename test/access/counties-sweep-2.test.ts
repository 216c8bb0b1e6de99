/**
 * Issue 11 item 1 (many counties in one database), second half of the
 * personas (the first in counties-sweep.test.ts): the canaries planted in
 * two counties of one database, every persona swept as an agency of each
 * county over every root query of its slice with the ids, ID numbers,
 * schools and townships of both counties: a county's agencies never see the
 * other county; the city and the province see no child at all.
 */
import { PERSONAS } from '../support/canaries';
import { sweepSuite } from './canary-sweep';

sweepSuite('issue 11: two counties in one database, every root query swept (2/2)', PERSONAS.slice(9), { counties: ['431124', '431125'] });
