import { z } from 'zod';
import type { DomainError } from '../errors';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';
import type { EligibilityVerdict } from './round-rules';
import { type EligibilityRule, roundItemKeySchema } from './round-schemas';

/**
 * Eligibility at 立案评审 (filing review): the round's `checked` rules are computed from the
 * proposal each time it is read; its `confirmed` rules (seed 000 青朴: a public issue, a team
 * formed around it, filed with the residents' committee) are the ones staff tick.
 */
export const eligibilityConfirmationInputSchema = z.object({
  confirmedKeys: z.array(roundItemKeySchema).max(20),
});
export type EligibilityConfirmationInput = z.infer<typeof eligibilityConfirmationInputSchema>;

export const proposalEligibilitySchema = z.object({
  proposalId: idSchema,
  rules: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      mode: z.enum(['checked', 'confirmed']),
      verdict: z.enum(['met', 'not_met', 'undecided']),
    }),
  ),
  isEligible: z.boolean(),
  confirmedAt: isoDateTimeSchema.nullable(),
});
export type ProposalEligibility = z.infer<typeof proposalEligibilitySchema>;

/** Only the round's `confirmed` rules can be ticked, each once. */
export function confirmationProblems(rules: readonly EligibilityRule[], keys: readonly string[]): DomainError | null {
  const confirmable = new Set(rules.filter((rule) => rule.mode === 'confirmed').map((rule) => rule.key));
  const index = keys.findIndex((key, at) => !confirmable.has(key) || keys.indexOf(key) !== at);
  if (index >= 0)
    return {
      code: 'grants.eligibility_rule_unknown',
      fields: [{ path: `confirmedKeys.${index}`, message: 'unknown' }],
    };
  return null;
}

/** The rules with their verdicts, in the round's order, for the page. */
export function eligibilityRows(
  rules: readonly EligibilityRule[],
  verdicts: readonly { key: string; verdict: EligibilityVerdict }[],
): ProposalEligibility['rules'] {
  return rules.map((rule, index) => ({
    key: rule.key,
    text: rule.text,
    mode: rule.mode,
    verdict: verdicts[index]?.verdict ?? 'undecided',
  }));
}
