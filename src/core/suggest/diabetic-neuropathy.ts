import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * The Index's 'Diabetes, with' entries for nerve damage differ by the words: 'neuropathy E11.40', 'polyneuropathy
 * E11.42', 'autonomic (poly)neuropathy E11.43', 'mononeuropathy E11.41'. The Index sends the bare 'Neuropathy' to
 * G62.9 (Polyneuropathy, unspecified), which the diabetes combination makes E11.42; where the chart says only
 * 'neuropathy', the combination is E11.40 (with diabetic neuropathy, unspecified). A peripheral, sensory or distal
 * symmetric neuropathy is the polyneuropathy (Coding Clinic 2Q 2019: diabetic peripheral neuropathy E11.42).
 */
const POLYNEUROPATHY = /polyneuropath|\b(?:peripheral|sensory|sensorimotor|distal|symmetric(?:al)?|length[- ]dependent|stocking[- ]glove)\b/i;
const NEUROPATHY = /\bneuropath/i;
const POLY_DIABETES = /^(E0[89]|E1[013])42$/;

/** The words of an evidence span with the two words written before it ('peripheral' of 'peripheral neuropathy'). */
function withWordsBefore(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 40), start).split(/\s+/).slice(-3).join(' ');
  return `${before} ${text.slice(start, end)}`;
}

/** E11.42 read from a bare 'neuropathy' (G62.9 by the Index) becomes E11.40; any other finding is unchanged. */
export function diabeticNeuropathyOfWords(view: CodeTableView, findings: Finding[], text: string): Finding[] {
  if (text === '') return findings;
  return findings.map((f) => {
    if (!POLY_DIABETES.test(f.code)) return f;
    const nerve = f.evidence.map((e) => withWordsBefore(text, e.start, e.end)).filter((words) => NEUROPATHY.test(words) || POLYNEUROPATHY.test(words));
    if (nerve.length === 0 || nerve.some((words) => POLYNEUROPATHY.test(words))) return f;
    const unspecified = `${f.code.slice(0, 3)}40`;
    return view.indexOf(unspecified) === undefined ? f : { ...f, code: unspecified, notes: [...f.notes, "'neuropathy' without a kind: Diabetes, with, neuropathy"] };
  });
}
