import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedbedNodeFlags } from './bench-chat-import';

describe('the chat-import benchmark', () => {
  it("runs the command with the node flags of package.json's seedbed script", () => {
    const scripts = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).scripts;
    expect(scripts.seedbed).toBe(`exec tsx ${seedbedNodeFlags.join(' ')} packages/cli/src/main.ts`);
  });
});
