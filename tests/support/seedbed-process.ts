import { type ChildProcess, spawn } from 'node:child_process';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of a `seedbed` child: no DATABASE_URL unless given (the embedded database). */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', ...env };
  if (!env.DATABASE_URL) delete environment.DATABASE_URL;
  if (!env.SEEDBED_FAULT) delete environment.SEEDBED_FAULT;
  return environment;
}

/** A running `seedbed` child, with what it printed so far and its end. */
export interface SeedbedChild {
  child: ChildProcess;
  output(): string;
  finished: Promise<Finished>;
  /** Resolves with the first printed line matching `pattern` (rejects if the process ends first). */
  printed(pattern: RegExp): Promise<string>;
}

/**
 * Starts the real `seedbed` command: directly (`node --import tsx`), or as a newcomer and a
 * supervisor would, through `npm run seedbed -- …` (npm → tsx → node: the chain a SIGTERM from
 * `docker stop` travels).
 */
export function startSeedbed(args: string[], env: Record<string, string>, via: 'node' | 'npm' = 'node'): SeedbedChild {
  const child =
    via === 'npm'
      ? spawn('npm', ['run', '--silent', 'seedbed', '--', ...args], { env: environment(env) })
      : spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], { env: environment(env) });
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; resolve(line: string): void }[] = [];
  const look = () => {
    for (const watcher of [...watchers]) {
      const line = `${stdout}\n${stderr}`.split('\n').find((candidate) => watcher.pattern.test(candidate));
      if (line !== undefined) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(line);
      }
    }
  };
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
    look();
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
    look();
  });
  const finished = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  // 'close' waits for the output pipes, which orphans that inherited them would hold open forever:
  // a line that has not come when the process itself exits never will.
  const exited = new Promise<Finished>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    output: () => `${stdout}\n${stderr}`,
    finished,
    printed: (pattern) =>
      Promise.race([
        new Promise<string>((resolve) => {
          watchers.push({ pattern, resolve });
          look();
        }),
        exited.then((end) => {
          throw new Error(
            `seedbed ended (${end.code ?? end.signal}) before printing ${pattern}:\n${stdout}\n${stderr}`,
          );
        }),
      ]),
  };
}

/** Runs `seedbed` to its end. */
export function runSeedbed(args: string[], env: Record<string, string>): Promise<Finished> {
  return startSeedbed(args, env).finished;
}
