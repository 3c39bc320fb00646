import type { Mutant } from './requests';

/** mulberry32: a small seeded PRNG, so the sample is the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `budget` mutants of one operation: every kind it has at least once and every query, path
 * and header parameter at least once (each on a draw), then body fields drawn at random up to the
 * budget. `budget` Infinity keeps them all.
 */
export function sampleMutants(mutants: Mutant[], budget: number, random: () => number): Mutant[] {
  if (mutants.length <= budget) return mutants;
  const shuffled = [...mutants];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const chosen = new Set<Mutant>();
  const covered = new Set<string>();
  for (const mutant of shuffled) {
    const parameter = mutant.target.startsWith('body') ? undefined : `parameter ${mutant.target}`;
    const isNew = !covered.has(mutant.kind) || (parameter !== undefined && !covered.has(parameter));
    if (!isNew) continue;
    chosen.add(mutant);
    covered.add(mutant.kind);
    if (parameter) covered.add(parameter);
  }
  for (const mutant of shuffled) if (chosen.size < budget) chosen.add(mutant);
  return [...chosen];
}
