import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Finding } from './assemble';

/** A rule that merges findings into the combination code the classification provides. */
interface CombinationRule {
  /** Finds the codes the rule joins; undefined when it does not apply. */
  match(codes: RawCode[]): { replace: RawCode[]; by: RawCode; keep: RawCode[] } | undefined;
  why: string;
}

const isCkd = (c: RawCode) => /^N18/.test(c);
const isEndStageCkd = (c: RawCode) => c === 'N185' || c === 'N186';
const isHeartFailure = (c: RawCode) => /^I50/.test(c);
const isPlainHypertension = (c: RawCode) => c === 'I10';

const RULES: CombinationRule[] = [
  {
    why: 'hypertension with heart failure and CKD are presumed linked (Guidelines I.C.9.a.3)',
    match(codes) {
      const ckd = codes.find(isCkd);
      const hf = codes.find(isHeartFailure);
      if (!codes.includes('I10') || !ckd || !hf) return undefined;
      return { replace: ['I10'], by: isEndStageCkd(ckd) ? 'I132' : 'I130', keep: [hf, ckd] };
    },
  },
  {
    why: 'hypertension with CKD is presumed linked (Guidelines I.C.9.a.2); N18 gives the stage',
    match(codes) {
      const ckd = codes.find(isCkd);
      if (!codes.some(isPlainHypertension) || !ckd) return undefined;
      return { replace: ['I10'], by: isEndStageCkd(ckd) ? 'I120' : 'I129', keep: [ckd] };
    },
  },
  {
    why: 'hypertension with heart failure is presumed linked (Guidelines I.C.9.a.1); I50 gives the type',
    match(codes) {
      const hf = codes.find(isHeartFailure);
      if (!codes.some(isPlainHypertension) || !hf) return undefined;
      return { replace: ['I10'], by: 'I110', keep: [hf] };
    },
  },
  {
    why: 'diabetes with CKD: the classification presumes the link ("with", Guidelines I.A.15); N18 gives the stage',
    match(codes) {
      const ckd = codes.find(isCkd);
      const dm = codes.find((c) => /^E(1[013])9$/.test(c));
      if (!ckd || !dm) return undefined;
      return { replace: [dm], by: `${dm.slice(0, 3)}22`, keep: [ckd] };
    },
  },
];

/**
 * Applies the combination rules, then drops a "without complications" diabetes code beside a code of the same
 * category that names a complication (the two cannot both be true).
 */
export function combineFindings(view: CodeTableView, findings: Finding[]): Finding[] {
  let current = [...findings];
  for (const rule of RULES) {
    const affirmed = current.filter((f) => f.context !== 'uncertain').map((f) => f.code);
    const applied = rule.match(affirmed);
    if (!applied || view.indexOf(applied.by) === undefined) continue;
    const replaced = current.filter((f) => applied.replace.includes(f.code));
    const merged: Finding = {
      code: applied.by,
      evidence: [...replaced, ...current.filter((f) => applied.keep.includes(f.code))].flatMap((f) => f.evidence),
      score: Math.max(...replaced.map((f) => f.score)) + 1,
      context: 'affirmed',
      notes: [`combination code: ${rule.why}`],
    };
    current = [...current.filter((f) => !applied.replace.includes(f.code)), merged];
  }
  return current.filter(
    (f) => !(/^E(0[89]|1[013])9$/.test(f.code) && current.some((o) => o !== f && o.code.startsWith(f.code.slice(0, 3)))),
  );
}
