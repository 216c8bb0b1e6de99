import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { SchoolKind } from '../../generated/prisma/enums';
import { SchoolType, TownshipType, VillageType } from './schools.types';
import { findSchool, listSchools, listTownships, listVillages } from './schools.service';

@Resolver(() => SchoolType)
export class SchoolResolver {
  @Classified('REFERENCE')
  @Query(() => [SchoolType], { description: 'Schools of the county (学校列表), optionally of one township or kind.' })
  schools(
    @Ctx() ctx: Context,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township division code (乡镇代码)' }) townshipCode?: string | null,
    @Arg('kind', () => SchoolKind, { nullable: true, description: 'Kind of school (学校类型)' }) kind?: SchoolKind | null,
  ) {
    return listSchools(ctx, { townshipCode: townshipCode ?? null, kind: kind ?? null });
  }

  @Classified('REFERENCE')
  @Query(() => SchoolType, { nullable: true, description: 'One school (学校) by hub id.' })
  school(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findSchool(ctx, id);
  }

  @Classified('REFERENCE')
  @FieldResolver(() => TownshipType, { description: 'Township the school is in (所属乡镇)' })
  township(@Root() school: SchoolType, @Ctx() ctx: Context) {
    return ctx.loaders.regionByCode.load(school.townshipCode);
  }
}

@Resolver(() => TownshipType)
export class TownshipResolver {
  @Classified('REFERENCE')
  @Query(() => [TownshipType], { description: 'Townships of the county (乡镇列表).' })
  townships(@Ctx() ctx: Context) {
    return listTownships(ctx);
  }

  @Classified('REFERENCE')
  @FieldResolver(() => [VillageType], { description: 'Villages and communities of the township (村/社区)' })
  villages(@Root() t: TownshipType, @Ctx() ctx: Context) {
    return listVillages(ctx, t.code);
  }

  @Classified('REFERENCE')
  @FieldResolver(() => [SchoolType], { description: 'Schools in the township (乡镇内学校)' })
  schools(@Root() t: TownshipType, @Ctx() ctx: Context) {
    return listSchools(ctx, { townshipCode: t.code, kind: null });
  }
}

@Resolver(() => VillageType)
export class VillageResolver {
  @Classified('REFERENCE')
  @FieldResolver(() => TownshipType, { nullable: true, description: 'Township of the village (所属乡镇)' })
  township(@Root() v: VillageType, @Ctx() ctx: Context) {
    return v.parentCode ? ctx.loaders.regionByCode.load(v.parentCode) : null;
  }
}
