import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { launchChromium, watchProblems } from './chromium.js';
import { ensureUiBuilt } from './uiBuild.js';

export interface BrowserServerOptions {
  /** Config overrides (e.g. AUTH_TOKEN). */
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** Opened once the page exists, and expected to answer 200 (e.g. `/explore`). */
  open?: string;
  /** Runs after the browser and server stop, before the database closes: the file's clean-up. */
  cleanup?: (db: Database) => Promise<void>;
}

export interface BrowserServer {
  readonly db: Database;
  readonly server: AppServer;
  /** http://127.0.0.1:port */
  readonly origin: string;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page so far. */
  readonly problems: string[];
}

/**
 * The set-up every browser test shares: the UI bundle, a server on a free port over
 * the test Neo4j, a headless Chromium with one page watched for problems; all
 * stopped after the file. Read the fields inside tests (they are set in beforeAll).
 */
export function useBrowserServer(options: BrowserServerOptions = {}): BrowserServer {
  const s = {} as { -readonly [K in keyof BrowserServer]: BrowserServer[K] };
  beforeAll(async () => {
    ensureUiBuilt();
    const config = testConfig(options.env);
    s.db = testDb(config);
    s.server = await createServer(config, s.db, createLogger('silent'));
    s.origin = new URL(await s.server.listen(0)).origin;
    s.browser = await launchChromium();
    s.page = await s.browser.newPage({ viewport: options.viewport ?? { width: 1366, height: 768 } });
    s.problems = watchProblems(s.page);
    if (options.open) {
      const res = await s.page.goto(`${s.origin}${options.open}`);
      expect(res?.status()).toBe(200);
    }
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.stop();
    if (s.db) {
      try {
        await options.cleanup?.(s.db);
      } finally {
        await s.db.close();
      }
    }
  });
  return s;
}
