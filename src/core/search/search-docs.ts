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
      if (source === 'i' && table.billable[codeIndex] === 0) docs.push(...inherited(table, codeIndex, text));
    }
  }
  return docs;
}

/** A header's inclusion term reaches few enough codes below it to be spelled out for each. */
const MAX_INHERITING = 40;

/**
 * An inclusion term of a header, carried to each billable code below it with the words that set the code apart
 * ('Lymphosarcoma' under C83.5 gives C83.52 'Lymphosarcoma intrathoracic lymph nodes'), so that a query naming
 * both the synonym and the site finds the code.
 */
function inherited(table: CodeTable, header: number, text: string): SearchDoc[] {
  const code = table.codes[header]!;
  const below: number[] = [];
  for (let k = header + 1; k < table.codes.length && table.codes[k]!.startsWith(code); k++) {
    if (table.billable[k] === 1) below.push(k);
    if (below.length > MAX_INHERITING) return [];
  }
  const headerWords = new Set(table.titles[header]!.toLowerCase().split(/[^a-z0-9]+/));
  return below.map((k) => {
    // The title's own words keep their commas: a clause the concepts drop ends at one ('without macular edema, right
    // eye'), so the eye of E11.3291 is still a word the chart must say, and 'NPDR' alone is the header's default code.
    const own = table.titles[k]!.split(/\s+/).flatMap((token) => [
      ...token.split(/[^A-Za-z0-9]+/).filter((w) => w && !headerWords.has(w.toLowerCase())),
      ...(token.endsWith(',') ? [','] : []),
    ]);
    const words = own.join(' ').replace(/(?:\s*,)+/g, ',').replace(/^,\s*|,$/g, '');
    return { codeIndex: k, source: 'i' as const, text: `${text} ${words}` };
  });
}
