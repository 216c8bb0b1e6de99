import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/scalars';
import { ChildType } from '../children';
import { DropoutCaseType } from '../dropout-cases';
import { LaborFindingInput, LaborFindingType, LegalActionInput, LegalActionType, SchoolAgeCheckType } from './labor-legal.types';
import { laborFindings, legalActionsOf, recordLaborFinding, recordLegalAction, schoolAgeCheck } from './labor-legal.service';

/** HR & social security's and the judiciary's records (plan R1.4, R2.6). */
@Resolver()
export class LaborLegalResolver {
  @Classified('LABOR')
  @Query(() => SchoolAgeCheckType, { description: 'Is this person of compulsory-school age, and in school? (适龄在校核查) By ID number, or name and birth date. Answers nothing else.' })
  schoolAgeCheck(
    @Ctx() ctx: Context,
    @Arg('idNumber', () => String, { nullable: true, description: 'Citizen ID number (身份证号)' }) idNumber?: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Name (姓名), with birthDate' }) name?: string | null,
    @Arg('birthDate', () => LocalDateScalar, { nullable: true, description: 'Birth date (出生日期), with name' }) birthDate?: Date | null,
  ) {
    return schoolAgeCheck(ctx, { idNumber: idNumber ?? null, name: name ?? null, birthDate: birthDate ?? null });
  }

  @Writes({ class: 'LABOR', kind: 'FINDING' }) @Classified('LABOR')
  @Mutation(() => LaborFindingType, { description: 'Record a finding of illegal employment of a minor (用工违法查处); a child out of school goes on the suspected-dropout ledger.' })
  recordLaborFinding(@Ctx() ctx: Context, @Arg('input', () => LaborFindingInput) input: LaborFindingInput) {
    return recordLaborFinding(ctx, input);
  }

  @Classified('LABOR')
  @Query(() => [LaborFindingType], { description: 'Labor findings, newest first (用工检查记录).' })
  laborFindings(@Ctx() ctx: Context, @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number) {
    return laborFindings(ctx, first);
  }

  @Writes({ class: 'LEGAL', kind: 'ACTION' }) @Classified('LEGAL')
  @Mutation(() => LegalActionType, { description: 'Record a legal action on an escalated case, or a legal-education session (依法控辍措施).' })
  recordLegalAction(@Ctx() ctx: Context, @Arg('input', () => LegalActionInput) input: LegalActionInput) {
    return recordLegalAction(ctx, input);
  }
}

@Resolver(() => DropoutCaseType)
export class CaseLegalActionsResolver {
  @Classified('LEGAL')
  @FieldResolver(() => [LegalActionType], { description: 'Legal actions on the case (依法控辍措施)' })
  legalActions(@Root() c: DropoutCaseType, @Ctx() ctx: Context) {
    return legalActionsOf(ctx, { caseId: c.id });
  }
}

@Resolver(() => ChildType)
export class ChildLegalResolver {
  @Classified('LEGAL')
  @FieldResolver(() => [LegalActionType], { description: 'Legal actions concerning the child (法律措施)' })
  @Reads('id')
  legalActions(@Root() c: ChildType, @Ctx() ctx: Context) {
    return legalActionsOf(ctx, { childId: c.id });
  }
}

@Resolver(() => LaborFindingType)
export class LaborFindingResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() f: LaborFindingType, @Ctx() ctx: Context) {
    return f.childId ? ctx.loaders.childById.load(f.childId) : null;
  }
}
