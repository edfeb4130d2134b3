import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeHost } from '../../explorer/explore/probe.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { ARTIFACTS, launchChromium, screenshot, watchProblems } from './chromium.js';
import { ensureUiBuilt } from './uiBuild.js';

const probe = {
  nodeIds: (page: Page) => page.evaluate(() => (globalThis as unknown as ProbeHost).__explorer?.nodeIds() ?? []),
  pathNodeIds: (page: Page) =>
    page.evaluate(() => (globalThis as unknown as ProbeHost).__explorer?.pathNodeIds() ?? []),
  idle: (page: Page) => page.waitForFunction(() => (globalThis as unknown as ProbeHost).__explorer?.idle() === true),
};

/** Types into a search box and picks the first suggestion with the keyboard. */
async function choose(page: Page, box: string, text: string): Promise<void> {
  await page.locator(`${box} input`).fill(text);
  await page.locator(`${box} [role="option"]`).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate(
    (nodeId) => (globalThis as unknown as ProbeHost).__explorer?.renderedPosition(nodeId) ?? null,
    id,
  );
  const box = await page.locator('#graph').boundingBox();
  if (!at || !box) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

describe('the relationship explorer in Chromium', () => {
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
    const res = await page.goto(`${origin}/explore`);
    expect(res?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
  });

  it('suggests Klitschko and, chosen by keyboard, draws his neighbourhood with Kyiv', async () => {
    await choose(page, '.search-slot', 'Klitschko');
    await page.waitForFunction(() => (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes('kyiv'));
    await probe.idle(page);
    const ids = await probe.nodeIds(page);
    expect(ids).toContain('vitali-klitschko');
    expect(ids).toContain('kyiv');
    expect(await page.evaluate(() => (globalThis as unknown as ProbeHost).__explorer?.edgeCount())).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#panel-details h2').textContent()).toBe('Vitali Klitschko');
  });

  it('expands Kyiv on click, adding its attack event and its details', async () => {
    expect(await probe.nodeIds(page)).not.toContain('attack-kyiv-2026-01-23');
    await clickNode(page, 'kyiv');
    await page.waitForFunction(() =>
      (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes('attack-kyiv-2026-01-23'),
    );
    await probe.idle(page);
    expect(await page.evaluate(() => (globalThis as unknown as ProbeHost).__explorer?.selectedId())).toBe('kyiv');
    const panel = page.locator('#panel-details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kyiv');
    // The relationship to the attack is listed with the article's sentence, quote highlighted.
    const rel = panel.locator('.relationship', { has: page.locator('code', { hasText: 'OCCURRED_IN' }) }).first();
    expect(await rel.locator('.quote mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'explorer-desktop');
    mkdirSync(path.resolve(ARTIFACTS, '..', 'docs'), { recursive: true });
    copyFileSync(path.join(ARTIFACTS, 'explorer-desktop.png'), path.resolve(ARTIFACTS, '..', 'docs', 'explorer.png'));
  });

  it('shows an event’s figures with count, qualifier and who reported them', async () => {
    await page.locator('#panel-details .relationship[data-edge*="attack-kyiv-2026-01-23"] button.link').first().click();
    await page.locator('#panel-details article[data-id="attack-kyiv-2026-01-23"]').waitFor();
    await probe.idle(page);
    const figures = page.locator('#panel-details .figure');
    await figures.first().waitFor();
    const text = (await figures.allTextContents()).join('\n');
    expect(text).toMatch(
      /(Killed|Injured|Hospitalized|Rescued|Deployed): (exactly|at least|nearly|more than|about|several)/,
    );
    expect(text).toContain('Reported by');
  });

  it('finds and draws the shortest path from Klitschko to Putin', async () => {
    await page.locator('#tab-path').click();
    await choose(page, '.path-from', 'Klitschko');
    await choose(page, '.path-to', 'Putin');
    await page.locator('.path-finder button.primary').click();
    await page.waitForFunction(() => ((globalThis as unknown as ProbeHost).__explorer?.pathNodeIds().length ?? 0) > 0);
    await probe.idle(page);
    const onPath = await probe.pathNodeIds(page);
    expect(onPath).toContain('vitali-klitschko');
    expect(onPath).toContain('vladimir-putin');
    const steps = await page.locator('.path-steps .path-node').count();
    expect(steps).toBe(onPath.length);
    await screenshot(page, 'explorer-path');
  });

  it('lists events and negotiations on the timeline, and opens one in the graph', async () => {
    await page.locator('#tab-timeline').click();
    const attack = page.locator('.timeline-item[data-id="attack-kyiv-2026-01-23"]');
    await attack.waitFor();
    expect(await page.locator('.timeline-item').count()).toBeGreaterThan(3);
    await attack.locator('button.link').click();
    await page.waitForFunction(
      () => (globalThis as unknown as ProbeHost).__explorer?.selectedId() === 'attack-kyiv-2026-01-23',
    );
    await probe.idle(page);
    expect(await probe.nodeIds(page)).toContain('kyiv');
  });

  it('shows dates on the timeline and in the details as precisely as their source, citing a source beyond the article', async () => {
    await page.locator('#tab-timeline').click();
    const time = (id: string) => page.locator(`.timeline-item[data-id="${id}"] time`);
    await time('trump-putin-talks-2025').waitFor();
    const shown = async (id: string) => [await time(id).textContent(), await time(id).getAttribute('datetime')];
    expect(await shown('trump-putin-talks-2025')).toEqual(['2025', '2025']);
    expect(await shown('world-economic-forum-davos-2026')).toEqual(['week of 19 January 2026', '2026-W04']);
    expect(await shown('abu-dhabi-talks-2026')).toEqual(['22–23 January 2026', '2026-01-22']);
    expect(await shown('abu-dhabi-talks-2026-round-1')).toEqual(['undated', null]);
    // No stored first-of-period date such as 2025-01-01 reaches the reader.
    expect(await page.locator('.timeline time').allTextContents()).not.toContainEqual(
      expect.stringMatching(/\d{4}-\d{2}-\d{2}/),
    );
    const war = page.locator('.timeline-item[data-id="russia-ukraine-war"]');
    expect(await war.locator('a.date-source').getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q110999040');

    await page.locator('.timeline-item[data-id="trump-putin-talks-2025"] button.link').click();
    await page.locator('#tab-details').click();
    const details = page.locator('#panel-details article[data-id="trump-putin-talks-2025"]');
    await details.waitFor();
    const when = details.locator('dt', { hasText: 'When' }).locator('xpath=following-sibling::dd[1]');
    expect(await when.textContent()).toBe('2025 (“last year”)');

    await page.locator('#tab-timeline').click();
    await war.locator('button.link').click();
    await page.locator('#tab-details').click();
    const warWhen = page
      .locator('#panel-details article[data-id="russia-ukraine-war"] dt', { hasText: 'When' })
      .locator('xpath=following-sibling::dd[1]');
    await warWhen.waitFor();
    expect(await warWhen.textContent()).toBe(
      '24 February 2022 (“nearly four year long conflict”) · date: Wikidata Q110999040',
    );
    await probe.idle(page);
  });

  it('fits a phone-width screen without horizontal scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const seen = watchProblems(phone);
    await phone.goto(`${origin}/explore#vitali-klitschko`);
    await phone.waitForFunction(() => (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes('kyiv'));
    await probe.idle(phone);
    await phone.locator('#panel-details h2').waitFor();
    const widths = await phone.evaluate(() => {
      const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
      return { page: g.document.documentElement.scrollWidth, view: g.innerWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const graph = await phone.locator('#graph').boundingBox();
    expect(graph?.height).toBeGreaterThan(300);
    await screenshot(phone, 'explorer-phone');
    await phone.close();
    expect(seen).toEqual([]);
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
