import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { VillageType } from '../schools';
import { GuardianType, HouseholdType, PersonType } from './households.types';
import { findHousehold, idNumberOfPerson } from './households.service';

@Resolver(() => HouseholdType)
export class HouseholdResolver {
  @Classified('BASIC')
  @Query(() => HouseholdType, { nullable: true, description: 'One household (户) by hub id; NOT_FOUND when unknown or outside your scope.' })
  household(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Hub identifier of the household' }) id: string) {
    return findHousehold(ctx, id);
  }

  @Classified('BASIC')
  @FieldResolver(() => VillageType, { description: 'Village or community (所在村/社区)' })
  @Reads('villageCode')
  village(@Root() h: HouseholdType, @Ctx() ctx: Context) {
    return ctx.loaders.regionByCode.load(h.villageCode);
  }

  @Classified('CONTACT')
  @FieldResolver(() => [PersonType], { description: 'Adult members: guardians and others (家庭成员)' })
  @Reads('id')
  members(@Root() h: HouseholdType, @Ctx() ctx: Context) {
    return ctx.loaders.membersByHousehold.load(h.id);
  }

  @Classified('BASIC')
  @FieldResolver(() => [ChildType], { description: 'School-age children of the household within your scope (适龄子女)' })
  @Reads('id')
  children(@Root() h: HouseholdType, @Ctx() ctx: Context) {
    return ctx.loaders.childrenByHousehold.load(h.id);
  }
}

@Resolver(() => PersonType)
export class PersonResolver {
  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'Citizen ID number (居民身份证号)' })
  idNumber(@Root() p: PersonType, @Ctx() ctx: Context) {
    return idNumberOfPerson(ctx, p);
  }
}

@Resolver(() => ChildType)
export class ChildHouseholdResolver {
  @Classified('BASIC')
  @FieldResolver(() => HouseholdType, { nullable: true, description: 'Household (所在户)' })
  @Reads('householdId')
  household(@Root() c: ChildType, @Ctx() ctx: Context) {
    const pre = prefetchedOf<HouseholdType | null>(c, 'household');
    if (pre !== undefined) return pre;
    return c.householdId ? ctx.loaders.householdById.load(c.householdId) : null;
  }

  @Classified('CONTACT')
  @FieldResolver(() => [GuardianType], { description: 'Guardians (监护人), primary first' })
  @Reads('id')
  guardians(@Root() c: ChildType, @Ctx() ctx: Context) {
    return prefetchedOf(c, 'guardians') ?? ctx.loaders.guardiansByChild.load(c.id);
  }
}
