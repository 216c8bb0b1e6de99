import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { SubsidyGrantType, SubsidyProgrammeType } from './subsidies.types';

@Resolver(() => SubsidyGrantType)
export class SubsidyGrantResolver {
  @Classified('WELFARE')
  @FieldResolver(() => SubsidyProgrammeType, { description: 'Programme (资助项目)' })
  @Reads('programmeId')
  programme(@Root() g: SubsidyGrantType, @Ctx() ctx: Context) {
    return ctx.loaders.programmeById.load(g.programmeId);
  }
}

@Resolver(() => ChildType)
export class ChildSubsidyResolver {
  @Classified('WELFARE')
  @FieldResolver(() => [SubsidyGrantType], { description: 'Subsidy grants, newest term first (资助记录)' })
  @Reads('id')
  subsidyGrants(@Root() c: ChildType, @Ctx() ctx: Context) {
    return prefetchedOf(c, 'subsidyGrants') ?? ctx.loaders.grantsByChild.load(c.id);
  }
}
