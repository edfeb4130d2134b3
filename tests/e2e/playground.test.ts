import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { launchChromium, screenshot, watchProblems } from './chromium.js';
import { ensureUiBuilt } from './uiBuild.js';

describe('the GraphQL playground in Chromium', () => {
  let db: Database;
  let server: AppServer;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ensureUiBuilt();
    const config = testConfig();
    db = testDb(config);
    server = await createServer(config, db, createLogger('silent'));
    origin = new URL(await server.listen(0)).origin;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    problems = watchProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
  });

  it('serves the bundled IDE, not Apollo’s CDN page, at /graphql', async () => {
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) external.push(r.url());
    });
    const res = await page.goto(`${origin}/graphql`);
    expect(res?.status()).toBe(200);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
    expect(external).toEqual([]);
  });

  it('lists the example queries and opens one in the editor', async () => {
    const examples = page.locator('.examples .example');
    await examples.first().waitFor();
    expect(await examples.count()).toBeGreaterThanOrEqual(2);
    await examples.nth(1).click();
    const title = (await examples.nth(1).locator('.example-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);
    // Monaco renders the operation as text lines; the example's first keyword shows up.
    await expect
      .poll(() => page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 10_000 })
      .toMatch(/query|\{/);
  });

  it('runs the example and shows data in the result pane', async () => {
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response .view-lines').textContent(), { timeout: 15_000 })
      .toContain('"data"');
    const text = (await page.locator('.graphiql-response .view-lines').textContent()) ?? '';
    expect(text).not.toContain('"errors"');
    await screenshot(page, 'playground');
  });

  it('documents the schema from introspection', async () => {
    await page.getByLabel('Show Documentation Explorer').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.textContent(), { timeout: 10_000 }).toContain('Query');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.textContent()).toContain('shortestPath');
  });

  it('still answers GET /graphql?query= from non-browser clients', async () => {
    const res = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
