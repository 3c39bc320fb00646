import { fail, ok, type Result } from '../errors';
import { normaliseReadableCode, readableCodeAlphabet } from '../shared/readable-codes';
import type { ActivityInput, BeneficiaryGroup, Openness } from './schemas';
import type { SignInInput } from './sign-in-schemas';

/** An activity record that makes sense before it is stored. Pure: no clock needed. */
export function checkActivityInput(input: ActivityInput): Result<ActivityInput> {
  if (Date.parse(input.endsAt) < Date.parse(input.startsAt)) return fail('activity.end_before_start');
  const organizationIds = [...new Set(input.organizationIds)];
  if (input.runBy === 'organizations' && organizationIds.length === 0) return fail('activity.no_organizer');
  if (organizationIds.length === 0 && !input.communityId) return fail('activity.community_required');
  if (input.isPlannedInProject && !input.planItemId) return fail('activity.plan_item_required');
  return ok({
    ...input,
    organizationIds,
    coHosts: [...new Set(input.coHosts)],
    beneficiaryGroups: [...new Set(input.beneficiaryGroups)],
    planItemId: input.isPlannedInProject ? input.planItemId : undefined,
  });
}

/**
 * Self sign-in stays open until this long after the activity ends: residents sign in during the
 * activity or on the way home; a day later it would no longer be evidence of being there.
 */
export const signInClosesAfterHours = 24;

export function isSignInOpen(endsAt: Date, now: Date): boolean {
  return now.getTime() <= endsAt.getTime() + signInClosesAfterHours * 3_600_000;
}

/**
 * A planned occurrence's code (printed before the day) opens this long before the start: residents
 * come early and scan at the door, but a scan days ahead — the leader trying the printed sheet at
 * home — must not make the record and count as being there.
 */
export const plannedSignInOpensBeforeMinutes = 60;

/** Where `now` stands against a planned occurrence's sign-in window: it closes as a record's does. */
export function plannedSignInState(
  occurrence: { startsAt: Date; endsAt: Date },
  now: Date,
): 'not_open_yet' | 'open' | 'closed' {
  if (now.getTime() < plannedSignInOpensAt(occurrence.startsAt).getTime()) return 'not_open_yet';
  return isSignInOpen(occurrence.endsAt, now) ? 'open' : 'closed';
}

export function plannedSignInOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - plannedSignInOpensBeforeMinutes * 60_000);
}

/**
 * Consent first: a name (and phone) is personal information, collected only with the signer's
 * agreement to the notice (PIPL art. 13–14, 17). A child signs in with a guardian's tick and never a
 * phone (PIPL art. 31, 未成年人保护法).
 */
export function checkSignIn(input: SignInInput): Result<SignInInput> {
  if (!input.consent) return fail('activity.consent_required');
  if (input.isChild && input.phone) return fail('activity.child_phone');
  if (input.isChild && !input.guardianConsent) return fail('activity.guardian_consent_required');
  return ok(input);
}

/** Names compared as people type them: spaces (including full-width) ignored, Latin case folded. */
export function normalisePersonName(name: string): string {
  return name.replace(/[\s\u3000]/g, '').toLowerCase();
}

/**
 * Two sign-ins are the same person when they give the same phone, or, without a phone, the same
 * name. The key is stored with a unique index, so a double tap can never count twice.
 */
export function signInIdentityKey(input: { name: string; phone?: string | null }): string {
  return input.phone ? `phone:${input.phone}` : `name:${normalisePersonName(input.name)}`;
}

/**
 * Sign-in codes are typed or scanned on a cheap phone: 8 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), like invite codes — about 40 bits, enough for a public link that
 * only lets someone add their own name to one activity.
 */
export const signInCodeAlphabet = readableCodeAlphabet;
export const signInCodeLength = 8;
export const normaliseSignInCode = normaliseReadableCode;

/** Beneficiary groups beyond the team itself: serving them is public-benefit work (公益). */
const publicBeneficiaryGroups: readonly BeneficiaryGroup[] = [
  'elderly',
  'disabled',
  'families_in_difficulty',
  'children_youth',
  'all_residents',
];

/**
 * A public activity (公益活动), the stage criterion's measure: open to all residents, or by
 * invitation for people beyond the team (say, the elderly living alone in a courtyard). A
 * members-only activity is 自益 however many came (seed 002/003: openness is the evidence of the
 * move from 自益 to 公益).
 */
export function isPublicActivity(activity: { openness: Openness; beneficiaryGroups: readonly string[] }): boolean {
  if (activity.openness === 'open_to_all') return true;
  return (
    activity.openness === 'invited' &&
    activity.beneficiaryGroups.some((group) => (publicBeneficiaryGroups as readonly string[]).includes(group))
  );
}

/** The stage criterion looks back this many months from today. */
export const publicActivityLookbackMonths = 6;
