import type { CodeTable, RawCode } from '../types';
import type { DocSource } from './index-format';
import type { SearchDoc } from './index-build';

/** Phrases from outside the code table: [raw code, phrase] with where they come from. */
export interface ExtraPhrases {
  source: DocSource;
  phrases: Iterable<[RawCode, string]>;
}

/**
 * Every searchable phrase of a code table: each title, each short title that says something the title does not,
 * then the extra phrases (inclusion terms, index paths, curated synonyms) of codes the table has. A phrase for a
 * code the table lacks (a Tabular List of another year) is left out rather than attached to a wrong code.
 */
export function collectSearchDocs(table: CodeTable, extras: ExtraPhrases[]): SearchDoc[] {
  const position = new Map<RawCode, number>();
  table.codes.forEach((code, i) => position.set(code, i));
  const docs: SearchDoc[] = table.titles.map((text, codeIndex) => ({ codeIndex, source: 't', text }));
  table.shortTitles.forEach((text, codeIndex) => {
    if (text && text.toLowerCase() !== table.titles[codeIndex]!.toLowerCase()) docs.push({ codeIndex, source: 's', text });
  });
  const seen = new Set<string>();
  for (const { source, phrases } of extras) {
    for (const [code, text] of phrases) {
      const codeIndex = position.get(code);
      const key = `${code} ${text.toLowerCase()}`;
      if (codeIndex === undefined || !text.trim() || seen.has(key)) continue;
      seen.add(key);
      docs.push({ codeIndex, source, text });
    }
  }
  return docs;
}
