import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { SchoolType } from '../schools';
import { MigrantEnrollmentType } from './migrants.types';

@Resolver(() => MigrantEnrollmentType)
export class MigrantEnrollmentResolver {
  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'Residence-permit number (居住证号)' })
  residencePermitNumber(@Root() m: MigrantEnrollmentType, @Ctx() ctx: Context) {
    return m.permitCipher ? ctx.sealer.open(m.permitCipher) : null;
  }

  @Classified('MIGRATION')
  @FieldResolver(() => SchoolType, { nullable: true, description: 'Assigned public school (分配学校)' })
  assignedSchool(@Root() m: MigrantEnrollmentType, @Ctx() ctx: Context) {
    return m.assignedSchoolId ? ctx.loaders.schoolById.load(m.assignedSchoolId) : null;
  }
}

@Resolver(() => ChildType)
export class ChildMigrantResolver {
  @Classified('MIGRATION')
  @FieldResolver(() => MigrantEnrollmentType, { nullable: true, description: 'Latest migrant-child enrollment (随迁子女入学)' })
  migrantEnrollment(@Root() c: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.migrantByChild.load(c.id);
  }
}
