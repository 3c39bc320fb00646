import type { CultivationProgrammeSummary } from '@seedbed/core';
import type { TFunction } from 'i18next';

/** A programme's kind as shown: the seed's names, or the site's own name for its own kind. */
export function programmeKindLabel(t: TFunction, programme: Pick<CultivationProgrammeSummary, 'kind' | 'kindName'>) {
  return programme.kind === 'other' && programme.kindName
    ? programme.kindName
    : t(`coaching.programmes.kinds.${programme.kind}`);
}
