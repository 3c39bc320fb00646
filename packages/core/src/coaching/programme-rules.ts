import type { ErrorCode } from '../errors';
import type { ProgrammeKind } from './programme-schemas';

/** A programme as it would be saved: its period runs forward, and a site's own kind carries its name. */
export function checkProgramme(programme: {
  kind: ProgrammeKind;
  kindName: string | null;
  startsOn: string;
  endsOn: string | null;
}): ErrorCode | null {
  if (programme.endsOn !== null && programme.endsOn < programme.startsOn) return 'coaching.programme_period_reversed';
  if (programme.kind === 'other' && !programme.kindName) return 'coaching.programme_kind_name_required';
  return null;
}
