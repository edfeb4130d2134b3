import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProbeHost } from '../../explorer/explore/probe.js';
import { testPrefix } from '../helpers/testDb.js';
import { screenshot, watchProblems } from './chromium.js';
import { useBrowserServer } from './browserServer.js';

// The explorer redraws live: writes made over HTTP with the token reach the drawn
// neighbourhood through its graphChanged subscription, with no reload.

const TOKEN = 'x'.repeat(32);
const P = testPrefix('explorer-live');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };
const t = useBrowserServer({
  env: { AUTH_TOKEN: TOKEN, LIVE_POLL_INTERVAL_MS: '100', NEO4J_TX_TIMEOUT_MS: '60000' },
  cleanup: (db) =>
    db
      .write({ cypher: 'MATCH (n:Node) WHERE n.id STARTS WITH $p DETACH DELETE n', params: { p: P } })
      .then(() => undefined),
});

/** Reads the explorer's probe in the page. */
const probe = <T>(page: Page, read: string, arg = ''): Promise<T> =>
  page.evaluate(
    ([r, a]) => {
      const e = (globalThis as unknown as ProbeHost).__explorer;
      if (r === 'label') return e?.nodeLabel(a) ?? null;
      if (r === 'edges') return e?.edgeCount() ?? 0;
      return e?.liveState() ?? null;
    },
    [read, arg] as const,
  ) as Promise<T>;

async function write(query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${t.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
}

const createPerson = (id: string, name: string) =>
  write('mutation($input: PersonInput!) { createPerson(input: $input) { id } }', { input: { id, name, provenance } });

describe('the explorer redraws live in Chromium', () => {
  const id = `${P}-person`;
  const friend = `${P}-friend`;

  it('shows it is live, then relabels a renamed node and draws a new neighbour, without a reload', async () => {
    await createPerson(id, 'Orest Livenko');
    await t.page.goto(`${t.origin}/explore#${id}`);
    await t.page.waitForFunction((x) => (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes(x), id, {
      timeout: 45_000,
    });
    await t.page.waitForFunction(() => (globalThis as unknown as ProbeHost).__explorer?.liveState() === 'live', null, {
      timeout: 45_000,
    });
    await expect.poll(() => t.page.locator('#live').textContent()).toBe('Live');
    expect(await probe(t.page, 'label', id)).toBe('Orest Livenko');
    // Survives only if the page is not reloaded.
    await t.page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42));

    await write('mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch) { id } }', {
      id,
      patch: { name: 'Orest Renamed', provenance },
    });
    await t.page.waitForFunction(
      (x) => (globalThis as unknown as ProbeHost).__explorer?.nodeLabel(x) === 'Orest Renamed',
      id,
      { timeout: 45_000 },
    );
    await expect.poll(() => t.page.locator('#panel-details h2').textContent()).toBe('Orest Renamed');

    await write('mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { id: friend, name: 'Velmora Newcomers', kind: 'OTHER', provenance },
    });
    // The organization alone is not in the neighbourhood; the relationship brings it in.
    await write('mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }', {
      input: { from: id, type: 'HOLDS_ROLE', to: friend, properties: { title: 'Volunteer' }, provenance },
    });
    await t.page.waitForFunction(
      (x) => (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes(x),
      friend,
      { timeout: 45_000 },
    );
    expect(await probe(t.page, 'label', friend)).toBe('Velmora Newcomers');
    expect(await probe(t.page, 'edges')).toBeGreaterThan(0);
    expect(await t.page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(42);
    await screenshot(t.page, 'explorer-live');
    expect(t.problems).toEqual([]);
  }, 180_000);

  it('draws as before, quietly not live, when the browser has no WebSocket', async () => {
    const page = await t.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const seen = watchProblems(page);
    await page.addInitScript(() => {
      delete (globalThis as { WebSocket?: unknown }).WebSocket;
    });
    await page.goto(`${t.origin}/explore#${id}`);
    await page.waitForFunction((x) => (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes(x), id);
    expect(await probe(page, 'live')).toBe('off');
    expect(await page.locator('#live').textContent()).toBe('Not live');
    await page.close();
    expect(seen).toEqual([]);
  });
});
