import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

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
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
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
