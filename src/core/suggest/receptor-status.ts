import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * The receptor status of a breast cancer, as oncology notes write it after the marker: 'ER/PR+, HER2 neg', 'ER+',
 * 'estrogen receptor positive', 'HER2-negative', 'ER+/PR-/HER2-'. C50 says 'Use additional code to identify
 * estrogen receptor status (Z17.0, Z17.1)' and, from FY2025, the progesterone (Z17.2-) and HER2 (Z17.3-) status.
 * A run of markers before one result ('ER/PR+', 'ER and PR positive') gives it to each. The combined hormone receptor
 * codes (Z17.4-) are for a status the chart words as 'hormone receptor', which this does not read.
 */
const MARKER = String.raw`(?:estrogen[- ]receptors?|progesterone[- ]receptors?|er|pr|her-?2(?:\s*\/\s*neu|neu)?)`;
/**
 * The result: a sign written against the marker ('ER+', 'HER2-', 'PR(+)'), or a word after a space, a colon or a
 * hyphen ('ER positive', 'HER2: neg', 'HER2-negative'). A lone dash after a space is punctuation ('ER - discharged').
 * Groups: 1 and 3 positive, 2 and 4 negative.
 */
const RESULT = String.raw`(?:(\+{1,2}(?![\w+])|\s?\(\+\))|(-(?![\w-])|\s?\(-\))|(?:\s*:\s*|\s+|-)(?:(pos|positive)|(neg|negative))\b)`;
const STATUS = new RegExp(String.raw`\b${MARKER}(?:\s*(?:\/|,|and)\s*${MARKER})*(?:\s+status)?${RESULT}`, 'gi');

/** Each receptor's codes: [positive, negative]. */
const RECEPTORS: readonly [marker: RegExp, codes: readonly [string, string]][] = [
  [/\b(?:er|estrogen)\b/i, ['Z170', 'Z171']],
  [/\b(?:pr|progesterone)\b/i, ['Z1721', 'Z1722']],
  [/\bher-?2/i, ['Z1731', 'Z1732']],
];

/** A breast cancer or carcinoma in situ of the breast the patient has (C50, D05). */
const BREAST_NEOPLASM = /^(?:C50|D05)/;

/** Adds the receptor status codes read beside a breast neoplasm of the patient's; a relative's cancer gives none. */
export function withReceptorStatus(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!findings.some((f) => BREAST_NEOPLASM.test(f.code) && f.context === 'affirmed')) return findings;
  const kept = [...findings];
  for (const m of text.matchAll(STATUS)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (reading.contextOf(span.start, span.end).decision === 'family') continue;
    // The result is what follows the markers; the markers are the words before it.
    const result = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const markers = m[0].slice(0, m[0].length - result.length);
    for (const [marker, [positive, negative]] of RECEPTORS) {
      if (!marker.test(markers)) continue;
      const code = m[1] || m[3] ? positive : negative;
      if (view.indexOf(code) !== undefined) addRuleFinding(kept, code, span, 4, 'receptor status of the breast cancer (C50: use additional code to identify the receptor status, Z17.-)');
    }
  }
  return kept;
}
