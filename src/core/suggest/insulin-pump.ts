import type { CodeTableView } from '../search/code-table-view';
import { sentenceAt } from '../text/analyze';
import type { Evidence } from '../types';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * An insulin pump's failure as charts tell it, by the kind of mechanical complication T85.6- names: breakdown
 * ('pump failure', 'malfunction', 'stopped working') T85.614-, displacement ('dislodged', 'came out') T85.624-, leakage
 * T85.633-, and other (an occluded or kinked line) T85.694-.
 */
const PUMP_FAILURE = /\b(?:insulin )?pump\b[^.;]{0,40}?\b(fail\w*|malfunction\w*|broke\w*|breakdown|stopped working|not working|dislodg\w*|displac\w*|came out|leak\w*|occlu\w*|kink\w*)|\b(fail\w*|malfunction\w*|breakdown|dislodg\w*|displac\w*|leak\w*|occlu\w*|kink\w*)\s+of\s+(?:(?:the|his|her|their)\s+)?insulin pump\b/gi;
const KIND: readonly [RegExp, string][] = [
  [/^(?:dislodg|displac|came out)/i, 'T85624A'],
  [/^leak/i, 'T85633A'],
  [/^(?:occlu|kink)/i, 'T85694A'],
  [/./, 'T85614A'],
];
/** Diabetes out of control (hyperglycemia, ketoacidosis, hyperosmolarity) or the bare word, which the underdose brought. */
const DIABETES = /^E(?:0[89]|1[013])/;

/**
 * 'An underdose of insulin due to an insulin pump failure should be assigned to a code from subcategory T85.6,
 * Mechanical complication of other specified internal and external prosthetic devices, implants and grafts, that
 * specifies the type of pump malfunction, as the principal or first-listed code, followed by code T38.3X6-,
 * Underdosing of insulin and oral hypoglycemics [antidiabetic] drugs. Additional codes for the type of diabetes
 * mellitus and any associated complications due to the underdosing should also be assigned' (Guidelines
 * I.C.4.a.6.a). Read where the chart names the pump's failure in a diabetic patient.
 */
export function withInsulinPumpFailure(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!findings.some((f) => DIABETES.test(f.code)) || findings.some((f) => /^T856\d4/.test(f.code))) return findings;
  const evidence: Evidence[] = [];
  let code: string | undefined;
  for (const m of text.matchAll(PUMP_FAILURE)) {
    if (!/insulin/i.test(m[0]) && !/\binsulin pump\b/i.test(text)) continue;
    const end = m.index + m[0].length;
    if (reading.contextOf(m.index, end).decision !== 'affirmed') continue;
    evidence.push({ start: m.index, end, section: sentenceAt(reading, m.index)?.section });
    code ??= KIND.find(([kind]) => kind.test((m[1] ?? m[2])!))![1];
  }
  if (!code || view.indexOf(code) === undefined) return findings;
  const top = Math.max(3, ...findings.map((f) => f.score));
  const note = 'an underdose of insulin due to a pump failure: the pump complication first, then the underdosing, then the diabetes (Guidelines I.C.4.a.6.a)';
  const underdosing = findings.some((f) => f.code.startsWith('T383X6')) || view.indexOf('T383X6A') === undefined
    ? []
    : [{ code: 'T383X6A', evidence, score: top, context: 'affirmed' as const, notes: [note] }];
  return [...findings, { code, evidence, score: top, context: 'affirmed', notes: [note] }, ...underdosing];
}

/**
 * The order the Guidelines fix for these, before the principal item: the insulin pump's complication, then the
 * underdosing of insulin it caused (I.C.4.a.6.a). Undefined for other codes.
 */
export function pumpFailureOrder(code: string, codes: readonly string[]): number | undefined {
  if (/^T856\d4/.test(code)) return -1;
  if (code.startsWith('T383X6') && codes.some((c) => /^T856\d4/.test(c))) return -0.9;
  return undefined;
}
