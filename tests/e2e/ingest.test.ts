import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { readFeedHead } from '../../src/feed/changeFeed.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { launchChromium, screenshot, watchProblems } from './chromium.js';
import { ensureUiBuilt } from './uiBuild.js';

// The ingest page over the real server and the test graph: paste a dev article,
// preview it (nothing written), commit it with the token, and follow a link into the explorer.

const TOKEN = 'e'.repeat(32);
const TEXT = readFileSync(new URL('../fixtures/ingest-dev/d1-kyiv-without-power.txt', import.meta.url), 'utf8');
// A date no other test ingests under, so every id with this prefix is this test's.
const DATE = '2026-01-22';
const PREFIX = `article-${DATE}-`;

describe('the ingest page in Chromium', () => {
  let db: Database;
  let server: AppServer;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const created: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    const config = testConfig({ AUTH_TOKEN: TOKEN, MAX_BODY_BYTES: '1000000' });
    db = testDb(config);
    server = await createServer(config, db, createLogger('silent'));
    origin = new URL(await server.listen(0)).origin;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    problems = watchProblems(page);
    const res = await page.goto(`${origin}/ingest`);
    expect(res?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (db) {
      await db.write({
        cypher: `MATCH (n:Node) WHERE n.id IN $ids OR n.id STARTS WITH $prefix DETACH DELETE n`,
        params: { ids: created, prefix: PREFIX },
      });
      await db.write({
        cypher: `MATCH (m:Mention) WHERE m.source STARTS WITH $prefix DELETE m`,
        params: { prefix: PREFIX },
      });
      await db.close();
    }
  });

  it('previews a pasted article: highlights in the text, Kyiv linked, nothing written', async () => {
    const before = await readFeedHead(db);
    await page.locator('#title').fill('Most of Kyiv without power as frost deepens');
    await page.locator('#published').fill(DATE);
    await page.locator('#publisher').fill('Dev wire');
    await page.locator('#text').fill(TEXT);
    await page.locator('#preview').click();
    await page.locator('.article-text').waitFor();

    expect(await page.locator('.article-text mark.place', { hasText: /^Kyiv$/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.person').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.said').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.figure').count()).toBeGreaterThan(0);
    // The highlighted text is the pasted text, unchanged.
    expect(await page.locator('.article-text').textContent()).toBe(TEXT);

    const kyiv = page.locator('.links tr[data-link="kyiv"]').first();
    expect(await kyiv.locator('a').getAttribute('href')).toBe('/explore#kyiv');
    expect(await page.locator('.links .new').count()).toBeGreaterThan(0);
    expect(await page.locator('#commit').isEnabled()).toBe(true);
    expect((await readFeedHead(db)).head).toBe(before.head);
    await screenshot(page, 'ingest-preview', true);
  }, 60_000);

  it('shows the coded error when committing without a token', async () => {
    await page.locator('#commit').click();
    await expect.poll(() => page.locator('#status .error code').textContent()).toBe('UNAUTHENTICATED');
  });

  it('commits with the token and lists what was created and linked, with links into the explorer', async () => {
    await page.locator('#token').fill(TOKEN);
    await page.locator('#commit').click();
    // Ingestion takes a few seconds on a loaded machine; the status line says how it ended.
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 90_000 }).not.toMatch(/Committing/);
    expect(await page.locator('#status').textContent()).toBe('Committed.');
    const result = page.locator('.result');
    const hrefs = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const articleHref = hrefs.find((x) => x.startsWith(`/explore#${PREFIX}`));
    expect(articleHref).toBeDefined();
    // Only what the page lists as created is removed afterwards; linked nodes are the seed's.
    const createdHrefs = await result
      .locator('.created a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    created.push(...createdHrefs.map((x) => decodeURIComponent(x.replace('/explore#', ''))));
    expect(created.length).toBeGreaterThan(0);
    expect(created).not.toContain('kyiv');
    expect(hrefs).toContain('/explore#kyiv');
    const articleId = decodeURIComponent(articleHref!.replace('/explore#', ''));
    const stored = await db.read({
      cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text',
      params: { id: articleId },
    });
    expect(stored[0]?.text).toBe(TEXT);
    await screenshot(page, 'ingest-committed', true);

    // The explorer opens on the node a link names.
    await result.locator('a[href="/explore#kyiv"]').first().click();
    await expect.poll(() => page.locator('#panel-details h2').textContent(), { timeout: 15_000 }).toBe('Kyiv');
    // The token lived only in the page: nothing was stored for the origin.
    expect(
      await page.evaluate(() => {
        const g = globalThis as unknown as { localStorage: { length: number }; sessionStorage: { length: number } };
        return g.localStorage.length + g.sessionStorage.length;
      }),
    ).toBe(0);
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  }, 120_000);
});
