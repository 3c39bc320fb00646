import { z } from 'zod';
import type { Scope } from '../shared/roles';
import { isoDateSchema, shortTextSchema } from '../shared/schemas';

/**
 * 备案 with the residents' committee (seed 000: "完成社区居委会层面的备案"; an organization is backed
 * by "街道办事处和社区居委会的双重认可"). Staff record a filing in the organization's history; the
 * committee confirms it (who, when), or records it itself — then it is confirmed at once.
 */
export const filingInputSchema = z.object({
  changedOn: isoDateSchema,
  /** The certificate's number or where the paper is kept; the scan itself is uploaded afterwards. */
  documentRef: shortTextSchema.optional(),
});
export type FilingInput = z.infer<typeof filingInputSchema>;

/**
 * Whether a caller of this scope may file or confirm for an organization at home in
 * `homeCommunityId`: a residents' committee only for its own community's organizations (one that
 * merely serves its community files with its home committee); other scopes as their scope allows.
 */
export function mayFileFor(scope: Scope, homeCommunityId: string): boolean {
  return scope.kind !== 'community' || scope.communityId === homeCommunityId;
}
