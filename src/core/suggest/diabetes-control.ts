import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * 'Diabetes, poorly controlled / inadequately controlled / out of control - code to Diabetes, by type, with
 * hyperglycemia' (Alphabetic Index): the words said of a diabetes the chart names by an abbreviation ('T2DM, poorly
 * controlled', 'Type 2 DM - out of control'), which the Index phrase's own words do not reach. 'Uncontrolled' is left
 * to the coder: the Index sends it to hyperglycemia or hypoglycemia by what it means, and the E11.9 prompt names both.
 */
const POOR = String.raw`(?:(?:poorly|inadequately|suboptimally|sub-optimally|not well)[- ]controlled|out of control|poor (?:glycemic |glucose |sugar |diabetic )?control)`;
/** The words right after the diabetes ('T2DM, poorly controlled (A1c 9.1)', 'DM2 - remains poorly controlled'). */
const CONTROL_AFTER = new RegExp(String.raw`^[\s,:(\-–—]*(?:(?:is|was|remains|remained|has been|currently|still|now|which is)\s+)*${POOR}\b`, 'i');
/** Or right before it ('Poorly controlled T2DM', 'poorly controlled type 2 DM'). */
const CONTROL_BEFORE = new RegExp(String.raw`\b${POOR}\s+(?:type\s*(?:1|2|i|ii)\s+)?$`, 'i');
const DIABETES_PLAIN = /^E(?:0[89]|1[013])9$/;

/** A diabetes without complications the chart says is poorly controlled takes its type's 'with hyperglycemia' (.65). */
export function withPoorControl(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  return findings.map((f) => {
    if (!DIABETES_PLAIN.test(f.code) || f.context !== 'affirmed') return f;
    const said = f.evidence.some((e) => CONTROL_AFTER.test(text.slice(e.end, e.end + 60)) || CONTROL_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)));
    const code = `${f.code.slice(0, 3)}65`;
    if (!said || view.indexOf(code) === undefined || findings.some((o) => o.code === code)) return f;
    return { ...f, code, notes: [...f.notes, "the Index's 'Diabetes, poorly controlled - code to Diabetes, by type, with hyperglycemia'"] };
  });
}
