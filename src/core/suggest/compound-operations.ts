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
  // A total (or radical, or vaginal) hysterectomy takes the cervix with the uterus: Resection of Uterus and Resection of
  // Cervix, two body parts (Coding Clinic 3Q 2015); a supracervical (subtotal) one leaves the cervix.
  [/\b(?:total|radical|vaginal)\s+(?:(?:laparoscopic|abdominal|vaginal|robotic|robotic-assisted|assisted|lap)\s+)*hysterectom|\b(?:TLH|TAH|TVH|LAVH|RALH)\b/i, ['0UTC0ZZ']],
];
/** Words that leave the cervix: 'supracervical', 'subtotal'. */
const CERVIX_LEFT = /\b(?:supracervical|subtotal)\b/i;

/**
 * The codes of the other body parts a mention's words take out with the one it found, if any. `before`: the words
 * just before the mention ('Total laparoscopic' before 'hysterectomy').
 */
export function alsoResected(view: CodeTableView, said: string, before = ''): number[] {
  const words = `${before.split(/[.;:\n]/).pop()}${said}`;
  return ALSO_RESECTED.filter(([pattern, codes]) => pattern.test(words) && !(codes.includes('0UTC0ZZ') && CERVIX_LEFT.test(words)))
    .flatMap(([, codes]) => codes.map((c) => view.indexOf(c)!));
}
