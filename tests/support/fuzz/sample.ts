import type { Random } from '@seedbed/demo';
import type { Mutant } from './requests';

/**
 * About `budget` mutants of one operation: every kind it has at least once and every query, path
 * and header parameter at least once (each on a draw), then body fields drawn at random up to the
 * budget. `budget` Infinity keeps them all.
 */
export function sampleMutants(mutants: Mutant[], budget: number, random: Random): Mutant[] {
  if (mutants.length <= budget) return mutants;
  const shuffled = random.shuffle(mutants);
  const chosen = new Set<Mutant>();
  const covered = new Set<string>();
  for (const mutant of shuffled) {
    // 'required only, query.from' and 'query.from' are the same parameter.
    const field = mutant.target.replace(/^.*, /, '');
    const parameter = field.startsWith('body') ? undefined : `parameter ${field}`;
    const isNew = !covered.has(mutant.kind) || (parameter !== undefined && !covered.has(parameter));
    if (!isNew) continue;
    chosen.add(mutant);
    covered.add(mutant.kind);
    if (parameter) covered.add(parameter);
  }
  for (const mutant of shuffled) if (chosen.size < budget) chosen.add(mutant);
  return [...chosen];
}
