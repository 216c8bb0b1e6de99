import type { GuardianRelation } from '../generated/prisma/enums';
import { dayOf, isoDate, yearOf } from './calendar';
import type { ChildModel, DisabilityModel, GenContext, HouseholdModel, PersonModel } from './context';
import { mobilePhone } from './id-numbers';
import type { Village } from './model';
import { weighted } from './prng';
import { ASSISTANCE_ASSETS, DISABILITY_CATEGORIES, ETHNICITIES, personName, SURNAMES } from './vocabulary';

/**
 * One household (户) with its members and school-age children (plan R4.1:
 * registered-poor, 低保, 特困, orphans, left-behind, in-distress children).
 * The left-behind flag is derived from the parents it creates: a child is
 * left-behind (留守) when it has at least one living parent guardian and every
 * living parent guardian works away since the six-month cutoff or earlier.
 */

const CHILD_COUNT = weighted<number>([[1, 50], [2, 39], [3, 9.5], [4, 1.5]]);
const AGE = weighted<number>([[5, 0.05], [6, 1], [7, 1], [8, 1], [9, 1], [10, 1], [11, 1], [12, 1], [13, 1], [14, 1], [15, 1], [16, 0.05]]);
const DISABILITY = weighted(DISABILITY_CATEGORIES.map((c) => [c, c[1]] as const));
const DISABILITY_GRADE = weighted<number>([[1, 15], [2, 25], [3, 30], [4, 30]]);
const YEAR = 365.25;

/** Creates a household of at most maxChildren children; returns its model and children (not yet written). */
export function createHousehold(ctx: GenContext, village: Village, maxChildren: number): { hh: HouseholdModel; children: ChildModel[] } {
  const { rng, today } = ctx;
  const urban = village.isUrban;
  const migrant = rng.chance(urban ? ctx.rates.migrantUrban : ctx.rates.migrantRural);
  const orphan = !migrant && ctx.quotas.orphan.take();
  const origin = migrant ? rng.pick(ctx.migrantOrigins) : null;
  const prefix = origin ? origin.code : ctx.cc;

  // Children's ages and birth days (school age is measured on 31 August).
  const k = Math.max(1, Math.min(maxChildren, rng.pickWeighted(CHILD_COUNT)));
  const ages: number[] = [];
  for (let i = 0; i < k; i++) {
    let age = rng.pickWeighted(AGE);
    for (let tries = 0; tries < 4 && ages.includes(age) && !rng.chance(0.02); tries++) age = rng.pickWeighted(AGE);
    ages.push(age);
  }
  ages.sort((a, b) => b - a);
  const births = ages.map((age) => {
    const from = dayOf(yearOf(ctx.ageDay) - age - 1, 9, 1);
    return from + rng.int(0, 364);
  });
  const oldest = births[0] as number;

  // Economic status (plan R4.1): 建档立卡 since 2014–2016, most lifted out by 2020.
  const poor = !migrant && rng.chance(urban ? ctx.rates.poorUrban : ctx.rates.poorRural);
  const lowIncome = !migrant && rng.chance(poor ? 0.25 : 0.028);
  const extreme = !migrant && rng.chance(orphan ? 0.5 : 0.002);
  const inDistress = !migrant && ctx.quotas.distress.take();

  // Parents and caregivers.
  const persons: PersonModel[] = [];
  const fatherSurname = rng.pickWeighted(SURNAMES);
  const motherBirth = oldest - Math.round(YEAR * rng.range(urban ? 22 : 20, 34));
  const fatherBirth = motherBirth - Math.round(YEAR * rng.range(0, 6));
  const person = (name: string, male: boolean, birthDay: number, relation: GuardianRelation, guardian: boolean): PersonModel => {
    const [idNumber, birth] = ctx.ids.allocateNear(prefix, birthDay, male);
    const p: PersonModel = {
      id: rng.uuid(), name, male, birthDay: birth, idNumber, phone: null, worksAway: false, awaySince: null,
      deceased: false, relation, guardian,
    };
    persons.push(p);
    return p;
  };
  const father = person(personName(rng, true, 'parent', fatherSurname), true, fatherBirth, 'FATHER', true);
  const mother = person(personName(rng, false, 'parent'), false, motherBirth, 'MOTHER', true);
  const singleParent = !orphan && !migrant && rng.chance(0.08);
  if (orphan) {
    father.deceased = mother.deceased = true;
    father.guardian = mother.guardian = false;
  } else if (singleParent) {
    const gone = rng.chance(0.6) ? father : mother;
    gone.guardian = false;
    if (rng.chance(0.4)) gone.deceased = true;
    else persons.splice(persons.indexOf(gone), 1); // divorced, not registered in this household
  }
  const livingParents = persons.filter((p) => p.guardian);

  let leftBehind = false;
  let needCaregiver = orphan;
  if (!migrant && !orphan) {
    if (rng.chance(urban ? ctx.rates.leftBehindUrban : ctx.rates.leftBehindRural)) {
      // plan R4.1 / R6.1: both parents, or the only parent, away at least six months.
      leftBehind = true;
      needCaregiver = true;
      for (const p of livingParents) {
        p.worksAway = true;
        p.awaySince = ctx.leftBehindCutoff - rng.int(7, 8 * 365);
      }
    } else if (livingParents.length === 2 && rng.chance(urban ? 0.15 : 0.35)) {
      const away = rng.chance(0.8) ? father : mother;
      away.worksAway = true;
      away.awaySince = today - rng.int(30, 8 * 365);
    } else if (rng.chance(urban ? 0.005 : 0.02)) {
      // Recently gone (less than six months): not left-behind yet.
      needCaregiver = true;
      for (const p of livingParents) {
        p.worksAway = true;
        p.awaySince = rng.int(ctx.leftBehindCutoff + 7, today - 14);
      }
    }
  }
  const grandBirth = fatherBirth - Math.round(YEAR * rng.range(22, 30));
  if (needCaregiver || rng.chance(0.2)) {
    // Left-behind children and orphans live with grandparents; recently left ones sometimes with another relative.
    if (!needCaregiver || orphan || leftBehind || rng.chance(0.7)) {
      person(personName(rng, false, 'grandparent'), false, grandBirth, 'GRANDMOTHER', needCaregiver);
      if (rng.chance(0.6)) person(personName(rng, true, 'grandparent', fatherSurname), true, grandBirth - Math.round(YEAR * rng.range(0, 5)), 'GRANDFATHER', needCaregiver);
    } else {
      const male = rng.chance(0.5);
      person(personName(rng, male, 'parent', fatherSurname), male, fatherBirth + Math.round(YEAR * rng.range(-5, 5)), 'OTHER_RELATIVE', true);
    }
  }
  for (const p of persons) {
    if (p.deceased) continue;
    const grand = p.relation === 'GRANDMOTHER' || p.relation === 'GRANDFATHER';
    if (rng.chance(grand ? 0.5 : 0.95)) p.phone = mobilePhone(rng);
  }
  const atHome = persons.filter((p) => p.guardian && !p.worksAway && !p.deceased);
  const primary =
    atHome.find((p) => p.relation === 'MOTHER') ??
    atHome.find((p) => p.relation === 'FATHER') ??
    atHome.find((p) => p.relation !== 'FATHER' && p.relation !== 'MOTHER') ??
    (persons.find((p) => p.guardian) as PersonModel);

  const hhLocation = (): [number, number] => {
    const spread = urban ? 1 : village.remoteness > 9 ? 4 : 2.5;
    const km = rng.range(0, spread);
    const angle = rng.range(0, 2 * Math.PI);
    return [village.lat + (km * Math.cos(angle)) / 111.2, village.lng + (km * Math.sin(angle)) / (111.2 * Math.cos((village.lat * Math.PI) / 180))];
  };
  const [lat, lng] = hhLocation();
  const registrationNumber = origin
    ? `${origin.code}-${String(++ctx.counters.migrantHousehold).padStart(8, '0')}`
    : village.code + String(village.nextHousehold++).padStart(5, '0');
  const hh: HouseholdModel = {
    id: rng.uuid(),
    registrationNumber,
    village,
    lat,
    lng,
    migrantOrigin: origin,
    poor,
    poorSince: poor ? rng.int(2014, 2016) : null,
    poorLifted: null,
    lowIncome,
    lowIncomeSince: lowIncome ? rng.int(2015, ctx.schoolYear) : null,
    extreme,
    leftBehind,
    orphan,
    inDistress,
    ethnicity: migrant ? '汉族' : rng.pickWeighted(ETHNICITIES),
    persons,
    primary,
    distanceKm: 0,
    rollOnly: false,
  };
  if (poor && rng.chance(0.75)) hh.poorLifted = rng.int(Math.max(2017, (hh.poorSince as number) + 1), 2020);

  const surname = singleParent && !father.guardian ? (mother.name.startsWith('欧阳') ? '欧阳' : mother.name[0] as string) : fatherSurname;
  const children: ChildModel[] = births.map((birth, i) => {
    const male = rng.chance(0.52);
    const [idNumber, birthDay] = ctx.ids.allocateNear(prefix, birth, male);
    const age = ages[i] as number;
    let disability: DisabilityModel | null = null;
    if (age >= 6 && age <= 15 && !migrant && ctx.quotas.disabled.take()) {
      const [category, , categoryDigit, categoryName] = rng.pickWeighted(DISABILITY);
      const grade = category === 'MULTIPLE' ? rng.int(1, 2) : rng.pickWeighted(DISABILITY_GRADE);
      disability = { category, categoryDigit, categoryName, grade, placement: null };
    }
    return {
      id: rng.uuid(),
      index: ctx.counters.children++,
      name: personName(rng, male, 'child', surname),
      male,
      birthDay,
      age,
      idNumber,
      idCipher: ctx.sealer.seal(idNumber),
      idHash: ctx.sealer.index(idNumber),
      hh,
      disability,
      neverEnrolled: false,
      overdueYear: null,
      vocational: false,
      enrollmentId: rng.uuid(),
      status: 'NOT_ENROLLED',
      school: null,
      grade: null,
      classNo: 1,
      statusSince: ctx.today,
      entryDay: ctx.today,
      entryGrade: 0,
      attendingSince: ctx.today,
      arrivalDay: null,
      dropouts: [],
      suspension: null,
      delay: 0,
      moves: [],
      stints: [],
      learningSupport: false,
      distanceKm: 0,
    };
  });
  return { hh, children };
}

/** Writes the household, its members, its children and their guardianships. */
export function writeHousehold(ctx: GenContext, hh: HouseholdModel, children: ChildModel[]): void {
  const { rng, writer, cc, createdAt } = ctx;
  const income = hh.lowIncome ? rng.range(8_000, 25_000) : hh.poor ? rng.range(12_000, 40_000) : Math.exp(rng.normal() * 0.5) * (hh.village.isUrban ? 90_000 : 55_000);
  const assistance = hh.extreme ? rng.range(8_000, 12_000) : hh.lowIncome ? rng.int(300, 600) * 12 : hh.poor ? rng.range(1_000, 3_000) : null;
  writer.add('Household', {
    id: hh.id,
    countyCode: cc,
    registrationNumber: hh.registrationNumber,
    villageCode: hh.village.code,
    address: `${hh.village.township.name}${hh.village.name}${rng.int(1, 12)}组${rng.int(1, 80)}号`,
    registeredPoor: hh.poor,
    poorSinceYear: hh.poorSince,
    poorLiftedYear: hh.poorLifted,
    minimumLiving: hh.lowIncome,
    minimumLivingSince: hh.lowIncomeSince,
    extremePoverty: hh.extreme,
    annualIncome: income.toFixed(2),
    assets: rng.pick(ASSISTANCE_ASSETS),
    assistanceAmount: assistance === null ? null : assistance.toFixed(2),
    distanceToSchoolKm: hh.distanceKm,
    createdAt,
    updatedAt: createdAt,
  });
  for (const p of hh.persons) {
    writer.add('Person', {
      id: p.id,
      countyCode: cc,
      householdId: hh.id,
      name: p.name,
      idNumberCipher: ctx.sealer.seal(p.idNumber),
      idNumberHash: ctx.sealer.index(p.idNumber),
      gender: p.male ? 'MALE' : 'FEMALE',
      birthDate: isoDate(p.birthDay),
      phone: p.phone,
      worksAway: p.worksAway,
      awaySince: p.awaySince === null ? null : isoDate(p.awaySince),
      deceased: p.deceased,
      createdAt,
    });
  }
  for (const c of children) {
    writer.add('Child', {
      id: c.id,
      countyCode: cc,
      householdId: hh.id,
      name: c.name,
      idNumberCipher: c.idCipher,
      idNumberHash: c.idHash,
      gender: c.male ? 'MALE' : 'FEMALE',
      birthDate: isoDate(c.birthDay),
      ethnicity: hh.ethnicity,
      villageCode: hh.village.code,
      isLeftBehind: hh.leftBehind,
      isMigrant: hh.migrantOrigin !== null,
      isOrphan: hh.orphan,
      inDistress: hh.inDistress,
      hasDisability: c.disability !== null,
      createdAt,
      updatedAt: createdAt,
    });
    for (const p of hh.persons) {
      if (!p.guardian) continue;
      writer.add('Guardianship', {
        id: rng.uuid(),
        countyCode: cc,
        childId: c.id,
        personId: p.id,
        relation: p.relation,
        livesWithChild: !p.worksAway,
        isPrimary: p === hh.primary,
      });
    }
  }
}
