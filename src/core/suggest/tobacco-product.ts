import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * The product of a nicotine dependence, as the chart names it beside the smoker (Index: 'Dependence, drug, nicotine,
 * cigarettes F17.21-; chewing tobacco F17.22-; specified product NEC F17.29-'), the 5th character of F17.2-: a pack
 * and a pack-year count cigarettes; an electronic cigarette, a cigar or a pipe is another product (read before the
 * plain 'cigarettes' an e-cigarette also says).
 */
const PRODUCTS: readonly [RegExp, string][] = [
  [/\b(?:e-?cigarettes?|electronic cigarettes?|vap(?:e|es|ing)|cigars?|cigarillos?|pipes?)\b/i, '9'],
  [/\bchewing tobacco\b|\bsnuff\b|\bsmokeless tobacco\b/i, '2'],
  [/\bcigarettes?\b|\bcigs?\b|\bpacks?(?:[- ]?years?|\s*(?:\/|a|per)\s*(?:day|d)\b)|\bppd\b/i, '1'],
];
/** The words after the smoker, to the clause's end ('smoker since he was 12 years old (20 cigarettes a day)'). */
const AFTER = /^[^.;\n]{0,80}/;
/** Or before it ('a 20-cigarette-a-day smoker', 'cigarette smoking'). */
const BEFORE = /[^.;\n]{0,40}$/;

/**
 * 'Smoker since he was 12 years old (20 cigarettes a day)': a nicotine dependence of no product (F17.20-), read from
 * 'smoker', is of the product the clause names, F17.210 here; its status (uncomplicated, in remission, withdrawal)
 * is kept. The product's words too far from 'smoker' for the phrase to take them are read here.
 */
export function withTobaccoProduct(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  if (!f.code.startsWith('F1720')) return undefined;
  const near = f.evidence.map((e) => `${BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[0] ?? ''} ${AFTER.exec(text.slice(e.end))?.[0] ?? ''}`).join(' ');
  const product = PRODUCTS.find(([words]) => words.test(near));
  if (!product) return undefined;
  const code = `F172${product[1]}${f.code.slice(5)}`;
  return view.indexOf(code) === undefined ? undefined : { code, note: 'the tobacco product named beside it' };
}
