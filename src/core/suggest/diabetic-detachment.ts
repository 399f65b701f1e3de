import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * Proliferative diabetic retinopathy with a traction retinal detachment is one code by whether the detachment involves
 * the macula (Index: 'Diabetes, with, retinopathy, proliferative, with traction retinal detachment involving the
 * macula E11.352-, not involving the macula E11.353-, with combined traction and rhegmatogenous retinal detachment
 * E11.354-'), the eye kept as the seventh character. The classification has no code for a traction detachment whose
 * macula is not documented: it is left to the coder (a query), the retinopathy coded as read.
 */
const TRACTION = /\btract(?:ion|ional)\b[^.;]{0,40}\bdetachment|\bdetachment[^.;]{0,30}\btract(?:ion|ional)\b/i;
const COMBINED = /\brhegmatogenous\b/i;
const SPARED = /\bnot involving the macula\b|\bmacula(?:r)?[- ](?:on|spar\w*|not involved)\b|\bspar\w* (?:of )?the macula\b/i;
const INVOLVED = /\binvolv\w* the macula\b|\bmacula(?:r)?[- ](?:off|involv\w*)\b|\bmacular involvement\b/i;

export function withTractionDetachment(view: CodeTableView, f: Finding, text: string) {
  if (!/^E(?:0[89]|1[013])35[0-9]/.test(f.code)) return undefined;
  for (const e of f.evidence) {
    const near = text.slice(e.end, e.end + 150).split(/\.(?:\s|$)/)[0]!;
    const traction = TRACTION.exec(near);
    const kind = !traction ? undefined : COMBINED.test(near) ? '4' : SPARED.test(near) ? '3' : INVOLVED.test(near) ? '2' : undefined;
    if (!traction || !kind) continue;
    const code = `${f.code.slice(0, 5)}${kind}${f.code[6] ?? '9'}`;
    if (view.indexOf(code) === undefined) return undefined;
    // The detachment's words join the evidence, so that its own reading (H33.4-) yields to this code (combine.ts).
    const start = e.end + traction.index;
    return { code, evidence: [{ ...e, start, end: start + traction[0].length }], note: 'proliferative diabetic retinopathy with a traction retinal detachment, as documented' };
  }
  return undefined;
}
