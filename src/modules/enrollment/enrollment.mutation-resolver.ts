import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Classified, Writes, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { CorrectionInput, EnrolInput, StatusChangeInput, StatusChangePayload, TransferDecisionInput, TransferRequestInput } from './enrollment.inputs';
import {
  acceptTransfer,
  correctStatusEvent,
  enrolChild,
  graduateChild,
  recordDropout,
  recordReturn,
  rejectTransfer,
  requestTransfer,
  resumeChild,
  suspendChild,
} from './enrollment.mutations';

const STATUS: WriteSpec[] = [{ class: 'EDUCATION', kind: 'STATUS' }, { class: 'BASIC', kind: 'STATUS' }];

/** Changes of school registration (学籍异动, plan R2.1): schools for their pupils, the education bureau county-wide. */
@Resolver()
export class EnrollmentMutationResolver {
  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Enrol a child (入学), e.g. one found out of school by the census.' })
  enrolChild(@Ctx() ctx: Context, @Arg('input', () => EnrolInput) input: EnrolInput) {
    return enrolChild(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Suspension (休学) with cause, papers and due-back date; past that date the pupil becomes a suspected dropout.' })
  suspendChild(@Ctx() ctx: Context, @Arg('input', () => StatusChangeInput) input: StatusChangeInput) {
    return suspendChild(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Resumption after suspension (复学); only a suspended pupil can resume.' })
  resumeChild(@Ctx() ctx: Context, @Arg('input', () => StatusChangeInput) input: StatusChangeInput) {
    return resumeChild(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Dropout (辍学): opens the case with its 七长 and reports it at once to the township and the education bureau (plan R2.4). Refused while a transfer is pending.' })
  recordDropout(@Ctx() ctx: Context, @Arg('input', () => StatusChangeInput) input: StatusChangeInput) {
    return recordDropout(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Return to school after dropout (劝返复学); the case becomes RETURNED.' })
  recordReturn(@Ctx() ctx: Context, @Arg('input', () => StatusChangeInput) input: StatusChangeInput) {
    return recordReturn(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Graduation (毕业).' })
  graduateChild(@Ctx() ctx: Context, @Arg('input', () => StatusChangeInput) input: StatusChangeInput) {
    return graduateChild(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Transfer request (转学申请) by the sending school; the pupil stays enrolled until the receiving school accepts.' })
  requestTransfer(@Ctx() ctx: Context, @Arg('input', () => TransferRequestInput) input: TransferRequestInput) {
    return requestTransfer(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'The receiving school accepts a transfer (转入): 转出 and 转入 are recorded together.' })
  acceptTransfer(@Ctx() ctx: Context, @Arg('input', () => TransferDecisionInput) input: TransferDecisionInput) {
    return acceptTransfer(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'The receiving school rejects a transfer, with its reason.' })
  rejectTransfer(@Ctx() ctx: Context, @Arg('input', () => TransferDecisionInput) input: TransferDecisionInput) {
    return rejectTransfer(ctx, input);
  }

  @Writes(...STATUS) @Classified('EDUCATION')
  @Mutation(() => StatusChangePayload, { description: 'Correct a wrong status event by a compensating record (更正, plan S2); history is never rewritten.' })
  correctStatusEvent(@Ctx() ctx: Context, @Arg('input', () => CorrectionInput) input: CorrectionInput) {
    return correctStatusEvent(ctx, input);
  }
}
