import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { nearest, type Detail } from './fracture-episode';

/**
 * The 7th character of the maternal care codes that identify the fetus (O31, O32, O33.3-O33.7, O35, O36, O40, O41,
 * O60.1-O60.2, O64, O69): Guidelines I.C.15.a.1 '7th character 0 is for single gestations and multiple gestations
 * where the fetus is unspecified. 7th characters 1 through 9 are for cases of multiple gestations to identify the
 * fetus for which the complication code applies'. Charts name the fetus as the Tabular does ('fetus 2'), by letter
 * ('twin B', 'triplet A') or by order ('the second twin'); with no fetus named the character is 0.
 */

const ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4', '5th': '5' };
const LETTERS: Record<string, string> = { a: '1', b: '2', c: '3', d: '4', e: '5' };
/** 'fetus 2', 'fetus no. 2', 'fetus #2', 'twin B', 'triplet 3', 'the second twin', 'other fetus'. */
const FETUS =
  /\b(?:fetus|foetus|twin|triplet|quadruplet)\s*(?:no\.?|number|#)?\s*([1-5]|[a-e])\b(?![-'’]|[.,]\d)|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:twin|fetus|foetus|triplet|quadruplet)\b|\b(other) fetus\b/gi;

/** The fetus named in the words: the character 1-5, or 9 for 'other fetus'. */
function fetusOf(m: RegExpMatchArray): string {
  if (m[3]) return '9';
  if (m[2]) return ORDINALS[m[2].toLowerCase()]!;
  const said = m[1]!.toLowerCase();
  return LETTERS[said] ?? said;
}

/** A title's fetus character: '..., fetus 2', '..., other fetus', '..., not applicable or unspecified'. */
const FETUS_TITLE = /, (?:fetus [1-5]|other fetus|not applicable or unspecified)$/i;

/** The clause of a finding: from the last stop or line break before its evidence to the next one after it. */
function sentenceSpan(text: string, start: number, end: number): [number, number] {
  const from = Math.max(text.lastIndexOf('. ', start - 1), text.lastIndexOf('\n', start - 1), text.lastIndexOf('; ', start - 1)) + 1;
  const stop = /\.(?:\s|$)|\n|; /.exec(text.slice(end));
  return [from, stop ? end + stop.index : text.length];
}

/**
 * The code with the 7th character of the fetus the finding's sentence names (the nearest, where it names two), or 0
 * where it names none. Only codes whose title spells the fetus character, and only to a sibling that exists.
 */
export function withFetus(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  if (f.code[0] !== 'O' || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  if (i === undefined || !FETUS_TITLE.test(view.table.titles[i]!)) return undefined;
  const named: Detail<string>[] = [];
  for (const e of f.evidence) {
    const [from, to] = sentenceSpan(text, e.start, e.end);
    for (const m of text.slice(from, to).matchAll(FETUS)) named.push({ value: fetusOf(m), start: from + m.index!, end: from + m.index! + m[0].length });
  }
  const fetus = nearest(named, f.evidence) ?? '0';
  const code = f.code.slice(0, 6) + fetus;
  if (code === f.code || view.indexOf(code) === undefined) return undefined;
  return { code, note: fetus === '0' ? 'no fetus identified: 7th character 0 (Guidelines I.C.15.a.1)' : `fetus ${fetus === '9' ? 'other' : fetus} identified (Guidelines I.C.15.a.1)` };
}
