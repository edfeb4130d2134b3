import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER } from '../e2e/chromium.js';

// The browser tests' finder, over a made-up file system: executables are empty
// scripts in temporary folders, so no real browser is needed.

const root = mkdtempSync(path.join(os.tmpdir(), 'kg-browsers-'));
const missing = path.join(root, 'nowhere', 'chrome');

function executable(...parts: string[]): string {
  const file = path.join(root, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

describe('findChromium', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prefers CHROMIUM_PATH', () => {
    const own = executable('own', 'chrome');
    const playwright = executable('pw', 'chrome');
    expect(findChromium({ CHROMIUM_PATH: own, PATH: '' }, playwright, [])).toBe(own);
  });

  it("uses Playwright's own download when there is one", () => {
    const playwright = executable('pw2', 'chrome');
    const bin = path.dirname(executable('bin1', 'chromium'));
    expect(findChromium({ PATH: bin }, playwright, [])).toBe(playwright);
  });

  it.each(['chromium', 'chromium-browser', 'google-chrome'])('finds %s on the PATH', (name) => {
    const bin = path.dirname(executable(`bin-${name}`, name));
    expect(findChromium({ PATH: [path.join(root, 'empty'), bin].join(path.delimiter) }, missing, [])).toBe(
      path.join(bin, name),
    );
  });

  it('skips files that are not executable', () => {
    const file = path.join(root, 'plain', 'chromium');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    const fallback = executable('bin-after', 'google-chrome');
    const found = findChromium(
      { PATH: [path.dirname(file), path.dirname(fallback)].join(path.delimiter) },
      missing,
      [],
    );
    expect(found).toBe(fallback);
  });

  it('fails with one line saying how to get a browser when there is none', () => {
    const find = () => findChromium({ PATH: path.join(root, 'empty') }, missing, []);
    expect(find).toThrow(NO_BROWSER);
    expect(NO_BROWSER.split('\n')).toHaveLength(1);
    expect(NO_BROWSER).toContain('npx playwright install chromium');
  });

  it('names a CHROMIUM_PATH that does not exist', () => {
    expect(() => findChromium({ CHROMIUM_PATH: missing, PATH: '' }, missing)).toThrow(`CHROMIUM_PATH=${missing}`);
  });
});
