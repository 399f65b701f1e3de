import type { CodeTableView } from '../search/code-table-view';
import type { Suggestion } from '../types';
import type { ChartReading } from './chart-reading';

/**
 * Coronary artery bypass grafts, coded as ICD-10-PCS counts them (guideline B3.6b: coronary arteries are classified
 * by the number of arteries bypassed to, one code for each source of the grafts): 'LIMA to LAD, SVG to OM1, SVG to PDA'
 * is one artery from the left internal mammary (02100Z9, the pedicled artery itself, no device) and two arteries from
 * the aorta with autologous vein (021109W). The targets are counted where the note names each graft 'to' its artery;
 * a graft named in the past ('s/p CABG: LIMA to LAD') is a status, not today's procedure.
 */
const MAMMARY = /\b(l|r)(?:ima|eft internal mammary(?: artery)?|ight internal mammary(?: artery)?)\b(?:\s+(?:pedicled?\s+)?graft)?\s+to\s+(?:the\s+|an?\s+)?(?:distal\s+|mid\s+)?([a-z]\d|[a-z]{2,8}\d?)\b/gi;
const VEIN = /\b(?:svgs?|(?:reversed\s+)?(?:greater\s+)?saphenous\s+vein\s+grafts?)(?:\s+from\s+(?:the\s+)?(?:ascending\s+)?aorta)?\s+to\s+(?:the\s+|an?\s+)?(?:distal\s+|mid\s+)?([a-z]\d|[a-z]{2,8}\d?)\b/gi;
/** Words the capture takes that are no coronary artery ('SVG to the aorta' names the graft's other end). */
const NOT_A_TARGET = /^(?:aorta|be|and|its|each|both|which|this)$/i;

/** The bypass codes of the grafts a note tells as done, one for each source with the number of arteries it reaches. */
export function bypassSuggestions(text: string, reading: ChartReading, view: CodeTableView): Suggestion[] {
  const sources = new Map<string, { targets: Set<string>; start: number; end: number; section?: string }>();
  const add = (source: string, target: string, start: number, end: number) => {
    if (NOT_A_TARGET.test(target) || reading.contextOf(start, end).decision !== 'affirmed') return;
    const entry = sources.get(source) ?? { targets: new Set<string>(), start, end, section: reading.sentences.find((s) => s.start <= start && start < s.end)?.section };
    entry.targets.add(target.toLowerCase());
    sources.set(source, entry);
  };
  for (const m of text.matchAll(MAMMARY)) add(m[1]!.toLowerCase() === 'l' ? '9' : '8', m[2]!, m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(VEIN)) add('aorta', m[1]!, m.index!, m.index! + m[0].length);
  const out: Suggestion[] = [];
  for (const [source, { targets, start, end, section }] of sources) {
    const arteries = Math.min(targets.size, 4) - 1;
    const code = source === 'aorta' ? `021${arteries}09W` : `021${arteries}0Z${source}`;
    const i = view.indexOf(code);
    if (i === undefined) continue;
    out.push({
      set: 'icd10pcs', code, display: code, title: view.table.titles[i]!, kind: 'procedure', billable: true, confidence: 0.8,
      evidence: [{ start, end, section }], context: 'affirmed', prompts: [],
    });
  }
  return out;
}
