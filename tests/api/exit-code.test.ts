import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * A process that loads the database package must still end with the exit code it set: the
 * embedded PostgreSQL package registers an exit hook that would force 0 (a red test run or a
 * failed CLI command reported as success). See db/src/embedded.ts.
 */
describe('exit codes', () => {
  it('survive loading the embedded PostgreSQL package', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "await import('@seedbed/db'); process.exitCode = 3;"],
      { cwd: process.cwd(), encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
