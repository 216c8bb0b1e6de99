import type { Hash } from 'node:crypto';
import type { EnrollmentStatus, GuardianRelation } from '../generated/prisma/enums';
import type { IdentifierSealer } from '../lib/crypto';
import type { TermDates } from './calendar';
import type { IdNumberAllocator } from './id-numbers';
import type { County, SchoolInfo, Village } from './model';
import type { Prng } from './prng';
import type { ProgrammeDefinition, RuleFacts } from './subsidy-rules';
import type { CountyWriter } from './tables';

/** Shared state of one generation run and the in-memory models of one household at a time. */

/** Planted-fact kinds (PlantedFact.kind); see generate-county.ts for each detail shape. */
export type PlantedKind =
  | 'NEVER_ENROLLED'
  | 'DISABLED_UNPLACED'
  | 'POVERTY_ROLL_ONLY'
  | 'POVERTY_HOUSEHOLD_NOT_ON_ROLL'
  | 'PLANTED_DROPOUT'
  | 'OVERDUE_SUSPENSION'
  | 'ABSENCE_STREAK'
  | 'ELIGIBLE_WITHOUT_GRANT'
  | 'CENSUS_ONLY'
  | 'DROPOUT_LEAD_UP';

/**
 * Systematic sampling with a random phase: take() is true for about `rate`
 * of the calls, evenly spread, and at least once every 1/rate calls, so
 * even a small county gets every planted kind.
 */
export class Quota {
  private acc: number;

  constructor(
    private readonly rate: number,
    rng: Prng,
  ) {
    this.acc = rng.float();
  }

  take(): boolean {
    this.acc += this.rate;
    if (this.acc >= 1) {
      this.acc -= 1;
      return true;
    }
    return false;
  }
}

export interface Programme {
  id: string;
  def: ProgrammeDefinition;
  usesBoarding: boolean;
}

/** What a subsidy decision needs to know about a child. */
export interface GrantSubject {
  id: string;
  poor: boolean;
  lowIncome: boolean;
  status: EnrollmentStatus;
  statusSince: number;
}

/** A boarding applicant, kept small: townships' and county schools' applicants wait in memory until beds are settled. */
export interface BoardingCandidate extends GrantSubject {
  index: number;
  leftBehind: boolean;
  distanceKm: number;
  school: SchoolInfo;
  facts: RuleFacts;
}

export interface GenContext {
  rng: Prng;
  county: County;
  writer: CountyWriter;
  sealer: IdentifierSealer;
  ids: IdNumberAllocator;
  cc: string;
  /** Where migrant households come from: MIGRANT_ORIGINS without the county itself. */
  migrantOrigins: ReadonlyArray<{ code: string; name: string }>;
  today: number;
  schoolYear: number;
  /** 31 August of the school year: school age (6–15) is measured on this day. */
  ageDay: number;
  term: TermDates;
  /** School days of the current term before today. */
  termDays: number[];
  /**
   * The attendance ledger the county holds (plan R2.4): the previous term and
   * the current one up to yesterday, as one list of school days.
   */
  ledger: Ledger;
  /** Six months before today: parents away since this day or earlier make a child left-behind (留守). */
  leftBehindCutoff: number;
  createdAt: string;
  programmes: Programme[];
  rollBatchId: string;
  rollHash: Hash;
  rates: {
    migrantUrban: number;
    migrantRural: number;
    leftBehindUrban: number;
    leftBehindRural: number;
    poorUrban: number;
    poorRural: number;
  };
  quotas: Record<
    'neverEnrolled' | 'disabled' | 'unplaced' | 'rollOnly' | 'notOnRoll' | 'overdue' | 'poorDropout' | 'streak' | 'withoutGrant' | 'censusOnly' | 'orphan' | 'distress',
    Quota
  >;
  counters: { evidence: number; permit: number; migrantHousehold: number; children: number };
  planted: Record<PlantedKind, number>;
  /** Boarding applicants of the township being generated, and of the county-level schools (special, vocational). */
  boardingLocal: BoardingCandidate[];
  boardingCounty: BoardingCandidate[];
}

export interface PersonModel {
  id: string;
  name: string;
  male: boolean;
  birthDay: number;
  idNumber: string;
  phone: string | null;
  worksAway: boolean;
  awaySince: number | null;
  deceased: boolean;
  relation: GuardianRelation;
  /** A guardian of the household's children (living parents, caregiving grandparents or relatives). */
  guardian: boolean;
}

export interface HouseholdModel {
  id: string;
  registrationNumber: string;
  village: Village;
  lat: number;
  lng: number;
  migrantOrigin: { code: string; name: string } | null;
  poor: boolean;
  poorSince: number | null;
  poorLifted: number | null;
  lowIncome: boolean;
  lowIncomeSince: number | null;
  extreme: boolean;
  leftBehind: boolean;
  orphan: boolean;
  inDistress: boolean;
  ethnicity: string;
  persons: PersonModel[];
  primary: PersonModel;
  distanceKm: number;
  rollOnly: boolean;
}

export interface DisabilityModel {
  category: string;
  categoryDigit: string;
  categoryName: string;
  grade: number;
  placement: 'REGULAR_CLASS' | 'SPECIAL_SCHOOL' | 'HOME_TEACHING' | 'DEFERRED' | null;
}

export interface DropoutEpisode {
  day: number;
  returnDay: number | null;
  school: SchoolInfo;
  grade: number;
  cause: string;
  /** How it came (risk-model.ts): a suspension not resumed, or a no-show after a holiday; else during a term. */
  via: 'TERM' | 'NO_SHOW' | 'SUSPENSION';
  /** For a dropout from a suspension: the suspension's due-back date. */
  dueBackOn?: number;
}

/** A stretch of days the child attended one school (from inclusive, to exclusive), and the grade on `from`. */
export interface Stint {
  from: number;
  to: number;
  school: SchoolInfo;
  grade: number;
}

export interface Ledger {
  /** School days, ascending, of the previous and the current term before today. */
  days: number[];
  /** Index in `days` of each term's first day (previous term, current term; equal when a term has no day). */
  termStarts: number[];
  terms: TermDates[];
}

export interface ChildModel {
  id: string;
  index: number;
  name: string;
  male: boolean;
  birthDay: number;
  age: number;
  idNumber: string;
  idCipher: Buffer;
  idHash: Buffer;
  hh: HouseholdModel;
  disability: DisabilityModel | null;
  neverEnrolled: boolean;
  overdueYear: number | null;
  vocational: boolean;
  enrollmentId: string;
  status: EnrollmentStatus;
  school: SchoolInfo | null;
  grade: number | null;
  classNo: number;
  statusSince: number;
  /** Day the child came to the current school (ENROL / TRANSFER_IN), and the grade then. */
  entryDay: number;
  entryGrade: number;
  /** Day since when the child attends the current school without interruption. */
  attendingSince: number;
  arrivalDay: number | null;
  dropouts: DropoutEpisode[];
  suspension: { day: number; dueBackOn: number } | null;
  /** Years the child started school late (0, 1, 2): over-age for the grade. */
  delay: number;
  /** Days of the child's changes of school within the county (family moves). */
  moves: number[];
  /** Days at school (for the attendance ledger). */
  stints: Stint[];
  learningSupport: boolean;
  distanceKm: number;
}
