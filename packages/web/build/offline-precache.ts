import { chunkKeyFor, entryKey, type Manifest, staticClosure } from './vite-manifest.js';

/**
 * What the service worker keeps on the phone (issue 16, offline-proof): the app shell (index.html,
 * the entry and its CSS), the pages a team leader works in — her team's page, the activity form,
 * an activity's page — with everything they import statically, and every message catalogue
 * (i18n/capability-messages.ts, and English), since those pages name no groups or a leader may have
 * chosen English. A leader who opened Seedbed once can then record an activity with no signal.
 * Staff pages and the charts stay out: a leader's data plan and 2G line need not carry them.
 */
export const leaderPages = [
  'src/organizations/organization-page.tsx',
  'src/activities/activity-form-page.tsx',
  'src/activities/activity-page.tsx',
  // The proposal form (issue 17): a draft begun once can be opened again and typed on with no signal.
  'src/grants/proposal-form-page.tsx',
];
/** Fetched by the shell after its first screen (main.tsx): kept too, so an offline start is quiet. */
const shellAfterFirstScreen = ['src/shared/service-worker.ts', 'src/grants/proposal-outbox-runner.ts'];

/** A message catalogue's chunk: a capability's `…messages.ts` or the English catalogue. */
function isMessageCatalogue(key: string): boolean {
  return /^src\/.+messages\.ts$/.test(key) || key === 'src/i18n/en.ts';
}

/** The files to precache, relative to dist (as the service worker's manifest names them). */
export function offlinePrecache(manifest: Manifest): string[] {
  const keys = [
    entryKey(manifest),
    ...[...leaderPages, ...shellAfterFirstScreen].map((page) => chunkKeyFor(manifest, page)),
    ...Object.keys(manifest).filter(isMessageCatalogue),
  ];
  return ['index.html', ...staticClosure(manifest, keys, true)];
}
