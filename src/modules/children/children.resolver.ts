import { townshipOf } from '../../lib/division-code';
import { Reads } from '../../graphql/projection';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { TownshipType, VillageType } from '../schools';
import { ChildConnection, ChildFilter, ChildType } from './children.types';
import { childReadPlan } from './children.prefetch';
import { ageOf, childWhere, countChildren, findChild, idNumberOf, listChildren } from './children.service';

@Resolver(() => ChildType)
export class ChildResolver {
  @Classified('BASIC')
  @Query(() => ChildType, { nullable: true, description: 'One child (儿童) by hub id; NOT_FOUND when unknown or outside your scope.' })
  child(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Hub identifier of the child' }) id: string, @Info() info: GraphQLResolveInfo) {
    return findChild(ctx, id, childReadPlan(info, [], ctx.rules.readProjection));
  }

  @Classified('BASIC')
  @Query(() => ChildConnection, { description: 'Children (儿童列表), filtered, in pages of at most 100 (Relay connection).' })
  children(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'Page size, 1–100 (每页条数)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (游标)' }) after: string | null | undefined,
    @Arg('filter', () => ChildFilter, { nullable: true, description: 'Conditions (筛选条件)' }) filter: ChildFilter | null | undefined,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listChildren(ctx, childWhere(ctx, filter), first, after, childReadPlan(info, ['edges', 'node'], ctx.rules.readProjection));
  }

  @Classified('BASIC')
  @FieldResolver(() => Int, { description: 'Age on 31 August of the current school year (周岁, 学龄以8月31日计)' })
  @Reads('birthDate')
  age(@Root() child: ChildType, @Ctx() ctx: Context) {
    return ageOf(ctx, child);
  }

  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'Citizen ID number (居民身份证号), 18 characters' })
  @Reads('idNumberCipher')
  idNumber(@Root() child: ChildType, @Ctx() ctx: Context) {
    return idNumberOf(ctx, child);
  }

  @Classified('BASIC')
  @FieldResolver(() => VillageType, { description: 'Village or community of residence (居住村/社区)' })
  @Reads('villageCode')
  village(@Root() child: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.regionByCode.load(child.villageCode);
  }

  @Classified('BASIC')
  @FieldResolver(() => TownshipType, { description: 'Township of residence (居住乡镇)' })
  @Reads('villageCode')
  township(@Root() child: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.regionByCode.load(townshipOf(child.villageCode));
  }
}

@Resolver(() => ChildConnection)
export class ChildConnectionResolver {
  @Classified('AGGREGATE')
  @FieldResolver(() => Int, { nullable: true, description: 'Number of children matching the filter within your scope (总数); for partner apps null when below 5 (small counts identify children)' })
  totalCount(@Root() conn: ChildConnection, @Ctx() ctx: Context) {
    return countChildren(ctx, conn.where);
  }
}
