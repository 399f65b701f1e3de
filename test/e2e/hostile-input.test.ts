/**
 * Hostile input in a real Chromium: a chart full of XSS payloads is read and shown without any of them running,
 * a web page has no way to reach the extension, 1,000 bad messages leave the worker answering, and what is stored
 * after a round of use is codes and keys, never chart text. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, tabIdOf } from './browser';
import { startSession, type Session } from './session';

declare const chrome: any; // inside extension pages

const VECTORS_FILE = join(import.meta.dirname, '../fixtures/xss-vectors.json');
const { vectors } = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as { vectors: string[] };

/** What a payload that ran would have left behind, and the dialogs it opened. */
async function traces(page: Page, dialogs: string[]) {
  return { pwned: await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), title: await page.title(), dialogs: dialogs.length };
}

function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

describe.skipIf(!hasChromium)('hostile input', () => {
  let session: Session;
  let chart: Page;
  let panel: Page;
  const dialogs: Record<string, string[]> = {};
  const requests: string[] = [];

  beforeAll(async () => {
    session = await startSession({ '/xss-vectors.json': VECTORS_FILE });
    session.context.on('request', (request) => requests.push(request.url()));
    chart = await session.context.newPage();
    dialogs.chart = watchDialogs(chart);
    await chart.goto(`${session.fixtures.origin}/xss.html`);
    expect(await chart.evaluate(() => (window as any).xssReady)).toBe(vectors.length);
    const tabId = await tabIdOf(session.worker, `${session.fixtures.origin}/xss.html`);
    panel = await session.context.newPage();
    dialogs.panel = watchDialogs(panel);
    await panel.goto(`chrome-extension://${session.id}/panel.html?tab=${tabId}`);
    await panel.locator('.chart-status').waitFor({ timeout: 30_000 });
  });
  afterAll(() => session?.close());

  it(`shows a chart carrying ${vectors.length} XSS payloads as inert text in the panel and popup`, async () => {
    await expect.poll(() => panel.locator('.card').count()).toBeGreaterThan(5);
    for (const snippet of await panel.locator('button.snippet').all()) await snippet.click(); // highlight each in the page
    await panel.locator('#tab-search').click();
    const popup = await session.context.newPage();
    dialogs.popup = watchDialogs(popup);
    await popup.goto(`chrome-extension://${session.id}/popup.html`);
    for (const vector of vectors) {
      await panel.locator('.search-box').fill(vector.slice(0, 500));
      await popup.locator('.search-box').fill(vector.slice(0, 500));
    }
    await panel.locator('#tab-suggestions').click().catch(() => undefined);
    await panel.waitForTimeout(500); // any onerror / onload / autofocus handler would have fired by now
    const shown = (await panel.locator('button.snippet').allTextContents()).join('\n');
    const whole = vectors.filter((v) => shown.includes(v)).length;
    const windows = (v: string) => Array.from({ length: Math.max(1, v.length - 15) }, (_, i) => v.slice(i, i + 16));
    const inPart = vectors.filter((v) => !shown.includes(v) && windows(v).some((w) => shown.includes(w))).length;
    console.log(`XSS: ${vectors.length} payloads in the chart; ${whole} reached the panel's evidence snippets whole and ${inPart} in part, as text (snippets show 60 characters of context, 5 per code), `
      + `all ${vectors.length} typed into the panel and popup searches; dialogs: ${JSON.stringify(Object.fromEntries(Object.entries(dialogs).map(([k, d]) => [k, d.length])))}`);
    expect(whole).toBeGreaterThanOrEqual(5);
    expect(whole + inPart).toBeGreaterThanOrEqual(50);
    expect(requests.filter((url) => url.includes('evil.invalid'))).toEqual([]); // the two payloads that load remote resources
    expect(shown).toContain('<script>');
    for (const [name, page] of [['chart', chart], ['panel', panel], ['popup', popup]] as const) {
      const found = await traces(page, dialogs[name]!);
      expect(found, name).toEqual({ pwned: undefined, title: name === 'chart' ? 'Example EHR - Hostile chart' : found.title, dialogs: 0 });
      expect(found.title, name).not.toBe('pwned');
    }
    const injected = await panel.evaluate(() => document.querySelectorAll('main script, main img, main svg, main iframe, main object, main embed, main style, main link, main meta, main base, [onerror], [onload], [onfocus], [onmouseover], [ontoggle], [onbegin], [onstart], [onpageshow], [onfocusin]').length);
    expect(injected).toBe(0);
    expect(await session.worker.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await popup.close();
  });

  it('gives a web page no way to reach the extension', async () => {
    expect(await chart.evaluate(() => typeof (globalThis as any).chrome?.runtime?.sendMessage)).toBe('undefined');
    await chart.evaluate((id) => window.postMessage({ type: 'search', query: 'x', extensionId: id }, '*'), session.id);
  });

  it('keeps answering after 1,000 bad messages', async () => {
    const outcome = await panel.evaluate(async () => {
      const random = (n: number) => Math.floor(Math.random() * n);
      const junk = () => [undefined, null, 0, -1, 1e308, NaN, 'x'.repeat(100_000), [], {}, true, { type: 'search' }][random(11)];
      const generators: (() => unknown)[] = [
        () => junk(), // not an object
        () => ({ type: ['nope', 'SEARCH', 'eval', '__proto__', 'constructor', ''][random(6)], query: 'x' }), // unknown types
        () => ({ type: 'search', query: junk() }), // wrong types
        () => ({ type: 'search', query: 'q'.repeat(501 + random(2_000_000)) }), // oversized
        () => ({ type: 'suggestTab', tabId: [-1, 1.5, '3', null][random(4)], setting: 'outpatient' }),
        () => ({ type: 'detail', code: ['', 'E11.9; DROP', '<script>', 'x'.repeat(17)][random(4)] }),
        () => ({ type: 'checkClaim', codes: Array.from({ length: 201 }, () => ({ set: 'icd10cm', code: 'I10' })) }),
        () => ({ type: 'checkClaim', codes: [{ set: 'cpt', code: 'I10' }] }),
        () => ({ type: 'search', query: 'x', limit: [0, 101, 1e9, '5'][random(4)], set: ['ICD10CM', 7][random(2)] }),
        () => ({ type: 'search', query: 'x', dateOfService: ['2026-13-45x', '12/01/2026', 20261201][random(3)] }),
        () => JSON.parse('{"__proto__":{"type":"info","polluted":1}}'), // a type only on a would-be prototype
      ];
      let answered = 0;
      let rejected = 0;
      let noAnswer = 0;
      for (let i = 0; i < 1000; i++) {
        const message = generators[i % generators.length]!();
        try {
          const reply = await chrome.runtime.sendMessage(message);
          if (reply === undefined) noAnswer++;
          else answered++;
        } catch {
          rejected++;
        }
      }
      const info = await chrome.runtime.sendMessage({ type: 'info' });
      return { answered, rejected, noAnswer, good: info.sets.length, polluted: ({} as any).polluted };
    });
    console.log(`bad messages: 1,000 sent (malformed, oversized up to 2 MB, wrong types, unknown types); ${outcome.noAnswer} unanswered, ${outcome.rejected} rejected, ${outcome.answered} answered; then a good 'info' was answered with ${outcome.good} code sets`);
    expect(outcome.good).toBeGreaterThan(0);
    expect(outcome.polluted).toBeUndefined();
    expect(outcome.answered).toBe(0);
  });

  it('stores codes and keys after a round of use, never chart text', async () => {
    await panel.locator('#tab-suggestions').click().catch(() => undefined);
    await panel.locator('.card button', { hasText: 'Accept' }).first().click();
    await panel.locator('#tab-claim').click();
    await expect.poll(() => panel.locator('.claim-row').count()).toBe(1);
    const stored = await panel.evaluate(async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }));
    const text = JSON.stringify(stored);
    console.log(`stored after use: local keys ${Object.keys(stored.local).join(', ')}; session keys ${Object.keys(stored.session).join(', ')}; ${text.length} characters in all`);
    for (const words of ['Essential hypertension', 'hyperglycemia', 'onerror', '__pwned', 'Hostile chart', 'xss.html', '127.0.0.1']) expect(text).not.toContain(words);
    const encounter = Object.entries(stored.local).find(([k]) => k.startsWith('encounter:'))!;
    expect(Object.keys(encounter[1] as object).sort()).toEqual(['codes', 'updated', 'version']);
  });
});
