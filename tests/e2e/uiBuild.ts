import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { UI_DIR } from '../../src/ui.js';

const ROOT = path.resolve(UI_DIR, '..', '..');
const SOURCES = [path.join(ROOT, 'explorer'), path.join(ROOT, 'docs', 'queries.md')];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

function builtAt(): number {
  const pages = ['playground', 'explore'].map((p) => path.join(UI_DIR, p, 'index.html'));
  return pages.every(existsSync) ? Math.min(...pages.map((p) => statSync(p).mtimeMs)) : 0;
}

/**
 * Makes sure public/explorer holds a build of the current sources, building it
 * when missing or older than explorer/ or docs/queries.md. The build goes to a
 * scratch folder that replaces the old one in two renames, so a server another
 * test run is using never sees a half-written folder for long.
 */
export function ensureUiBuilt(): void {
  if (builtAt() > SOURCES.reduce((t, s) => Math.max(t, newestMtime(s)), 0)) return;
  const scratch = `${UI_DIR}.build-${process.pid}`;
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'explorer/vite.config.ts', '--outDir', scratch, '--emptyOutDir'],
    { cwd: ROOT, encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`Building the browser pages failed (npm run build:ui):\n${r.stderr}${r.stdout}`);
  }
  const old = `${UI_DIR}.old-${process.pid}`;
  if (existsSync(UI_DIR)) renameSync(UI_DIR, old);
  renameSync(scratch, UI_DIR);
  rmSync(old, { recursive: true, force: true });
}
