// The baselines the issues quote: plain MiniSearch with default options over the FY2026 ICD-10-CM titles.
import MiniSearch from 'minisearch';

/** Titles searched, codes stored; everything else MiniSearch's defaults. */
export const options = { fields: ['title'], storeFields: ['code'] };

/** The serialized index (JSON text) over every code of a code table. */
export function buildIndex(table) {
  const index = new MiniSearch(options);
  index.addAll(table.codes.map((code, id) => ({ id, code, title: table.titles[id] })));
  return JSON.stringify(index);
}

export const loadIndex = (json) => MiniSearch.loadJSON(json, options);

/** Issue 4's search-only baseline: each sentence (split on . ! ? newline) searched, the top three of each merged. */
export function sentenceBaseline(index, text) {
  const codes = new Set();
  for (const sentence of text.split(/[.!?\n]/)) {
    if (sentence.trim()) for (const hit of index.search(sentence).slice(0, 3)) codes.add(hit.code);
  }
  return [...codes];
}
