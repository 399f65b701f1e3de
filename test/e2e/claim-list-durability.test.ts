/**
 * The claim list in a real Chromium when two patients are open at once (two tabs, two panels: the lists never mix)
 * and when the panel is closed right after an accept (reopened, nothing is lost). The stopped worker and the browser
 * restart are covered in extension.test.ts. Needs `npm run build` first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, tabIdOf } from './browser';
import { startSession, type Session } from './session';

declare const chrome: any; // inside extension pages

describe.skipIf(!hasChromium)('claim list durability', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(() => session?.close());

  /** A chart page and a panel for its tab, with the suggestions shown. */
  async function openChart(path: string): Promise<{ chart: Page; panel: Page; tabId: number }> {
    const url = `${session.fixtures.origin}/${path}`;
    const chart = await session.context.newPage();
    await chart.goto(url);
    const tabId = await tabIdOf(session.worker, url);
    return { chart, panel: await openPanel(tabId), tabId };
  }

  async function openPanel(tabId: number): Promise<Page> {
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.id}/panel.html?tab=${tabId}`);
    await panel.locator('.chart-status').waitFor({ timeout: 30_000 });
    await expect.poll(() => panel.locator('.card').count()).toBeGreaterThan(1);
    return panel;
  }

  const accept = (panel: Page, code: string) => panel.locator(`.card[data-code="${code}"] button`, { hasText: 'Accept' }).click();
  const cardCodes = (panel: Page) => panel.locator('.cards .card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')!));

  async function claimLine(panel: Page): Promise<string> {
    await panel.locator('#tab-claim').click();
    const line = (await panel.locator('.claim-line').textContent()) ?? '';
    await panel.locator('#tab-suggestions').click();
    return line;
  }

  /** Every stored claim list, as its codes without dots, by encounter key. */
  const storedLists = (page: Page): Promise<Record<string, string[]>> => page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('encounter:'))
      .map(([k, v]) => [k, (v as { codes: { code: string }[] }).codes.map((c) => c.code.replace('.', ''))]));
  });

  it('keeps the claim lists of two patients open in two tabs apart', async () => {
    const a = await openChart('index.html');
    const b = await openChart('long-note.html?sections=14');
    const codesA = ['E1165', 'I10'];
    const codesB = (await cardCodes(b.panel)).filter((c) => !codesA.includes(c)).slice(0, 3);
    expect(codesB).toHaveLength(3);
    await accept(a.panel, codesA[0]!);
    await accept(b.panel, codesB[0]!);
    await Promise.all([accept(a.panel, codesA[1]!), accept(b.panel, codesB[1]!)]); // at the same moment
    await b.chart.bringToFront();
    await accept(b.panel, codesB[2]!);
    await expect.poll(async () => Object.values(await storedLists(a.panel)).map((l) => l.join(',')).sort())
      .toEqual([codesA.join(','), codesB.join(',')].sort());
    for (const panel of [a.panel, b.panel]) await panel.reload();
    await expect.poll(() => a.panel.locator('.card.accepted').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')).sort())).toEqual([...codesA].sort());
    await expect.poll(() => b.panel.locator('.card.accepted').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')).sort())).toEqual([...codesB].sort());
    expect((await claimLine(a.panel)).replaceAll('.', '')).toBe(codesA.join(', '));
    expect((await claimLine(b.panel)).replaceAll('.', '')).toBe(codesB.join(', '));
    console.log(`two patients: tab A ${await claimLine(a.panel)} · tab B ${await claimLine(b.panel)}; ${Object.keys(await storedLists(a.panel)).length} stored lists`);
    for (const page of [a.panel, b.panel, a.chart, b.chart]) await page.close();
  });

  it('loses nothing when the panel is closed right after an accept', async () => {
    const { chart, panel: first, tabId } = await openChart('pathological.html');
    const [one, two, three] = await cardCodes(first);
    await accept(first, one!);
    await first.close(); // no wait: the write is in flight
    let panel = await openPanel(tabId);
    expect((await claimLine(panel)).replaceAll('.', '')).toBe(one);
    await accept(panel, two!);
    await accept(panel, three!);
    await panel.close();
    panel = await openPanel(tabId);
    expect((await claimLine(panel)).replaceAll('.', '')).toBe([one, two, three].join(', '));
    await panel.locator('.card[data-code="' + two + '"] button', { hasText: 'Accepted' }).click(); // un-accept, then close
    await panel.close();
    panel = await openPanel(tabId);
    const line = await claimLine(panel);
    console.log(`panel closed right after each change and reopened three times: claim list ${line}`);
    expect(line.replaceAll('.', '')).toBe([one, three].join(', '));
    await panel.close();
    panel = await session.context.newPage(); // Accept clicked every 2 ms from the moment the card appears until it shows accepted
    await panel.addInitScript((code) => {
      const clicking = setInterval(() => {
        const card = document.querySelector(`.card[data-code="${code}"]`);
        if (card?.classList.contains('accepted')) clearInterval(clicking);
        else card?.querySelector<HTMLButtonElement>('button.primary')?.click();
      }, 2);
    }, two!);
    await panel.goto(`chrome-extension://${session.id}/panel.html?tab=${tabId}`);
    await panel.waitForTimeout(1_000);
    // This chart's list: the other test's chart may share a code with it (I10).
    const stored = Object.values(await storedLists(panel)).find((l) => l.includes(one!) && l.includes(three!));
    console.log(`accept clicked as soon as a reopened panel showed its cards: stored list ${stored?.join(', ') ?? 'lost'}`);
    expect(stored).toEqual([one, three, two]); // the list read before the accept was applied, not replaced by it
    await panel.close();
    await chart.close();
  });
});
