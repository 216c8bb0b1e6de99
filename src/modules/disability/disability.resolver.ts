import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { SchoolType } from '../schools';
import { DisabilityRecordType, HomeTeachingVisitType, PlacementObject } from './disability.types';

@Resolver(() => DisabilityRecordType)
export class DisabilityRecordResolver {
  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'Disability-certificate number (残疾人证号)' })
  certificateNumber(@Root() d: DisabilityRecordType, @Ctx() ctx: Context) {
    return d.certificateCipher ? ctx.sealer.open(d.certificateCipher) : null;
  }
}

@Resolver(() => PlacementObject)
export class PlacementResolver {
  @Classified('PLACEMENT')
  @FieldResolver(() => SchoolType, { nullable: true, description: 'School responsible (安置学校)' })
  school(@Root() p: PlacementObject, @Ctx() ctx: Context) {
    return p.schoolId ? ctx.loaders.schoolById.load(p.schoolId) : null;
  }

  @Classified('DISABILITY_DETAIL')
  @FieldResolver(() => [HomeTeachingVisitType], { description: 'Home-teaching visits, newest first (送教上门记录)' })
  homeTeachingVisits(@Root() p: PlacementObject, @Ctx() ctx: Context) {
    return ctx.loaders.visitsByPlacement.load(p.id);
  }
}

@Resolver(() => ChildType)
export class ChildDisabilityResolver {
  @Classified('DISABILITY')
  @FieldResolver(() => DisabilityRecordType, { nullable: true, description: 'Disability record (残疾信息)' })
  @Reads('id')
  disabilityRecord(@Root() c: ChildType, @Ctx() ctx: Context) {
    const pre = prefetchedOf(c, 'disabilityRecord');
    return pre !== undefined ? pre : ctx.loaders.disabilityByChild.load(c.id);
  }

  @Classified('PLACEMENT')
  @FieldResolver(() => PlacementObject, { nullable: true, description: 'Current placement (当前安置)' })
  @Reads('id')
  placement(@Root() c: ChildType, @Ctx() ctx: Context) {
    const pre = prefetchedOf(c, 'placement');
    return pre !== undefined ? pre : ctx.loaders.placementByChild.load(c.id);
  }
}
