import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ImportKind } from '../../generated/prisma/enums';
import { ImportJobType } from './imports.types';
import { importJob, importJobs } from './imports.service';

@Resolver()
export class ImportsResolver {
  @Classified('REFERENCE')
  @Query(() => ImportJobType, { nullable: true, description: 'One import job of your agency (导入批次): state, counts, refused rows.' })
  importJob(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Job id (批次编号)' }) id: string) {
    return importJob(ctx, id);
  }

  @Classified('REFERENCE')
  @Query(() => [ImportJobType], { description: 'Your agency\'s imports, newest first (本部门导入记录).' })
  importJobs(
    @Ctx() ctx: Context,
    @Arg('kind', () => ImportKind, { nullable: true, description: 'Only this kind (导入类型)' }) kind?: ImportKind | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many, 1–100 (条数)' }) first = 20,
  ) {
    return importJobs(ctx, kind ?? null, first);
  }
}
