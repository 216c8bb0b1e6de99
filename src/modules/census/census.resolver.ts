import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Classified, Writes, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { EnrollmentStatus } from '../../generated/prisma/enums';
import { ageOn31Aug } from '../../lib/school-year';
import { ChildType } from '../children';
import { TownshipType, VillageType } from '../schools';
import { CensusEntryInput } from './census.inputs';
import {
  addCensusEntries,
  listEntries,
  listRounds,
  openCensusRound,
  reviewCensusMatch,
  roundOf,
  submitCensusRound,
  summaryOf,
} from './census.service';
import { AddCensusEntriesPayload, CensusEntryType, CensusRoundSummaryType, CensusRoundType } from './census.types';
import { IN_SCHOOL } from './register-status';

/**
 * Census writes are EDUCATION of kind CENSUS: the policy lets a TOWNSHIP
 * write EDUCATION only for the census and persuasion (access-policy.md
 * "R, W census & persuasion"), the education bureau and schools all of
 * EDUCATION. Who may act on which township is checked in the service: the
 * township itself or the education bureau (a school is refused FORBIDDEN).
 * A child the census finds and the hub does not know is registered as part
 * of the census record itself (name, birth date, village as the census
 * wrote them, plan R2.2 登记造册); no BASIC data of a known child is changed.
 */
const CENSUS: WriteSpec[] = [{ class: 'EDUCATION', kind: 'CENSUS' }];

@Resolver(() => CensusRoundType)
export class CensusResolver {
  @Classified('EDUCATION')
  @Query(() => [CensusRoundType], { description: 'Census rounds of the county (摸底轮次, plan R2.2), newest year first; optionally of one year or township.' })
  censusRounds(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true, description: 'Census year (摸底年度)' }) year?: number | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township division code (乡镇代码)' }) townshipCode?: string | null,
  ) {
    return listRounds(ctx, { year: year ?? null, townshipCode: townshipCode ?? null });
  }

  @Classified('EDUCATION')
  @Query(() => [CensusEntryType], {
    description:
      'The school-age ledger of a year\'s census (摸底台账, plan R2.2): each child found, its match to the school register and whether it is on a school roll. Default: the current school year and, for a township, its own township. Pages in id order: pass the last id as `after`.',
  })
  censusLedger(
    @Ctx() ctx: Context,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township division code (乡镇代码)' }) townshipCode?: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Census year (摸底年度); default the current school year' }) year?: number | null,
    @Arg('onlyOffRoll', () => Boolean, { defaultValue: false, description: 'Only children on no school roll (只看未在校)' }) onlyOffRoll?: boolean,
    @Arg('first', () => Int, { defaultValue: 200, description: 'Page size, 1–1000 (每页条数)' }) first?: number,
    @Arg('after', () => ID, { nullable: true, description: 'Id of the last entry of the previous page (游标)' }) after?: string | null,
  ) {
    return listEntries(ctx, { townshipCode: townshipCode ?? null, year: year ?? null, onlyOffRoll: onlyOffRoll ?? false, reviewQueue: false, first: first ?? 200, after: after ?? null });
  }

  @Classified('EDUCATION')
  @Query(() => [CensusEntryType], { description: 'Probable matches waiting for review (待审核疑似匹配, plan R2.2): confirm or reject each with reviewCensusMatch before the round can be submitted.' })
  censusReviewQueue(
    @Ctx() ctx: Context,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township division code (乡镇代码)' }) townshipCode?: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Census year (摸底年度); default the current school year' }) year?: number | null,
    @Arg('first', () => Int, { defaultValue: 200, description: 'Page size, 1–1000 (每页条数)' }) first?: number,
    @Arg('after', () => ID, { nullable: true, description: 'Id of the last entry of the previous page (游标)' }) after?: string | null,
  ) {
    return listEntries(ctx, { townshipCode: townshipCode ?? null, year: year ?? null, onlyOffRoll: false, reviewQueue: true, first: first ?? 200, after: after ?? null });
  }

  @Writes(...CENSUS) @Classified('EDUCATION')
  @Mutation(() => CensusRoundType, { description: 'Open a township\'s annual census round (开展摸底, plan R2.2); while open, opening it again returns it.' })
  openCensusRound(
    @Ctx() ctx: Context,
    @Arg('townshipCode', () => String, { description: 'Township division code (乡镇代码)' }) townshipCode: string,
    @Arg('year', () => Int, { description: 'Census year (摸底年度): school age is 6–15 on 31 August of it' }) year: number,
  ) {
    return openCensusRound(ctx, townshipCode, year);
  }

  @Writes(...CENSUS) @Classified('EDUCATION')
  @Mutation(() => AddCensusEntriesPayload, {
    description:
      'Add census entries in bulk (摸底登记, plan R2.2), at most 500 per call, all or nothing: a bad row is refused with its index (entries[3].idNumber). Each entry is matched to the school register; a child on no school roll goes on the suspected-dropout ledger (疑似辍学台账).',
  })
  addCensusEntries(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID, { description: 'The census round (摸底轮次)' }) roundId: string,
    @Arg('entries', () => [CensusEntryInput], { description: 'The children found (摸底名单)' }) entries: CensusEntryInput[],
  ) {
    return addCensusEntries(ctx, roundId, entries);
  }

  @Writes(...CENSUS) @Classified('EDUCATION')
  @Mutation(() => CensusEntryType, { description: 'Confirm or reject a probable match (审核疑似匹配, plan R2.2); a rejected entry registers the child from the census.' })
  reviewCensusMatch(
    @Ctx() ctx: Context,
    @Arg('entryId', () => ID, { description: 'The census entry (摸底记录)' }) entryId: string,
    @Arg('confirm', () => Boolean, { description: 'true: the same child (确认); false: another child (否决)' }) confirm: boolean,
    @Arg('childId', () => ID, { nullable: true, description: 'When confirming: the child it is, if not the proposed one (指定儿童)' }) childId?: string | null,
  ) {
    return reviewCensusMatch(ctx, entryId, confirm, childId ?? null);
  }

  @Writes(...CENSUS) @Classified('EDUCATION')
  @Mutation(() => CensusRoundType, { description: 'Submit the round (摸底上报, plan R2.2): it is frozen from then on (plan S2). Every probable match must be reviewed first.' })
  submitCensusRound(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The census round (摸底轮次)' }) roundId: string) {
    return submitCensusRound(ctx, roundId);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => TownshipType, { nullable: true, description: 'Township surveyed (乡镇)' })
  township(@Root() r: CensusRoundType, @Ctx() ctx: Context) {
    return ctx.loaders.regionByCode.load(r.townshipCode);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => CensusRoundSummaryType, { description: 'Counts over the entries you may see (摸底汇总)' })
  summary(@Root() r: CensusRoundType, @Ctx() ctx: Context) {
    return summaryOf(ctx, r.id);
  }
}

@Resolver(() => CensusEntryType)
export class CensusEntryResolver {
  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'Citizen ID number as recorded by the census (居民身份证号)' })
  idNumber(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    return e.idNumberCipher ? ctx.sealer.open(e.idNumberCipher) : null;
  }

  @Classified('EDUCATION')
  @FieldResolver(() => Int, { nullable: true, description: 'Age on 31 August of the census year (周岁)' })
  async age(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    const round = await roundOf(ctx, e.roundId);
    return round ? ageOn31Aug(e.birthDate, round.year) : null;
  }

  @Classified('EDUCATION')
  @FieldResolver(() => VillageType, { nullable: true, description: 'Village or community where the child lives (居住村/社区)' })
  village(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    return ctx.loaders.regionByCode.load(e.villageCode);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => CensusRoundType, { nullable: true, description: 'The census round (摸底轮次)' })
  round(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    return roundOf(ctx, e.roundId);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child of the hub the entry is matched to (匹配儿童), or for a probable match the proposed one; null outside your row scope' })
  child(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    return e.childId ? ctx.loaders.childById.load(e.childId) : null;
  }

  @Classified('BASIC')
  @FieldResolver(() => EnrollmentStatus, { nullable: true, description: 'Current enrollment status of the matched child per the school register (学籍状态); null when unmatched, probable or outside your row scope' })
  async enrollmentStatus(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    if (!e.childId || e.match === 'PROBABLE') return null;
    const en = await ctx.loaders.enrollmentByChild.load(e.childId);
    return en?.status ?? null;
  }

  @Classified('BASIC')
  @FieldResolver(() => Boolean, { nullable: true, description: 'On a school roll per the register (是否在校: enrolled or suspended); false for a child unknown to the hub; null when probable or outside your row scope' })
  async onSchoolRoll(@Root() e: CensusEntryType, @Ctx() ctx: Context) {
    if (e.match === 'PROBABLE') return null;
    if (!e.childId) return false; // unknown to the hub: on no school roll of the county
    const [child, en] = await Promise.all([ctx.loaders.childById.load(e.childId), ctx.loaders.enrollmentByChild.load(e.childId)]);
    if (!child) return null;
    return en !== null && IN_SCHOOL.includes(en.status);
  }
}
