import { describe, expect, it } from 'vitest';
import { safeNextPath } from './layout';

describe('safeNextPath', () => {
  it('follows paths inside the app', () => {
    expect(safeNextPath('/organizations/42?tab=members')).toBe('/organizations/42?tab=members');
  });

  it('refuses links that would leave the site', () => {
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('//evil.example')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});
