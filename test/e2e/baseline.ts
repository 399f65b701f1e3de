/**
 * The baseline the speed figures stand beside: the same step (load an index, then suggest for the chart) done in
 * the same Chromium with a plain MiniSearch index over the ICD-10-CM titles (bench/plain-minisearch.mjs, whose index
 * `npm run bench` writes to .cache/bench). Runs in a page of the fixture server, so it fetches nothing from outside.
 */
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';

export const MINISEARCH_INDEX = '.cache/bench/minisearch-icd10cm.json';
export const MINISEARCH_URL = '/__bench/minisearch-icd10cm.json';

export interface BaselineTimes { loadMs: number; suggestMs: number; searchMs: number; codes: number }

export async function measurePlainMiniSearch(page: Page, chartText: string): Promise<BaselineTimes | undefined> {
  if (!existsSync(MINISEARCH_INDEX) || !existsSync('bench/plain-minisearch.mjs')) return undefined;
  const bundle = await esbuild.build({ entryPoints: ['bench/plain-minisearch.mjs'], bundle: true, format: 'iife', globalName: 'PlainMiniSearch', write: false });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return page.evaluate(async ({ url, text }) => {
    const plain = (globalThis as any).PlainMiniSearch;
    const started = performance.now();
    const index = plain.loadIndex(await (await fetch(url)).text());
    const loaded = performance.now();
    const codes = plain.sentenceBaseline(index, text);
    const suggested = performance.now();
    index.search('type 2 diabetes mellitus with hyperglycemia');
    return { loadMs: loaded - started, suggestMs: suggested - loaded, searchMs: performance.now() - suggested, codes: codes.length };
  }, { url: MINISEARCH_URL, text: chartText });
}
