import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * A procedure or treatment not carried out as planned (Z53, Index: Procedure (surgical), not done, because of
 * patient's decision Z53.20-Z53.29; converted to open procedure Z53.31-Z53.39): 'the patient refused surgery',
 * 'radiotherapy is suggested but the patient rejects it', 'laparoscopic cholecystectomy converted to open'.
 */

/**
 * A refusal: the verb ('the patient refused surgery', 'the patient rejects invasive treatments') or the patient's
 * decision. The patient (or the family) must be named before it in its sentence, and 'has been rejected' is not read,
 * so that a treatment the physicians set aside ('treatment with interferon has been rejected due to ...') is not.
 */
const REFUSED = /\b(?:refus(?:es|ed)|declin(?:es|ed)|rejects|(?<!\b(?:been|was|were|is) )rejected|did not (?:accept|consent)|does not (?:accept|consent))\b|\b(?:by|at) (?:the )?(?:patient|family)'s (?:own )?(?:decision|wish|refusal)\b/gi;
const PATIENT = /\b(?:patient|she|he|family|relatives|parents|mother|father)\b/i;
/** What was refused is a procedure or a treatment, named near the refusal ('refused surgery', 'rejects it'). */
const TREATMENT = /\b(?:surgery|surgical|operation|operat\w+|intervention|procedure|treatment|therapy|chemotherapy|radiotherapy|\w+ectomy|\w+otomy|\w+plasty|amputation|biopsy|transfusion|dialysis|hemodialysis|intubation|resection|transplant\w*|admission|hospitali[sz]ation|puncture|vaccin\w+|technique|stent\w*|examinations)\b|\b(?:rejects|refuses|refused|declined|rejected) (?:it|them)\b/i;
/** A reason the patient gave: Z53.29 (other reasons); none stated, Z53.20. */
const REASON = /\b(?:because|due to|for fear|afraid|religio\w+|belief|personal reasons|financial|economic)\b/i;

/** A closed-approach procedure converted to an open one, by approach (Z53.31 laparoscopic, .32 thoracoscopic, .33 arthroscopic). */
const CONVERTED = /\b(?:laparoscop\w+|thoracoscop\w+|arthroscop\w+|endoscop\w+|VATS)\b[^.;]{0,80}?\b(?:convert(?:ed|ing)?|conversion)\s+(?:\w+\s+){0,2}(?:to|into)\s+(?:an?\s+)?(?:open|laparotomy|thoracotomy|arthrotomy|conventional)\b|\b(?:conversion|converted)\s+(?:\w+\s+){0,2}(?:to|into)\s+(?:an?\s+)?(?:open (?:surgery|procedure|approach|technique|cholecystectomy)|laparotomy|thoracotomy|arthrotomy)\b/gi;

/** The approach named, else the open operation it became (a laparotomy was a laparoscopy), else other (Z53.39). */
function conversionCode(words: string): string {
  if (/thoracoscop|thoracotomy|\bVATS\b/i.test(words)) return 'Z5332';
  if (/arthroscop|arthrotomy/i.test(words)) return 'Z5333';
  if (/laparoscop|laparotomy/i.test(words)) return 'Z5331';
  return 'Z5339';
}

/** The findings with the procedures not carried out the chart tells added. */
export function withNotCarriedOut(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!/refus|declin|reject|did not|does not|decision|wish|convert|conversion/i.test(text)) return findings;
  const found: { code: string; start: number; end: number; note: string }[] = [];
  for (const m of text.matchAll(REFUSED)) {
    const sentence = sentenceAt(reading, m.index!);
    const end = sentence ? sentence.end : text.length;
    // The treatment named before the refusal in its sentence ('radiotherapy is suggested but the patient rejects it') or
    // just after it ('refused surgery').
    const start = sentence ? sentence.start : m.index!;
    if (!PATIENT.test(text.slice(start, m.index! + m[0].length))) continue;
    if (!TREATMENT.test(text.slice(start, Math.min(end, m.index! + m[0].length + 60)))) continue;
    const code = REASON.test(text.slice(m.index!, end)) ? 'Z5329' : 'Z5320';
    found.push({ code, start: m.index!, end: m.index! + m[0].length, note: "procedure or treatment not carried out because of the patient's decision (Z53.2-)" });
  }
  for (const m of text.matchAll(CONVERTED)) {
    found.push({ code: conversionCode(m[0]), start: m.index!, end: m.index! + m[0].length, note: 'closed procedure converted to open (Z53.3-)' });
  }
  const kept = found.filter((f) => view.indexOf(f.code) !== undefined && reading.contextOf(f.start, f.end).decision === 'affirmed');
  if (kept.length === 0) return findings;
  const out = [...findings];
  for (const f of kept) addRuleFinding(out, f.code, f, 3, f.note);
  return out;
}
