import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children/children.types';
import { RuleVersionInput, SubsidyRuleVersionType } from '../eligibility/eligibility.types';
import { publishRuleVersion } from '../eligibility/eligibility.service';
import { FAMILIES, type WelfareFamily } from './families';
import { GrantDecisionInput, ProposeGrantInput, StopGrantInput } from './grants.inputs';
import { approveGrant, markGrantPaid, proposeGrant, stopGrant } from './grants.service';
import { SubsidyGrantType } from './subsidies.types';

/**
 * The mutations of one family of programmes (families.ts): the same code for
 * each, named per family so each lands in its agency's slice only
 * (access-policy "Writes"): proposeEducationGrant, approveCivilAffairsGrant,
 * publishDisabilityRuleVersion, …
 */
function grantMutationsOf(f: WelfareFamily) {
  const of = `programmes of the family ${f.label}`;

  @Resolver()
  class GrantMutations {
    @Writes(f.write) @Classified('WELFARE')
    @Mutation(() => SubsidyGrantType, {
      name: `propose${f.noun}Grant`,
      description: `Propose a grant (资助申报, plan R4.2–R4.3) for ${of}: the child must be eligible for the term (else CONFLICT naming the failed conditions); one per child, programme, year and term (a duplicate gets CONFLICT); the amount comes from the programme.`,
    })
    propose(@Ctx() ctx: Context, @Arg('input', () => ProposeGrantInput) input: ProposeGrantInput) {
      return proposeGrant(ctx, f, input);
    }

    @Writes(f.write) @Classified('WELFARE')
    @Mutation(() => SubsidyGrantType, {
      name: `approve${f.noun}Grant`,
      description: `Approve a proposed grant (审批) of ${of}, if the child is still eligible; announces GRANT_APPROVED. Stale version or another state: CONFLICT.`,
    })
    approve(@Ctx() ctx: Context, @Arg('input', () => GrantDecisionInput) input: GrantDecisionInput) {
      return approveGrant(ctx, f, input);
    }

    @Writes(f.write) @Classified('WELFARE')
    @Mutation(() => SubsidyGrantType, { name: `mark${f.noun}GrantPaid`, description: `Record an approved grant of ${of} as paid (已发放). PAID is final.` })
    markPaid(@Ctx() ctx: Context, @Arg('input', () => GrantDecisionInput) input: GrantDecisionInput) {
      return markGrantPaid(ctx, f, input);
    }

    @Writes(f.write) @Classified('WELFARE')
    @Mutation(() => SubsidyGrantType, {
      name: `stop${f.noun}Grant`,
      description: `Stop a proposed or approved grant of ${of} (停发), with the reason. A paid grant cannot be stopped.`,
    })
    stop(@Ctx() ctx: Context, @Arg('input', () => StopGrantInput) input: StopGrantInput) {
      return stopGrant(ctx, f, input);
    }

    @Writes(f.write) @Classified('WELFARE')
    @Mutation(() => SubsidyRuleVersionType, {
      name: `publish${f.noun}RuleVersion`,
      description: `Publish the next eligibility rule version (发布资格规则, plan R4.3) of one of the ${of}, by its owner agency only: it takes effect on validFrom and closes the version before it the day before. Dry-run it first with eligibilityDryRun.`,
    })
    async publish(@Ctx() ctx: Context, @Arg('input', () => RuleVersionInput) input: RuleVersionInput): Promise<SubsidyRuleVersionType> {
      const row = await publishRuleVersion(ctx, f, input);
      return { ...row, rule: JSON.stringify(row.rule) };
    }
  }
  Object.defineProperty(GrantMutations, 'name', { value: `${f.noun}GrantMutations` });
  return GrantMutations;
}

/** One resolver class per family: Education (教育局), CivilAffairs (民政局), Disability (残联). */
export const GRANT_MUTATION_RESOLVERS = FAMILIES.map(grantMutationsOf);

@Resolver(() => SubsidyGrantType)
export class SubsidyGrantChildResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  @Reads('childId')
  child(@Root() g: SubsidyGrantType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(g.childId);
  }
}
