import type { CodeTableView } from '../search/code-table-view';

/**
 * Operations that one word names on several body parts: each body part taken out is a code of its own, the same root
 * operation repeated at distinct body part values (ICD-10-PCS guideline B3.2a). The word's first body part is its
 * entry in SURGERY_DEFAULTS; these are the others. A radical cystoprostatectomy takes out the bladder, the prostate
 * and the seminal vesicles; a nephroureterectomy the kidney and its ureter (the right one, as the kidney's default,
 * until the note names the side).
 */
const ALSO_RESECTED: [RegExp, string[]][] = [
  [/\bcystoprostatectom/i, ['0VT00ZZ', '0VT30ZZ']],
  [/\bnephroureterectom/i, ['0TT60ZZ']],
];

/** The codes of the other body parts a mention's words take out with the one it found, if any. */
export function alsoResected(view: CodeTableView, said: string): number[] {
  return ALSO_RESECTED.filter(([words]) => words.test(said)).flatMap(([, codes]) => codes.map((c) => view.indexOf(c)!));
}
