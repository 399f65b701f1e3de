/**
 * The Firefox build in Debian's Firefox: the add-on installs, its background script answers, the panel page reads a
 * fixture chart through the content script and shows suggestions, and a code reaches the controlled billing field.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from './browser';
import { FIREFOX, hasFirefox, launchFirefox, type Firefox } from './firefox-bidi';

if (!hasFirefox) console.error(`\nFirefox not found at ${FIREFOX}: the Firefox e2e tests did NOT run (set FIREFOX_PATH).\n`);

async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (accept(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasFirefox)('ChartCode in Firefox', () => {
  let firefox: Firefox;
  let fixtures: { server: Server; origin: string; requests: string[] };
  let page: string;
  let panel: string;

  beforeAll(async () => {
    fixtures = await serveFixtures();
    firefox = await launchFirefox();
    page = (await firefox.send('browsingContext.getTree', {})).contexts[0].context;
    await firefox.send('browsingContext.navigate', { context: page, url: `${fixtures.origin}/index.html`, wait: 'complete' });
  });

  afterAll(async () => {
    await firefox?.close();
    fixtures?.server.close();
  });

  it('shows suggestions for a chart read through the content script', async () => {
    const probe = await firefox.openExtensionPage('popup.html');
    const tabId = await poll(() => firefox.evaluate<number>(probe, `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url?.startsWith('${fixtures.origin}/')).id)`), (id) => typeof id === 'number');
    await firefox.send('browsingContext.close', { context: probe });
    const started = Date.now();
    panel = await firefox.openExtensionPage(`panel.html?tab=${tabId}`);
    const status = await poll(() => firefox.evaluate<string | null>(panel, `document.querySelector('.chart-status, .error')?.textContent ?? null`), (s) => !!s);
    console.log(`Firefox: first suggestion list ${Date.now() - started} ms after opening the panel; ${status}`);
    expect(status).toMatch(/^Chart: /);
    await poll(() => firefox.evaluate<number>(panel, `document.querySelectorAll('.card[data-code="E1165"]').length`), (n) => n === 1);
  });

  it('highlights evidence and inserts a code into the controlled field', async () => {
    const words = await firefox.evaluate<string>(panel, `document.querySelector('.card[data-code="E1165"] button.snippet mark').textContent`);
    await firefox.evaluate(panel, `document.querySelector('.card[data-code="E1165"] button.snippet').click()`);
    const highlighted = await poll(
      () => firefox.evaluate<string>(page, `[...(CSS.highlights.get('chartcode-evidence') ?? [])].map(String).join('|')`), (s) => !!s);
    expect(highlighted).toBe(words);
    await firefox.evaluate(page, `document.getElementById('billing-codes').focus()`);
    await firefox.evaluate(panel, `[...document.querySelectorAll('.card[data-code="E1165"] button')].find((b) => b.textContent === 'Insert').click()`);
    expect(await poll(() => firefox.evaluate<string>(page, 'window.appState.diagnosisCodes'), (v) => v === 'E11.65')).toBe('E11.65');
  });
});
