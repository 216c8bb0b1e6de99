import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { SchoolType } from '../schools';
import { BoardingAssignmentType } from './boarding.types';

@Resolver(() => BoardingAssignmentType)
export class BoardingAssignmentResolver {
  @Classified('BOARDING')
  @FieldResolver(() => SchoolType, { description: 'Boarding school (寄宿学校)' })
  school(@Root() b: BoardingAssignmentType, @Ctx() ctx: Context) {
    return ctx.loaders.schoolById.load(b.schoolId);
  }
}

@Resolver(() => ChildType)
export class ChildBoardingResolver {
  @Classified('BOARDING')
  @FieldResolver(() => BoardingAssignmentType, { nullable: true, description: 'Boarding place this term (本学期寄宿安排)' })
  @Reads('id')
  boardingAssignment(@Root() c: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.boardingByChild.load(c.id);
  }
}
