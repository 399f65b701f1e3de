/**
 * The Search tab's Index view and PCS builder in a real Chromium: "fall" shows the External Cause Index entry with
 * W19, labelled with its file and year, walked by keyboard, its code opened and "see" references followed; 0DT is built
 * choice by choice into 0DTJ4ZZ, which reaches the claim list. Needs `npm run build` first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, tabIdOf } from './browser';
import { startSession, type Session } from './session';

describe.skipIf(!hasChromium)('Index view and PCS builder in the panel', () => {
  let session: Session;
  let panel: Page;

  beforeAll(async () => {
    session = await startSession();
    const chart = await session.context.newPage();
    await chart.goto(`${session.fixtures.origin}/index.html`);
    const tabId = await tabIdOf(session.worker, `${session.fixtures.origin}/index.html`);
    panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.id}/panel.html?tab=${tabId}`);
    await panel.locator('.chart-status').waitFor({ timeout: 30_000 });
    await panel.locator('#tab-search').click();
  });
  afterAll(() => session?.close());

  const mainTerm = (title: string) => panel.locator('[role="tree"] > [role="treeitem"]', { has: panel.locator(':scope > .index-row > .index-title', { hasText: title }) });

  it('shows "Fall, falling" with W19 from the External Cause Index of its year', async () => {
    await panel.locator('button.view-index').click();
    await panel.locator('.index-box').fill('fall');
    const fall = mainTerm('Fall, falling');
    await fall.waitFor();
    const row = fall.locator(':scope > .index-row');
    expect(await row.locator('.index-title').textContent()).toBe('Fall, falling');
    expect(await row.locator('.index-source').textContent()).toMatch(/^External Cause Index FY20\d\d$/);
    expect(await row.locator('button.index-code .code').textContent()).toBe('W19');
    expect(await fall.getAttribute('aria-expanded')).toBe('true');
    await row.locator('button.index-code').click();
    await fall.locator('.index-code-detail .title').waitFor();
    expect(await fall.locator('.index-code-detail .code').first().textContent()).toBe('W19');
    expect(await fall.locator('.index-code-detail .title').textContent()).toMatch(/fall/i);
    await fall.locator('.index-code-detail .detail[aria-label="Tabular detail of W19"] .chain li').first().waitFor();
  });

  it('walks the tree with the arrow keys and opens a subterm with Enter', async () => {
    const fall = mainTerm('Fall, falling');
    await fall.focus();
    await panel.keyboard.press('ArrowDown');
    const building = fall.locator('[role="treeitem"][aria-level="2"]').first();
    expect(await building.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await building.getAttribute('aria-expanded')).toBe('false');
    await panel.keyboard.press('ArrowRight');
    expect(await building.getAttribute('aria-expanded')).toBe('true');
    await panel.keyboard.press('ArrowRight');
    const burning = building.locator('[role="treeitem"][aria-level="3"]').first();
    expect(await burning.locator('.index-title').textContent()).toBe('burning');
    expect(await burning.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.keyboard.press('Enter'); // no subterms: opens its code
    await burning.locator('.index-code-detail .code', { hasText: 'X00.3' }).waitFor();
    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('ArrowLeft');
    expect(await building.getAttribute('aria-expanded')).toBe('false');
    await panel.keyboard.press('Enter');
    expect(await building.getAttribute('aria-expanded')).toBe('true');
  });

  it('follows a "see" reference to the main term and subterm it names', async () => {
    await panel.locator('.index-box').fill('earth movement');
    const earth = mainTerm('Earth movement');
    await earth.locator('button.see', { hasText: 'see Forces of nature, earth movement' }).click();
    await mainTerm('Forces of nature').waitFor();
    expect(await panel.locator('.index-box').inputValue()).toBe('Forces of nature');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.querySelector('.index-title')?.textContent)).toBe('earth movement');
  });

  it('labels Table of Drugs entries and shows each column code', async () => {
    await panel.locator('.index-box').fill('aspirin');
    const aspirin = mainTerm('Aspirin');
    await aspirin.waitFor();
    expect(await aspirin.locator('.index-source').first().textContent()).toMatch(/^Table of Drugs FY20\d\d$/);
    expect(await aspirin.locator(':scope > .index-cells button.index-code').first().textContent()).toMatch(/Poisoning Accidental.*T39\.011/);
  });

  it('builds 0DTJ4ZZ from 0DT one choice at a time and adds it to the claim', async () => {
    await panel.locator('button.view-pcs').click();
    await panel.locator('.pcs-prefix').fill('0DT');
    await panel.locator('.pcs-header').waitFor();
    expect(await panel.locator('.pcs-header').textContent()).toMatch(/Gastrointestinal System.*Resection/);
    expect(await panel.locator('.pcs-definition').textContent()).toContain('Cutting out or off');
    for (const [char, axis] of [['J', 'Body Part'], ['4', 'Approach'], ['Z', 'Device'], ['Z', 'Qualifier']] as const) {
      await panel.locator('.pcs-choices legend', { hasText: axis }).waitFor();
      await panel.locator(`.pcs-choices button[data-char="${char}"]`).click();
    }
    await panel.locator('.pcs-code').waitFor();
    expect(await panel.locator('.pcs-code').textContent()).toBe('0DTJ4ZZ');
    expect(await panel.locator('.pcs-prefix').inputValue()).toBe('0DTJ4ZZ');
    await panel.locator('.pcs-complete .title').waitFor();
    await panel.locator('.pcs-complete button', { hasText: 'Add to claim' }).click();
    await panel.locator('#tab-claim').click();
    await expect.poll(() => panel.locator('.claim-line').textContent()).toContain('0DTJ4ZZ');
  });
});
