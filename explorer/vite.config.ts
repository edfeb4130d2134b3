import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { examplesPlugin } from './build/examplesPlugin.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/**
 * Builds the playground (/graphql), the explorer (/explore) and the ingest page (/ingest) into
 * public/explorer/, served by src/ui.ts under /ui/. Everything is bundled from
 * node_modules so the pages work without internet.
 */
export default defineConfig({
  root: here,
  base: '/ui/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [examplesPlugin(path.join(root, 'docs', 'queries.md'))],
  esbuild: { jsx: 'automatic' },
  // Monaco's language workers are ES modules.
  worker: { format: 'es' },
  build: {
    outDir: path.join(root, 'public', 'explorer'),
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Monaco alone is a few megabytes; the warning would fire on every build.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // React libraries mark modules "use client", which means nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        playground: path.join(here, 'playground', 'index.html'),
        explore: path.join(here, 'explore', 'index.html'),
        ingest: path.join(here, 'ingest', 'index.html'),
      },
    },
  },
});
