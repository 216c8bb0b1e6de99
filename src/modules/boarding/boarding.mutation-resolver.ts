import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Classified, Writes, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { AllocationResultType, BoardingRequestInput, TermBedsInput, WaitingListEntryType } from './boarding.inputs';
import { BoardingAssignmentType } from './boarding.types';
import { allocateBeds, releaseBed, requestBoarding, setTermBeds, waitingList } from './boarding.service';

const BOARDING: WriteSpec[] = [{ class: 'BOARDING', kind: 'ASSIGN' }];

/** Boarding places (plan R5.2, R6.1): beds per term, waiting list by priority, capacity enforced. */
@Resolver()
export class BoardingMutationResolver {
  @Writes(...BOARDING) @Classified('BOARDING')
  @Mutation(() => Int, { description: 'Set a school\'s boarding beds for a term (设置学期床位); returns the beds.' })
  async setTermBeds(@Ctx() ctx: Context, @Arg('input', () => TermBedsInput) input: TermBedsInput) {
    return (await setTermBeds(ctx, input)).beds;
  }

  @Writes(...BOARDING) @Classified('BOARDING')
  @Mutation(() => BoardingAssignmentType, { description: 'Put a pupil on the boarding waiting list (寄宿申请).' })
  requestBoarding(@Ctx() ctx: Context, @Arg('input', () => BoardingRequestInput) input: BoardingRequestInput) {
    return requestBoarding(ctx, input, false);
  }

  @Writes(...BOARDING) @Classified('BOARDING')
  @Mutation(() => BoardingAssignmentType, { description: 'Assign a bed now (安排床位): CONFLICT when none is left or children with a higher priority are waiting.' })
  assignBed(@Ctx() ctx: Context, @Arg('input', () => BoardingRequestInput) input: BoardingRequestInput) {
    return requestBoarding(ctx, input, true);
  }

  @Writes(...BOARDING) @Classified('BOARDING')
  @Mutation(() => AllocationResultType, { description: 'Give free beds to the waiting list in priority order (按优先顺序分配床位).' })
  allocateBeds(
    @Ctx() ctx: Context,
    @Arg('schoolId', () => ID, { description: 'School (学校)' }) schoolId: string,
    @Arg('schoolYear', () => Int, { description: 'School year (学年)' }) schoolYear: number,
    @Arg('term', () => Int, { description: 'Term (学期)' }) term: number,
  ) {
    return allocateBeds(ctx, { schoolId, schoolYear, term });
  }

  @Writes(...BOARDING) @Classified('BOARDING')
  @Mutation(() => BoardingAssignmentType, { description: 'Release a bed (退宿).' })
  releaseBed(
    @Ctx() ctx: Context,
    @Arg('assignmentId', () => ID, { description: 'The assignment (寄宿安排)' }) assignmentId: string,
    @Arg('version', () => Int, { description: 'Version (版本号)' }) version: number,
  ) {
    return releaseBed(ctx, { assignmentId, version });
  }

  @Classified('BOARDING')
  @Query(() => [WaitingListEntryType], { description: 'Boarding waiting list of a school and term, in priority order (寄宿候补名单).' })
  boardingWaitingList(
    @Ctx() ctx: Context,
    @Arg('schoolId', () => ID, { description: 'School (学校)' }) schoolId: string,
    @Arg('schoolYear', () => Int, { description: 'School year (学年)' }) schoolYear: number,
    @Arg('term', () => Int, { description: 'Term (学期)' }) term: number,
  ) {
    return waitingList(ctx, { schoolId, schoolYear, term });
  }
}

@Resolver(() => WaitingListEntryType)
export class WaitingListEntryResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() e: WaitingListEntryType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(e.childId);
  }
}
