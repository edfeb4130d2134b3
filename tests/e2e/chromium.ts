import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'test-artifacts');

/** What to do when no browser is found, in one line. */
export const NO_BROWSER =
  'No Chromium found for the browser tests: run `npx playwright install chromium`, install chromium (e.g. apt-get install chromium), or set CHROMIUM_PATH.';

/** Names a Chromium goes by on the PATH, in the order tried. */
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium the way users have one: CHROMIUM_PATH, then Playwright's own
 * download (`npx playwright install chromium`), then /usr/bin/chromium and the usual
 * names on the PATH. Throws {@link NO_BROWSER} when there is none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  playwrightPath: string = chromium.executablePath(),
  knownPaths: string[] = ['/usr/bin/chromium'],
): string {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file. ${NO_BROWSER}`);
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const candidates = [playwrightPath, ...knownPaths, ...ON_PATH.flatMap((n) => dirs.map((d) => path.join(d, n)))];
  const found = candidates.find(isExecutable);
  if (!found) throw new Error(NO_BROWSER);
  return found;
}

/** Launches the Chromium {@link findChromium} finds, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and uncaught exceptions of a page, for asserting there are none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return problems;
}

/** A screenshot in the git-ignored artifacts folder. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
