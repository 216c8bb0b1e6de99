import { Ctx, Query, Resolver } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ViewerType } from './viewer.types';
import { viewerCapabilities } from './viewer.service';

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Classified('REFERENCE')
  @Query(() => ViewerType, {
    description:
      'Who you are and what you may read (当前用户与权限, issue 12): your agency, township or school, row scope, the field classes of your slice and the purposes you may state. From the policy table; describes no person.',
  })
  viewer(@Ctx() ctx: Context) {
    return viewerCapabilities(ctx);
  }
}
