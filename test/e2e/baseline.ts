/**
 * The baseline the speed figures stand beside: the same step (load an index, then suggest for the chart) done in
 * the same Chromium with a plain MiniSearch index over the ICD-10-CM titles (bench/plain-minisearch.mjs, whose index
 * `npm run bench` writes to .cache/bench). Runs in a page of the fixture server, so it fetches nothing from outside.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
// @ts-expect-error: a plain ES module of the bench, without types
import { buildIndex } from '../../bench/plain-minisearch.mjs';
import { loadCatalog, loadCodeTable, summarizeCatalog } from '../../src/core/codeset/loader';

export const MINISEARCH_INDEX = '.cache/bench/minisearch-icd10cm.json';
export const MINISEARCH_URL = '/__bench/minisearch-icd10cm.json';

export interface BaselineTimes { loadMs: number; suggestMs: number; searchMs: number; codes: number }

/**
 * Writes the plain index over the newest ICD-10-CM titles in dist/data when `npm run bench` has not (a clean CI
 * checkout), so that the browser figure is always printed beside its baseline.
 */
async function ensurePlainIndex(): Promise<void> {
  if (existsSync(MINISEARCH_INDEX)) return;
  const read = async (name: string) => readFileSync(`dist/data/${name}`); // bytes: code tables are binary
  const catalog = await loadCatalog(read);
  const cm = summarizeCatalog(catalog).find((s) => s.set === 'icd10cm');
  if (!cm) throw new Error('baseline: no ICD-10-CM set in dist/data');
  const table = await loadCodeTable(read, catalog, 'icd10cm', cm.year);
  mkdirSync(dirname(MINISEARCH_INDEX), { recursive: true });
  writeFileSync(MINISEARCH_INDEX, buildIndex(table) as string);
}

export async function measurePlainMiniSearch(page: Page, chartText: string): Promise<BaselineTimes | undefined> {
  await ensurePlainIndex();
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
