import { z } from 'zod';
import type { Role } from '../shared/roles';
import { idSchema } from '../shared/schemas';
import { trainingPermissions } from './permissions';

/**
 * A cohort linked to micro-grant rounds (issue 17: "graduates are marked eligible or given priority
 * in the rounds the cohort is linked to, and part of the round's money can be reserved for them").
 * The link replaces the cohort's list; each round is of the cohort's street.
 */
export const trainingCohortRoundsInputSchema = z.object({ roundIds: z.array(idSchema).max(10) });
export type TrainingCohortRoundsInput = z.infer<typeof trainingCohortRoundsInputSchema>;

export const roundGraduateSchema = z.object({
  personId: idSchema,
  /** Only for those who read applicants by name (the incubator team); null for everyone else. */
  name: z.string().nullable(),
  cohortId: idSchema,
  cohortName: z.string(),
  graduatedOn: z.string(),
});
export type RoundGraduate = z.infer<typeof roundGraduateSchema>;

/** A round's eligible graduates: person ids mark proposals whose leader or team includes one. */
export const roundGraduatesSchema = z.object({ graduates: z.array(roundGraduateSchema) });
export type RoundGraduates = z.infer<typeof roundGraduatesSchema>;

/**
 * What a role sees of a round's graduates: everyone who reads the round gets the person ids (a
 * reviewer's proposal list marks the graduates by them); names only for the incubator team, who
 * read applicants by name anyway (a funder sees the money trail, not residents' names).
 */
export function roundGraduateAsSeenBy(role: Role, graduate: RoundGraduate): RoundGraduate {
  const readsNames = (trainingPermissions['training.applications.read'] as readonly Role[]).includes(role);
  return readsNames ? graduate : { ...graduate, name: null };
}
