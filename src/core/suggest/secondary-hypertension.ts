import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * The cause a hypertension is written with, as the Index names it ('Hypertension, secondary NEC I15.9, due to:
 * renovascular disorders I15.0, endocrine disorders I15.2'; 'Hypertension, renovascular I15.0'): 'hypertension
 * secondary to renal artery stenosis' or 'HTN 2/2 RAS' is renovascular, neither the unspecified secondary I15.9 nor the
 * essential I10. The cause keeps its own code (I15's 'code also underlying condition': the stenosis' I70.1).
 */
const LINK = String.raw`\b(?:secondary to|due to|d\/t|2\/2|caused by|from)\s+(?:(?:bilateral|left|right|severe|significant|known|[\w-]+-sided)\s+){0,2}`;
const CAUSES: readonly [RegExp, string][] = [
  [new RegExp(`${LINK}(?:[Rr]enal artery (?:stenos[ie]s|occlusion|narrowing)|RAS\\b|[Ff]ibromuscular dysplasia|[Rr]enovascular)`), 'I150'],
  [new RegExp(`${LINK}(?:(?:primary )?(?:hyper)?aldosteronism|conn'?s syndrome|pheochromocytomas?|cushing'?s (?:syndrome|disease))`, 'i'), 'I152'],
];
/** The finding's words and the rest of its clause: the cause follows the link. */
const CLAUSE = /^[^.;\n]{0,80}/;

export function withSecondaryHypertensionCause(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  if (f.code !== 'I159' && f.code !== 'I10') return undefined;
  const said = f.evidence.map((e) => `${text.slice(e.start, e.end)}${CLAUSE.exec(text.slice(e.end))?.[0] ?? ''}`).join(' ');
  const cause = CAUSES.find(([words]) => words.test(said));
  if (!cause || view.indexOf(cause[1]) === undefined) return undefined;
  return { code: cause[1], note: 'the cause of the hypertension, as documented (Index: Hypertension, secondary, due to)' };
}
