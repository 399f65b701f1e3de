import { formatCode } from '../codeset/format';
import type { CodeTableView } from '../search/code-table-view';
import type { Prompt } from '../types';
import type { Finding } from './assemble';

/**
 * 'Diabetes, poorly controlled / inadequately controlled / out of control - code to Diabetes, by type, with
 * hyperglycemia' (Alphabetic Index): the words said of a diabetes the chart names by an abbreviation ('T2DM, poorly
 * controlled', 'Type 2 DM - out of control'), which the Index phrase's own words do not reach. 'Uncontrolled' is left
 * to the coder: the Index sends it to hyperglycemia or hypoglycemia by what it means (see uncontrolledQuery).
 */
const POOR = String.raw`(?:(?:poorly|inadequately|suboptimally|sub-optimally|not well)[- ]controlled|out of control|poor (?:glycemic |glucose |sugar |diabetic )?control)`;
/** The words right after the diabetes ('T2DM, poorly controlled (A1c 9.1)', 'DM2 - remains poorly controlled'). */
const CONTROL_AFTER = new RegExp(String.raw`^[\s,:(\-–—]*(?:(?:is|was|remains|remained|has been|currently|still|now|which is)\s+)*${POOR}\b`, 'i');
/** Or right before it ('Poorly controlled T2DM', 'poorly controlled type 2 DM'). */
const CONTROL_BEFORE = new RegExp(String.raw`\b${POOR}\s+(?:type\s*(?:1|2|i|ii)\s+)?$`, 'i');
const DIABETES_PLAIN = /^E(?:0[89]|1[013])9$/;

/** 'Uncontrolled' said of the diabetes, after it ('T2DM, uncontrolled') or before it ('uncontrolled type 2 DM'). */
const UNCONTROLLED_AFTER = /^[\s,:(\-–—]*(?:(?:is|was|remains|remained|has been|currently|still|now|which is)\s+)*uncontrolled\b/i;
const UNCONTROLLED_BEFORE = /\buncontrolled\s+(?:type\s*(?:1|2|i|ii)\s+)?$/i;
const DIABETES = /^E(?:0[89]|1[013])/;
/** The diabetes codes that already say what its control means: with hyperglycemia (.65), with hypoglycemia (.64-). */
const CONTROL_SAID = /^E(?:0[89]|1[013])6[45]/;

/**
 * A diabetes without complications the chart says is poorly controlled takes its type's 'with hyperglycemia' (.65);
 * one said 'uncontrolled' asks the coder what the word means (see uncontrolledQuery).
 */
export function withPoorControl(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const controlSaid = findings.some((o) => CONTROL_SAID.test(o.code));
  return findings.map((f) => {
    if (!DIABETES.test(f.code) || f.context !== 'affirmed') return f;
    const near = (after: RegExp, before: RegExp) => f.evidence.some((e) => after.test(text.slice(e.end, e.end + 60)) || before.test(text.slice(Math.max(0, e.start - 30), e.start)));
    if (!controlSaid && near(UNCONTROLLED_AFTER, UNCONTROLLED_BEFORE)) return { ...f, prompts: [...(f.prompts ?? []), ...uncontrolledQuery(view, f.code)] };
    if (!DIABETES_PLAIN.test(f.code)) return f;
    const code = `${f.code.slice(0, 3)}65`;
    if (!near(CONTROL_AFTER, CONTROL_BEFORE) || view.indexOf(code) === undefined || findings.some((o) => o.code === code)) return f;
    return { ...f, code, notes: [...f.notes, "the Index's 'Diabetes, poorly controlled - code to Diabetes, by type, with hyperglycemia'"] };
  });
}

/**
 * 'Diabetes, uncontrolled - meaning hyperglycemia - see Diabetes, by type, with hyperglycemia; meaning hypoglycemia -
 * see Diabetes, by type, with hypoglycemia' (Alphabetic Index): the word alone says neither, so the coder asks the
 * provider which, with the two codes of the diabetes's type.
 */
function uncontrolledQuery(view: CodeTableView, code: string): Prompt[] {
  const type = code.slice(0, 3);
  const codes = [`${type}65`, `${type}649`].filter((c) => view.indexOf(c) !== undefined);
  if (codes.length < 2) return [];
  const [hyper, hypo] = codes.map((c) => formatCode('icd10cm', c));
  return [{
    kind: 'moreSpecific',
    message: `'Uncontrolled' diabetes is coded by what it means: with hyperglycemia ${hyper}, with hypoglycemia ${hypo} (Index: Diabetes, uncontrolled); query the provider when the chart says neither.`,
    codes,
  }];
}
