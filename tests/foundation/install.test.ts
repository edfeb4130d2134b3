import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

describe('npm install', () => {
  it('resolves a tree whose every package supports this Node (no EBADENGINE)', async () => {
    // A dry run in a copy: it reads the lock, touches no node_modules and runs nothing.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-install-'));
    try {
      copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
      copyFileSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
      const { stdout, stderr } = await promisify(execFile)(
        'npm',
        ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'],
        { cwd: dir, timeout: 90_000 },
      );
      expect(stdout).toMatch(/added \d+ packages/);
      expect(stderr).not.toContain('EBADENGINE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('has a decision in allowScripts for every dependency with an install script', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.allowScripts ?? {}).sort()).toEqual([...new Set(withScripts)].sort());
    // The playground build needs esbuild's binary; the rest only print version notices.
    expect(pkg.allowScripts?.esbuild).toBe(true);
  });
});
