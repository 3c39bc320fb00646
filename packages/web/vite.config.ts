import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
// With `.js`: Vite's config loader asks local imports for an extension.
import { offlinePrecache } from './build/offline-precache.js';
import { routePreloadsFile } from './build/route-preloads.js';
import { readManifest } from './build/vite-manifest.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * The web app. `npm run build:web` writes packages/web/dist, which the server serves with an SPA
 * fallback to index.html; in development `npm run dev:web` proxies /api to the server on :3000.
 */
export default defineConfig({
  root,
  plugins: [
    react(),
    // Every text asset also as .br and .gz beside it, made once at build time: the server sends the
    // one the phone accepts (WeChat's browser: gzip; newer ones: br) instead of compressing per
    // request. The bundle test measures what goes over the wire.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|css|html|svg|json|webmanifest)$/,
      threshold: 1024,
    }),
    // The service worker (Workbox, written as dist/sw.js after the bundle): the app shell and the
    // leader's pages are kept on the phone (build/offline-precache.ts), and a page opened with no
    // signal gets the kept shell. It keeps no API answer: members' names and phones stay off the
    // disk; what a leader records offline waits in the outbox (activities/outbox.ts).
    VitePWA({
      filename: 'sw.js',
      // Registered by the app itself after the first screen (shared/service-worker.ts), and no web
      // app manifest: WeChat's browser does not install apps.
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['index.html', 'assets/*.{js,css}'],
        // Vite's manifest is on disk by now (the service worker is written when the bundle closes).
        manifestTransforms: [
          (entries) => {
            const kept = new Set(offlinePrecache(readManifest(outDir)));
            return { manifest: entries.filter((entry) => kept.has(entry.url)), warnings: [] };
          },
        ],
        navigateFallback: 'index.html',
        // The API, and the public sign-in and volunteer pages the server renders itself.
        navigateFallbackDenylist: [/^\/api\//, /^\/s\//, /^\/v\//, /^\/r\//, /^\/h\//, /^\/b\//, /^\/m\//],
        // A new build takes over at once, without a prompt: leaders never press "update". A tab
        // still running the old build reloads onto the new one when it misses an old chunk
        // (shared/page-load-boundary.tsx); drafts live in the phone's storage, not in the tab.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // One file to serve with its own cache header (server/src/web-app.ts).
        inlineWorkboxRuntime: true,
      },
    }),
    // dist/route-preloads.json: the chunks the server names in index.html for the leader's form
    // opened cold from a link, so they travel beside the entry (build/route-preloads.ts).
    routePreloadsFile(outDir),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, read by the bundle-budget test.
    manifest: true,
    // Leaders use cheap Android phones inside WeChat's browser, whose engine is about Chrome 86.
    target: ['es2020', 'chrome86', 'safari14'],
    rolldownOptions: {
      treeshake: {
        // core is pure (no I/O, no globals touched at import): a module of it whose exports a chunk
        // does not use is left out, so a page importing `can` does not drag every zod schema along.
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
