import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProbeHost } from '../../explorer/explore/probe.js';
import { ARTIFACTS, screenshot, watchProblems } from './chromium.js';
import { useBrowserServer } from './browserServer.js';

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
  const t = useBrowserServer({ open: '/explore' });

  it('suggests Klitschko and, chosen by keyboard, draws his neighbourhood with Kyiv', async () => {
    await choose(t.page, '.search-slot', 'Klitschko');
    await t.page.waitForFunction(() => (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes('kyiv'));
    await probe.idle(t.page);
    const ids = await probe.nodeIds(t.page);
    expect(ids).toContain('vitali-klitschko');
    expect(ids).toContain('kyiv');
    expect(await t.page.evaluate(() => (globalThis as unknown as ProbeHost).__explorer?.edgeCount())).toBeGreaterThan(
      0,
    );
    await expect.poll(() => t.page.locator('#panel-details h2').textContent()).toBe('Vitali Klitschko');
  });

  it('expands Kyiv on click, adding its attack event and its details', async () => {
    expect(await probe.nodeIds(t.page)).not.toContain('attack-kyiv-2026-01-23');
    await clickNode(t.page, 'kyiv');
    await t.page.waitForFunction(() =>
      (globalThis as unknown as ProbeHost).__explorer?.nodeIds().includes('attack-kyiv-2026-01-23'),
    );
    await probe.idle(t.page);
    expect(await t.page.evaluate(() => (globalThis as unknown as ProbeHost).__explorer?.selectedId())).toBe('kyiv');
    const panel = t.page.locator('#panel-details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kyiv');
    // The relationship to the attack is listed with the article's sentence, quote highlighted.
    const rel = panel.locator('.relationship', { has: t.page.locator('code', { hasText: 'OCCURRED_IN' }) }).first();
    expect(await rel.locator('.quote mark').count()).toBeGreaterThan(0);
    await screenshot(t.page, 'explorer-desktop');
    mkdirSync(path.resolve(ARTIFACTS, '..', 'docs'), { recursive: true });
    copyFileSync(path.join(ARTIFACTS, 'explorer-desktop.png'), path.resolve(ARTIFACTS, '..', 'docs', 'explorer.png'));
  });

  it('shows an event’s figures with count, qualifier and who reported them', async () => {
    await t.page
      .locator('#panel-details .relationship[data-edge*="attack-kyiv-2026-01-23"] button.link')
      .first()
      .click();
    await t.page.locator('#panel-details article[data-id="attack-kyiv-2026-01-23"]').waitFor();
    await probe.idle(t.page);
    const figures = t.page.locator('#panel-details .figure');
    await figures.first().waitFor();
    const text = (await figures.allTextContents()).join('\n');
    expect(text).toMatch(
      /(Killed|Injured|Hospitalized|Rescued|Deployed): (exactly|at least|nearly|more than|about|several)/,
    );
    expect(text).toContain('Reported by');
  });

  it('finds and draws the shortest path from Klitschko to Putin', async () => {
    await t.page.locator('#tab-path').click();
    await choose(t.page, '.path-from', 'Klitschko');
    await choose(t.page, '.path-to', 'Putin');
    await t.page.locator('.path-finder button.primary').click();
    await t.page.waitForFunction(
      () => ((globalThis as unknown as ProbeHost).__explorer?.pathNodeIds().length ?? 0) > 0,
    );
    await probe.idle(t.page);
    const onPath = await probe.pathNodeIds(t.page);
    expect(onPath).toContain('vitali-klitschko');
    expect(onPath).toContain('vladimir-putin');
    const steps = await t.page.locator('.path-steps .path-node').count();
    expect(steps).toBe(onPath.length);
    await screenshot(t.page, 'explorer-path');
  });

  it('lists events and negotiations on the timeline, and opens one in the graph', async () => {
    await t.page.locator('#tab-timeline').click();
    const attack = t.page.locator('.timeline-item[data-id="attack-kyiv-2026-01-23"]');
    await attack.waitFor();
    expect(await t.page.locator('.timeline-item').count()).toBeGreaterThan(3);
    await attack.locator('button.link').click();
    await t.page.waitForFunction(
      () => (globalThis as unknown as ProbeHost).__explorer?.selectedId() === 'attack-kyiv-2026-01-23',
    );
    await probe.idle(t.page);
    expect(await probe.nodeIds(t.page)).toContain('kyiv');
  });

  it('shows dates on the timeline and in the details as precisely as their source, citing a source beyond the article', async () => {
    await t.page.locator('#tab-timeline').click();
    const time = (id: string) => t.page.locator(`.timeline-item[data-id="${id}"] time`);
    await time('trump-putin-talks-2025').waitFor();
    const shown = async (id: string) => [await time(id).textContent(), await time(id).getAttribute('datetime')];
    expect(await shown('trump-putin-talks-2025')).toEqual(['2025', '2025']);
    expect(await shown('world-economic-forum-davos-2026')).toEqual(['week of 19 January 2026', '2026-W04']);
    expect(await shown('abu-dhabi-talks-2026')).toEqual(['22–23 January 2026', '2026-01-22']);
    expect(await shown('abu-dhabi-talks-2026-round-1')).toEqual(['undated', null]);
    // No stored first-of-period date such as 2025-01-01 reaches the reader.
    expect(await t.page.locator('.timeline time').allTextContents()).not.toContainEqual(
      expect.stringMatching(/\d{4}-\d{2}-\d{2}/),
    );
    const war = t.page.locator('.timeline-item[data-id="russia-ukraine-war"]');
    expect(await war.locator('a.date-source').getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q110999040');

    await t.page.locator('.timeline-item[data-id="trump-putin-talks-2025"] button.link').click();
    await t.page.locator('#tab-details').click();
    const details = t.page.locator('#panel-details article[data-id="trump-putin-talks-2025"]');
    await details.waitFor();
    const when = details.locator('dt', { hasText: 'When' }).locator('xpath=following-sibling::dd[1]');
    expect(await when.textContent()).toBe('2025 (“last year”)');

    await t.page.locator('#tab-timeline').click();
    await war.locator('button.link').click();
    await t.page.locator('#tab-details').click();
    const warWhen = t.page
      .locator('#panel-details article[data-id="russia-ukraine-war"] dt', { hasText: 'When' })
      .locator('xpath=following-sibling::dd[1]');
    await warWhen.waitFor();
    expect(await warWhen.textContent()).toBe(
      '24 February 2022 (“nearly four year long conflict”) · date: Wikidata Q110999040',
    );
    await probe.idle(t.page);
  });

  it('fits a phone-width screen without horizontal scrolling', async () => {
    const phone = await t.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const seen = watchProblems(phone);
    await phone.goto(`${t.origin}/explore#vitali-klitschko`);
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
    expect(t.problems).toEqual([]);
  });
});
