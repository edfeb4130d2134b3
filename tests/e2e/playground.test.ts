import { describe, expect, it } from 'vitest';
import { screenshot } from './chromium.js';
import { useBrowserServer } from './browserServer.js';

describe('the GraphQL playground in Chromium', () => {
  const t = useBrowserServer();

  it('serves the bundled IDE, not Apollo’s CDN page, at /graphql', async () => {
    const external: string[] = [];
    t.page.on('request', (r) => {
      if (!r.url().startsWith(t.origin) && !r.url().startsWith('data:')) external.push(r.url());
    });
    const res = await t.page.goto(`${t.origin}/graphql`);
    expect(res?.status()).toBe(200);
    await t.page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
    expect(external).toEqual([]);
  });

  it('lists the example queries and opens one in the editor', async () => {
    const examples = t.page.locator('.examples .example');
    await examples.first().waitFor();
    expect(await examples.count()).toBeGreaterThanOrEqual(2);
    await examples.nth(1).click();
    const title = (await examples.nth(1).locator('.example-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);
    // Monaco renders the operation as text lines; the example's first keyword shows up.
    await expect
      .poll(() => t.page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 10_000 })
      .toMatch(/query|\{/);
  });

  it('runs the example and shows data in the result pane', async () => {
    await t.page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => t.page.locator('.graphiql-response .view-lines').textContent(), { timeout: 15_000 })
      .toContain('"data"');
    const text = (await t.page.locator('.graphiql-response .view-lines').textContent()) ?? '';
    expect(text).not.toContain('"errors"');
    await screenshot(t.page, 'playground');
  });

  it('documents the schema from introspection', async () => {
    await t.page.getByLabel('Show Documentation Explorer').click();
    const docs = t.page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.textContent(), { timeout: 10_000 }).toContain('Query');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.textContent()).toContain('shortestPath');
  });

  it('still answers GET /graphql?query= from non-browser clients', async () => {
    const res = await fetch(`${t.origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('logs no console errors', () => {
    expect(t.problems).toEqual([]);
  });
});
