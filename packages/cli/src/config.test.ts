import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('SEEDBED_TRUST_PROXY', () => {
  it('trusts no proxy unless told how many stand in front', () => {
    expect(readConfig({}).trustProxyHops).toBe(0);
    expect(readConfig({ SEEDBED_TRUST_PROXY: '1' }).trustProxyHops).toBe(1);
  });

  it('refuses what is not a count, rather than guessing', () => {
    for (const value of ['true', 'yes', '-1', '1.5', '11'])
      expect(() => readConfig({ SEEDBED_TRUST_PROXY: value }), value).toThrow(/SEEDBED_TRUST_PROXY/);
  });
});

describe('SEEDBED_DEMO', () => {
  it('loads the demo unless switched off', () => {
    expect(readConfig({}).demo).toBe(true);
    expect(readConfig({ SEEDBED_DEMO: 'off' }).demo).toBe(false);
    expect(readConfig({ SEEDBED_DEMO: 'OFF ' }).demo).toBe(false);
    expect(readConfig({ SEEDBED_DEMO: '0' }).demo).toBe(false);
  });

  it('refuses a value it does not know, rather than guessing', () => {
    expect(() => readConfig({ SEEDBED_DEMO: 'maybe' })).toThrow(/SEEDBED_DEMO/);
  });
});
