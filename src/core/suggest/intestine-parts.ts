import type { CodeTableView } from '../search/code-table-view';

/**
 * The segments of the intestine that ICD-10-PCS gives body part values of their own (Gastrointestinal System, 0D):
 * the words that name each one, and its 4th character.
 */
const SEGMENTS: [RegExp, string][] = [
  [/\bduoden/i, '9'], [/\bjejun/i, 'A'], [/\bile(?:um|al)\b/i, 'B'], [/\bc(?:a)?ec(?:um|al)\b/i, 'H'],
  [/\bascending colon\b/i, 'K'], [/\btransverse colon\b/i, 'L'], [/\bdescending colon\b/i, 'M'], [/\bsigmoid\b/i, 'N'],
];

/** The general values the segments refine: Small Intestine (8) and Large Intestine (E). */
const GENERAL: Record<string, RegExp> = { '8': /^[9AB]$/, E: /^[HKLMN]$/ };

/**
 * A Medical and Surgical code of the whole small or large intestine whose words name one segment of it ('resection of two
 * segments of the jejunum') takes that segment's body part: a specific body part is coded rather than a less specific
 * one that contains it (ICD-10-PCS guideline B3.8). Words naming more than one segment, or none, leave the code as found.
 */
export function withIntestineSegment(view: CodeTableView, i: number, said: string): number {
  const code = view.table.codes[i]!;
  const general = GENERAL[code[3]!];
  if (code[0] !== '0' || code[1] !== 'D' || !general) return i;
  const named = SEGMENTS.filter(([words]) => words.test(said)).map(([, part]) => part);
  if (named.length !== 1 || !general.test(named[0]!)) return i;
  return view.indexOf(`${code.slice(0, 3)}${named[0]}${code.slice(4)}`) ?? i;
}

/**
 * Whether a code of the whole small or large intestine stands beside the same operation, approach and qualifier on
 * one of its segments ('colonoscopy with polypectomy' 0DBE8ZZ beside the 'transverse colon polyp' removed, 0DBL8ZZ):
 * the segment's code is the body part operated on (guideline B3.8), and the whole intestine's adds nothing.
 */
export function segmentCodedBeside(code: string, codes: readonly string[]): boolean {
  const general = GENERAL[code[3]!];
  if (code[0] !== '0' || code[1] !== 'D' || !general) return false;
  return codes.some((o) => o.slice(0, 3) === code.slice(0, 3) && general.test(o[3]!) && o.slice(4) === code.slice(4));
}
