import type { CodeTableView } from '../search/code-table-view';

/** Contrast given for the study, as notes say it: 'contrast-enhanced CT', 'with intravenous contrast', 'angio-CT'. */
const CONTRAST =
  /\b(?:contrast[- ]enhanced|(?:with|after|using) (?:the )?(?:administration of )?(?:(?:iv|intravenous|iodinated|paramagnetic) )?contrast|(?:iv|intravenous|iodinated|paramagnetic) contrast|contrast (?:medium|media|material|agent|injection|administration)|angio[- ]?ct)\b/i;

/** The contrast of magnetic resonance, which only an MRI takes: a CT said in the same clause is not enhanced by it. */
const GADOLINIUM = /\bgadolinium\b/i;

/** No contrast, whatever else the sentence says: 'CT without contrast', 'non-contrast CT', 'unenhanced'. */
const NO_CONTRAST = /\b(?:without (?:(?:iv|intravenous) )?contrast|non[- ]?contrast|no contrast|unenhanced|simple (?:ct|tac|mri)|plain (?:ct|tac|mri))\b/i;

/** Images before and after the contrast: the qualifier 'Unenhanced and Enhanced' (6th character 0). */
const BOTH_PHASES = /\b(?:with and without (?:(?:iv|intravenous) )?contrast|before and after (?:the )?(?:administration of )?contrast|unenhanced and (?:contrast[- ])?enhanced|pre[- ]? and post[- ]?contrast)\b/i;

/**
 * The contrast (5th character) of an Imaging (section B) code from the words of the mention's clause. Without a word
 * of contrast the code keeps Z (None). Magnetic resonance contrast (gadolinium) is 'Other Contrast' (Y), the only
 * value MRI tables offer; iodinated contrast of a CT or fluoroscopy whose osmolality is not written is read as Low
 * Osmolar (1), the kind given intravenously today, and 'high osmolar' as written. Only where the table has the code.
 */
export function withContrast(view: CodeTableView, i: number, clause: string): number {
  const code = view.table.codes[i]!;
  if (code[0] !== 'B' || code[4] !== 'Z') return i;
  const mri = code[2] === '3';
  const both = BOTH_PHASES.test(clause);
  if (!both && (NO_CONTRAST.test(clause) || (!CONTRAST.test(clause) && !(mri && GADOLINIUM.test(clause))))) return i;
  const kind = mri ? 'Y' : /\bhigh[- ]osmolar\b/i.test(clause) ? '0' : '1';
  const phases = both ? '0' : code[5]!;
  return view.indexOf(`${code.slice(0, 4)}${kind}${phases}${code[6]}`) ?? view.indexOf(`${code.slice(0, 4)}${kind}${code.slice(5)}`) ?? i;
}
