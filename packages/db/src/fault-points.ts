/**
 * Fault points: test-only places where a process can be made to die, or a write to fail, at a
 * known step — so the kill and full-disk tests (tests/api/durability-*.test.ts) hit the exact
 * moment they mean instead of racing a timer. Inert unless `SEEDBED_FAULT` names the point; never
 * set it outside tests.
 *
 * | SEEDBED_FAULT              | what happens there                                                      |
 * | -------------------------- | ----------------------------------------------------------------------- |
 * | backup.after-first-table   | `seedbed backup` is killed after copying the first table                |
 * | embedded.after-initdb      | the first start is killed after initdb, before the cluster is in place |
 * | demo.after-first-photo     | the demo's photo step is killed after its first photo                   |
 * | files.write-enospc         | every file write fails as on a full disk (ENOSPC)                       |
 */
export type FaultPoint =
  | 'backup.after-first-table'
  | 'embedded.after-initdb'
  | 'demo.after-first-photo'
  | 'files.write-enospc';

function isFaultSet(point: FaultPoint): boolean {
  return process.env.SEEDBED_FAULT === point;
}

/** Dies here like `kill -9` (no exit handlers, no cleanup) when `SEEDBED_FAULT` names this point. */
export function killAt(point: FaultPoint): void {
  if (isFaultSet(point)) process.kill(process.pid, 'SIGKILL');
}

/** Throws the error a full disk gives (ENOSPC) when `SEEDBED_FAULT` names this point. */
export function failWriteAt(point: FaultPoint): void {
  if (!isFaultSet(point)) return;
  throw Object.assign(new Error(`ENOSPC: no space left on device (fault point ${point})`), { code: 'ENOSPC' });
}
