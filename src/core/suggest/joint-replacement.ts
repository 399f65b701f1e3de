import type { CodeTableView } from '../search/code-table-view';

/**
 * Hip joint replacements as operative notes name them. A hemiarthroplasty replaces the femoral head only, the
 * acetabulum left as it is: Replacement of Hip Joint, Femoral Surface (0SRR, 0SRS), where a total one replaces both
 * surfaces (0SR9, 0SRB). The right side's code; the side the note names changes it (procedure-sides.ts).
 */
export const JOINT_REPLACEMENTS: readonly [phrase: string, code: string][] = [
  ['hip hemiarthroplasty', '0SRR0JZ'], ['hemiarthroplasty of the hip', '0SRR0JZ'], ['bipolar hemiarthroplasty', '0SRR0JZ'],
  ['partial hip arthroplasty', '0SRR0JZ'], ['partial hip replacement', '0SRR0JZ'],
];

/** Cement fixing the prosthesis, or none: 'cemented bipolar prosthesis'; 'uncemented', 'cementless', 'press-fit'. */
const UNCEMENTED = /\b(?:uncemented|non-?cemented|cementless|press[- ]fit)\b/i;
const CEMENTED = /\b(?:cemented|cement(?:ed)? (?:femoral )?(?:stem|component)s?)\b/i;

/**
 * The qualifier of a hip or knee replacement with a synthetic substitute (0SR, device J) from the words of the
 * operation's own clause: Cemented (9) or Uncemented (A) where the note says which, else No Qualifier (Z). Only where
 * the table has the code.
 */
export function withFixation(view: CodeTableView, i: number, clause: string): number {
  const code = view.table.codes[i]!;
  if (!code.startsWith('0SR') || code[5] !== 'J' || code[6] !== 'Z') return i;
  const qualifier = UNCEMENTED.test(clause) ? 'A' : CEMENTED.test(clause) ? '9' : undefined;
  return qualifier ? (view.indexOf(code.slice(0, 6) + qualifier) ?? i) : i;
}
