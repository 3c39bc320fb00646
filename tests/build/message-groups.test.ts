import { readFileSync } from 'node:fs';
import { errorCatalogue, permissions } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { zhBase } from '../../packages/web/src/i18n/zh-CN';
import { zhWhole } from '../../packages/web/src/i18n/zh-CN-whole';
import { chunkKeyFor, declaredPages, dist, type Manifest, readManifest, staticClosure } from '../support/web-manifest';

/**
 * Capability strings load with the pages (packages/web/src/i18n/capability-messages.ts). A page
 * that names its message groups — the phone's budget pages — must not use another group's keys,
 * and the entry (the frame around every page) none at all: a forgotten group would show a raw key.
 * This reads the built chunks each such page loads and finds the message keys in them.
 */
function flatten(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const groupKeys = flatten(Object.fromEntries(Object.entries(zhWhole).filter(([group]) => !(group in zhBase))));
const groups = [...new Set(groupKeys.map((key) => key.split('.')[0]!))];
/** Strings of the same shape that are not message keys: permission actions and error codes. */
const notMessages = new Set<string>([...Object.keys(permissions), ...Object.keys(errorCatalogue)]);

/** The capability groups whose keys appear in the files: whole keys, or a template's fixed start. */
function groupsUsed(files: readonly string[]): string[] {
  const pattern = new RegExp(`["'\`]((?:${groups.join('|')})\\.[\\w.]*)`, 'g');
  const used = new Set<string>();
  for (const file of files)
    for (const [, candidate] of readFileSync(`${dist}${file}`, 'utf8').matchAll(pattern)) {
      const key = candidate!;
      if (notMessages.has(key)) continue;
      const isKey = key.endsWith('.') ? groupKeys.some((k) => k.startsWith(key)) : groupKeys.includes(key);
      if (isKey) used.add(key.split('.')[0]!);
    }
  return [...used].sort();
}

function entryKey(manifest: Manifest): string {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  return entry;
}

describe('message groups in the built app', () => {
  it('finds the declared pages, the phone form and the login among them', () => {
    const pages = declaredPages().map((p) => p.page);
    expect(pages).toContain('src/activities/activity-form-page.tsx');
    expect(pages).toContain('src/accounts/login-page.tsx');
  });

  it('keeps capability keys out of the entry', () => {
    const manifest = readManifest();
    expect(groupsUsed(staticClosure(manifest, [entryKey(manifest)]))).toEqual([]);
  });

  it('lets a page that names its groups use only those', () => {
    const manifest = readManifest();
    for (const { page, declared } of declaredPages()) {
      const used = groupsUsed(staticClosure(manifest, [entryKey(manifest), chunkKeyFor(manifest, page)]));
      expect(
        used.filter((group) => !declared.includes(group)),
        page,
      ).toEqual([]);
    }
  });

  it('sees a key when one is there (the form uses its own group)', () => {
    const manifest = readManifest();
    expect(groupsUsed(staticClosure(manifest, ['src/activities/activity-form-page.tsx']))).toContain('activities');
  });
});
