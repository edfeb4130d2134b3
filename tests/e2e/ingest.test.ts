import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedHead } from '../../src/feed/changeFeed.js';
import { screenshot } from './chromium.js';
import { useBrowserServer } from './browserServer.js';

// The ingest page over the real server and the test graph: paste a dev article,
// preview it (nothing written), commit it with the token, and follow a link into the explorer.

const TOKEN = 'e'.repeat(32);
const TEXT = readFileSync(new URL('../fixtures/ingest-dev/d1-kyiv-without-power.txt', import.meta.url), 'utf8');
// A date no other test ingests under, so every id with this prefix is this test's.
const DATE = '2026-01-22';
const PREFIX = `article-${DATE}-`;

describe('the ingest page in Chromium', () => {
  const created: string[] = [];
  const t = useBrowserServer({
    env: { AUTH_TOKEN: TOKEN, MAX_BODY_BYTES: '1000000' },
    viewport: { width: 1366, height: 900 },
    open: '/ingest',
    cleanup: async (db) => {
      await db.write({
        cypher: `MATCH (n:Node) WHERE n.id IN $ids OR n.id STARTS WITH $prefix DETACH DELETE n`,
        params: { ids: created, prefix: PREFIX },
      });
      await db.write({
        cypher: `MATCH (m:Mention) WHERE m.source STARTS WITH $prefix DELETE m`,
        params: { prefix: PREFIX },
      });
    },
  });

  it('previews a pasted article: highlights in the text, Kyiv linked, nothing written', async () => {
    const before = await readFeedHead(t.db);
    await t.page.locator('#title').fill('Most of Kyiv without power as frost deepens');
    await t.page.locator('#published').fill(DATE);
    await t.page.locator('#publisher').fill('Dev wire');
    await t.page.locator('#text').fill(TEXT);
    await t.page.locator('#preview').click();
    await t.page.locator('.article-text').waitFor();

    expect(await t.page.locator('.article-text mark.place', { hasText: /^Kyiv$/ }).count()).toBeGreaterThan(0);
    expect(await t.page.locator('.article-text mark.person').count()).toBeGreaterThan(0);
    expect(await t.page.locator('.article-text mark.said').count()).toBeGreaterThan(0);
    expect(await t.page.locator('.article-text mark.figure').count()).toBeGreaterThan(0);
    // The highlighted text is the pasted text, unchanged.
    expect(await t.page.locator('.article-text').textContent()).toBe(TEXT);

    const kyiv = t.page.locator('.links tr[data-link="kyiv"]').first();
    expect(await kyiv.locator('a').getAttribute('href')).toBe('/explore#kyiv');
    expect(await t.page.locator('.links .new').count()).toBeGreaterThan(0);
    expect(await t.page.locator('#commit').isEnabled()).toBe(true);
    expect((await readFeedHead(t.db)).head).toBe(before.head);
    await screenshot(t.page, 'ingest-preview', true);
  }, 60_000);

  it('shows the coded error when committing without a token', async () => {
    await t.page.locator('#commit').click();
    await expect.poll(() => t.page.locator('#status .error code').textContent()).toBe('UNAUTHENTICATED');
  });

  it('commits with the token and lists what was created and linked, with links into the explorer', async () => {
    await t.page.locator('#token').fill(TOKEN);
    await t.page.locator('#commit').click();
    // Ingestion takes a few seconds on a loaded machine; the status line says how it ended.
    await expect.poll(() => t.page.locator('#status').textContent(), { timeout: 90_000 }).not.toMatch(/Committing/);
    expect(await t.page.locator('#status').textContent()).toBe('Committed.');
    const result = t.page.locator('.result');
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
    const stored = await t.db.read({
      cypher: 'MATCH (a:Article {id: $id}) RETURN a.text AS text',
      params: { id: articleId },
    });
    expect(stored[0]?.text).toBe(TEXT);
    await screenshot(t.page, 'ingest-committed', true);

    // The explorer opens on the node a link names.
    await result.locator('a[href="/explore#kyiv"]').first().click();
    await expect.poll(() => t.page.locator('#panel-details h2').textContent(), { timeout: 15_000 }).toBe('Kyiv');
    // The token lived only in the page: nothing was stored for the t.origin.
    expect(
      await t.page.evaluate(() => {
        const g = globalThis as unknown as { localStorage: { length: number }; sessionStorage: { length: number } };
        return g.localStorage.length + g.sessionStorage.length;
      }),
    ).toBe(0);
    expect(t.problems.filter((p) => !p.includes('401'))).toEqual([]);
  }, 120_000);
});
