import { type IndexTerms, tableCells, termPath } from '../codeset/index-terms';
import type { RawCode } from '../types';

/** Each column of the Table of Neoplasms, as a chart or a title words it. */
const COLUMN_WORDS: Record<string, string> = {
  'Malignant Primary': 'malignant neoplasm',
  'Malignant Secondary': 'secondary malignant neoplasm',
  'Ca in situ': 'carcinoma in situ',
  Benign: 'benign neoplasm',
  'Uncertain Behavior': 'neoplasm of uncertain behavior',
  'Unspecified Behavior': 'neoplasm',
};
const MAX_VARIANTS = 6;

/**
 * Phrases from the Table of Neoplasms: each site row and column as words ('malignant neoplasm pancreas head',
 * 'neoplasm bile duct' for unspecified behavior). A row titled with alternatives ('bile or biliary',
 * 'abdomen, abdominal') gives one phrase per alternative, since a chart writes one of them.
 */
export function* neoplasmPhrases(table: IndexTerms): Generator<[RawCode, string]> {
  for (let t = 0; t < table.columns.title.length; t++) {
    const cells = tableCells(table, t);
    const site = [...termPath(table, t).slice(1), ...essentialModifier(table.columns.nemod[t])];
    if (cells.length === 0 || site.length === 0) continue;
    for (const variant of siteVariants(site)) {
      for (const { heading, code } of cells) {
        const words = Object.hasOwn(COLUMN_WORDS, heading) ? COLUMN_WORDS[heading] : undefined;
        if (words) yield [code, `${words} ${variant}`];
      }
    }
  }
}

function siteVariants(site: string[]): string[] {
  let variants = [''];
  for (const segment of site) {
    const options = segment.replace(/\([^)]*\)/g, ' ').split(/,\s*|\s+or\s+/).map((o) => o.trim()).filter(Boolean);
    variants = variants.flatMap((v) => options.map((o) => `${v} ${o}`.trim())).slice(0, MAX_VARIANTS);
  }
  return variants;
}

/**
 * The words a row's modifier holds outside its parentheses are part of the site: 'cystic (bile) duct (common)' is the
 * cystic duct (C24.0), not whatever a chart calls cystic ('multilocular cystic' renal carcinoma).
 */
function essentialModifier(nemod: string | undefined): string[] {
  const words = (nemod ?? '').replace(/\([^)]*\)/g, ' ').trim();
  return words && words.split(/\s+/).length <= 3 ? [words] : [];
}
