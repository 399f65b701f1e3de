/**
 * A licensed code set imported from the options page, in a real Chromium: a malformed file is refused with its bad
 * rows listed, a 20,000-row generated file (fake codes, never CPT content) is stored in chunks and becomes
 * searchable in the popup (also after the worker restarts), and removing it takes it out of search. Needs `npm run build` first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, stopWorkers } from './browser';
import { startSession, type Session } from './session';

declare const chrome: any; // inside extension pages

/** A made-up word: `stem` plus consonant-vowel-consonant letters numbered `k` (zebbab, zebbad, ...). */
function fakeWord(stem: string, k: number): string {
  const c = 'bdgkmpt';
  return stem + c[k % 7] + 'aiou'[Math.floor(k / 7) % 4] + c[Math.floor(k / 28) % 7];
}

/** Generated fake codes 90000.. with titles of three made-up words, so that words are as spread as in a real set. */
function fakeTitle(i: number): string {
  return `${fakeWord('zeb', i % 53)} ${fakeWord('quo', i % 59)} of the ${fakeWord('lim', i % 61)} gland`;
}

function fakeCodes(rows: number): string {
  const lines = ['code\tdescriptor\tshort descriptor'];
  for (let i = 0; i < rows; i++) lines.push(`${90000 + i}\t${fakeTitle(i)}\tFAKE ${i}`);
  return lines.join('\r\n');
}

describe.skipIf(!hasChromium)('licensed code set import', () => {
  let session: Session;
  let options: Page;

  beforeAll(async () => {
    session = await startSession();
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.id}/options.html`);
  });
  afterAll(() => session?.close());

  const searchUser = (query: string) => options.evaluate((q) => chrome.runtime.sendMessage({ type: 'search', query: q, set: 'user', limit: 5 }), query);

  it('lists the bad rows of a malformed file and imports nothing until asked to skip them', async () => {
    const file = 'code,descriptor\n90000,Fine row\n9,Short code\n90000,"Duplicate, quoted"\n90003,\n';
    await options.locator('.user-codes-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await expect.poll(() => options.locator('.import-problems li').allTextContents()).toEqual([
      'Line 3: code must be 4 to 7 letters or digits',
      'Line 4: duplicate code 90000 (first on line 2)',
      'Line 5: descriptor is empty',
    ]);
    expect(await options.locator('button', { hasText: /^Import \d+ codes$/ }).count()).toBe(0);
    expect(await options.evaluate(() => chrome.storage.local.get('userCodes'))).toEqual({});
    await options.locator('button', { hasText: 'Import the 1 good rows, skipping 3 bad ones' }).click();
    await options.locator('.user-codes-status', { hasText: 'Imported 1 codes from bad.csv' }).waitFor();
  });

  it('imports 20,000 rows, stores them in chunks without unlimitedStorage, and search finds them', async () => {
    const started = Date.now();
    await options.locator('.user-codes-file').setInputFiles({ name: 'fake-cpt.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(fakeCodes(20_000)) });
    await options.locator('button', { hasText: 'Import 20000 codes' }).click();
    await options.locator('.user-codes-status', { hasText: 'Imported 20000 codes from fake-cpt.tsv' }).waitFor();
    const stored = await options.evaluate(() => chrome.storage.local.get(null));
    const chunkKeys = Object.keys(stored).filter((k) => k.startsWith('userCodes:'));
    const bytes = await options.evaluate(() => chrome.storage.local.getBytesInUse(null));
    console.log(`import: 20,000 rows parsed, checked and stored in ${Date.now() - started} ms, ${chunkKeys.length} chunks, ${(bytes / 1e6).toFixed(1)} MB in storage.local`);
    expect(stored.userCodes).toMatchObject({ version: 1, fileName: 'fake-cpt.tsv', count: 20_000, chunks: 10 });
    expect(chunkKeys).toHaveLength(10); // the earlier 1-code import's chunk is gone
    expect(await options.evaluate(() => chrome.runtime.getManifest().permissions)).not.toContain('unlimitedStorage');
    await expect.poll(async () => (await searchUser(fakeTitle(1234))).hits.map((h: { code: string }) => h.code)).toContain('91234');
    expect((await searchUser('91234')).hits[0]).toMatchObject({ set: 'user', code: '91234', title: fakeTitle(1234) });
    await stopWorkers(session.context, options); // a fresh worker loads the engine and the stored import with it
    expect((await searchUser('91234')).hits[0]).toMatchObject({ set: 'user', code: '91234' });
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.id}/popup.html`);
    await popup.locator('.search-box').fill(fakeTitle(4321)); // no set filter: beside the public sets
    await popup.locator('.results li[data-code="94321"]').waitFor();
    await popup.locator('.search-box').fill('94321');
    await popup.locator('.results li[data-code="94321"]').waitFor();
    await popup.close();
  });

  it('takes a removed import out of search', async () => {
    await options.locator('.user-codes-stored button', { hasText: 'Remove' }).click();
    await options.locator('.user-codes-stored', { hasText: 'No code set imported.' }).waitFor();
    await expect.poll(async () => (await searchUser(fakeTitle(1234))).hits.length).toBe(0);
    expect(Object.keys(await options.evaluate(() => chrome.storage.local.get(null))).filter((k) => k.startsWith('userCodes'))).toEqual([]);
  });
});
