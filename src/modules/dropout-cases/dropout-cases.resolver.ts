import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { DropoutCaseType, PersuasionVisitType, ResponsibleHeadsType } from './dropout-cases.types';

@Resolver(() => DropoutCaseType)
export class DropoutCaseResolver {
  @Classified('EDUCATION')
  @FieldResolver(() => ResponsibleHeadsType, { description: 'The seven accountable heads (七长, plan R1.2)' })
  responsibleHeads(@Root() c: DropoutCaseType): ResponsibleHeadsType {
    return {
      countyHead: c.countyHeadName,
      bureauHead: c.bureauHeadName,
      townshipHead: c.townshipHeadName,
      villageHead: c.villageHeadName,
      principal: c.principalName,
      teacher: c.teacherName,
      parent: c.parentName,
    };
  }

  @Classified('EDUCATION')
  @FieldResolver(() => [PersuasionVisitType], { description: 'Persuasion visits, oldest first (劝返记录)' })
  visits(@Root() c: DropoutCaseType, @Ctx() ctx: Context) {
    return ctx.loaders.visitsByCase.load(c.id);
  }
}

@Resolver(() => ChildType)
export class ChildDropoutCaseResolver {
  @Classified('EDUCATION')
  @FieldResolver(() => [DropoutCaseType], { description: 'Dropout cases, newest first (控辍个案)' })
  @Reads('id')
  dropoutCases(@Root() c: ChildType, @Ctx() ctx: Context) {
    return prefetchedOf(c, 'dropoutCases') ?? ctx.loaders.casesByChild.load(c.id);
  }
}
