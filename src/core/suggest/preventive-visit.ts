import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * The preventive visit of a pediatric or adult office note: the vaccines given and the routine examination's findings.
 *
 * Guidelines I.C.21.c.2: an encounter for immunization is Z23 (one code, whatever the vaccine; with a routine
 * examination the examination is first-listed and Z23 follows). The vaccines' names ('MMR, Varicella', 'Hep B
 * vaccine') are not the diseases they prevent: the disease read there is dropped.
 *
 * Guidelines I.C.21.c.13 (routine and administrative examinations): the code 'with abnormal findings' (Z00.01,
 * Z00.121) where the provider says the examination found something abnormal, the findings coded after it.
 */

/**
 * The list of vaccines after its heading ('Immunizations today: DTaP, IPV, MMR, Varicella', 'Vaccines given - Hep A,
 * flu') to the end of its sentence, and the disease named before the word ('influenza vaccine', 'Hep B vaccination',
 * 'tetanus shot', 'varicella vaccine #2').
 */
const VACCINE_LIST = /\b(?:immuni[sz]ations?|vaccines?|vaccinations?|shots)\b(?:\s+(?:given|administered|due|today|received|updated|given today|administered today))*\s*(?::|-|–)\s*([^.\n]+)/gi;
const VACCINE_NAMED = /\b(?:[\w/-]+\s+){1,3}?(?:vaccines?|vaccinations?|immuni[sz]ations?|booster|shot)\b/gi;
/** The words either pattern above ends in, as a cheap test of a whole chart. */
const VACCINE_WORD = /vaccin|immuni[sz]ation|booster|shot/i;
/**
 * Vaccines named by their product alone, as ED and office notes write them beside a wound or in a medication list
 * ('Tdap 0.5 mL IM', 'Need for Tdap - given today', 'Prevnar 20 today').
 */
const VACCINE_PRODUCT = /\b(?:tdap|dtap|tetanus (?:toxoid|booster|shot|immuni[sz]ation)|pneumovax|prevnar(?: \d+)?|shingrix|gardasil)\b/gi;
/** Given at this visit, not refused, deferred or owed ('given today', 'administered'; not 'declined', 'due at 5 yrs'). */
const GIVEN = /\b(?:given|administered|today|received today|updated today)\b/i;
const NOT_GIVEN = /\b(?:declin\w*|refus\w*|defer\w*|due\b|next visit|not given|hold|held)/i;
/** The diseases a vaccine prevents: infections (A00-B99), influenza (J09-J11), pneumococcal and Hib pneumonia (J13, J14). */
const PREVENTED = /^(?:A|B|J09|J1[0134])/;

/** The examination codes without abnormal findings and their 'with abnormal findings' codes. */
const WITH_FINDINGS: Record<string, string> = { Z00129: 'Z00121', Z0000: 'Z0001' };
/** 'abnormal findings', 'abnl findings', not 'without abnormal findings', 'no abnormal findings'. */
const ABNORMAL_FINDINGS = /(?<!\b(?:without|w\/o|no|not|nor|denies)\s+(?:any\s+)?)\babn(?:ormal|l)\.? findings?\b/i;

/**
 * A vaccine the sentence says was not given is no immunization: refused, it is Z28.82 by a parent or caregiver (a
 * child's), Z28.21 by the patient ('Flu vaccine declined by parent'); deferred or due, no code.
 */
const REFUSED = /\b(?:declin\w*|refus\w*)/i;
const CAREGIVER = /\b(?:parents?|mother|father|mom|dad|guardian|caregiver|family)\b/i;
function notGiven(text: string, reading: ChartReading, view: CodeTableView, f: Finding): Finding[] {
  const sentences = f.evidence.map((e) => sentenceAt(reading, e.start)).map((s) => (s ? text.slice(s.start, s.end) : ''));
  if (!sentences.every((words) => NOT_GIVEN.test(words))) return [f];
  const refused = sentences.find((words) => REFUSED.test(words));
  const code = refused === undefined ? undefined : CAREGIVER.test(refused) ? 'Z2882' : 'Z2821';
  if (!code || view.indexOf(code) === undefined) return [];
  return [{ ...f, code, notes: [...f.notes, 'immunization not carried out because of refusal (Z28.2-, Z28.82)'] }];
}

/** The findings with the vaccines read as Z23 (not their diseases) and the examination's abnormal findings. */
export function withPreventiveVisit(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const lists: { start: number; end: number }[] = [];
  // Both patterns end in a vaccine's word: only a chart that holds one is scanned (VACCINE_NAMED tries up to three
  // words before every word of the chart).
  const named = VACCINE_WORD.test(text);
  if (named) for (const m of text.matchAll(VACCINE_LIST)) lists.push({ start: m.index!, end: m.index! + m[0].length });
  const vaccines = [...lists];
  if (named) for (const m of text.matchAll(VACCINE_NAMED)) vaccines.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(VACCINE_PRODUCT)) vaccines.push({ start: m.index!, end: m.index! + m[0].length });
  let out = findings;
  if (vaccines.length > 0) {
    const within = (spans: typeof vaccines) => (e: { start: number; end: number }) => spans.some((v) => e.start >= v.start && e.end <= v.end);
    // A list of vaccines names nothing else ('Hep A' there is no hepatitis, K75.9 or B15.9); a vaccine named in running
    // text takes only the disease it prevents.
    out = findings.filter((f) => !f.evidence.every(within(lists)) && (!PREVENTED.test(f.code) || !f.evidence.every(within(vaccines))));
    const given = vaccines.find((v) => {
      const sentence = sentenceAt(reading, v.start);
      // From the start of its line: a heading says it was given ('MEDICATIONS GIVEN: Tdap 0.5 mL IM').
      const line = text.lastIndexOf('\n', v.start - 1) + 1;
      const words = text.slice(Math.min(line, sentence?.start ?? v.start), Math.max(v.end, sentence?.end ?? v.end));
      return GIVEN.test(words) && !NOT_GIVEN.test(words) && reading.contextOf(v.start, v.end).decision === 'affirmed';
    });
    if (given && view.indexOf('Z23') !== undefined) {
      out = [...out];
      addRuleFinding(out, 'Z23', given, 3, 'encounter for immunization (Guidelines I.C.21.c.2), after the routine examination');
    }
  }
  const coded = out.flatMap((f) => {
    if (f.code === 'Z23') return notGiven(text, reading, view, f);
    const code = WITH_FINDINGS[f.code];
    if (!code || view.indexOf(code) === undefined) return f;
    const found = f.evidence.some((e) => {
      const sentence = sentenceAt(reading, e.start);
      return sentence && ABNORMAL_FINDINGS.test(text.slice(sentence.start, sentence.end));
    });
    return found ? { ...f, code, notes: [...f.notes, 'routine examination with abnormal findings, coded after it (Guidelines I.C.21.c.13)'] } : f;
  });
  // Z53 Excludes1 immunization not carried out (Z28.-): a vaccine refused is not a procedure refused.
  const refusals = new Set(coded.filter((f) => /^Z28/.test(f.code)).flatMap((f) => f.evidence.map((e) => sentenceAt(reading, e.start)?.start)));
  return refusals.size === 0 ? coded : coded.filter((f) => !/^Z532/.test(f.code) || !f.evidence.every((e) => refusals.has(sentenceAt(reading, e.start)?.start)));
}
