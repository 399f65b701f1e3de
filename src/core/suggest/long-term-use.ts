import { sentenceAt } from '../text/analyze';
import { DIAGNOSIS_SECTIONS, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Long-term (current) drug therapy (Z79) is the patient's continuous use of a prescribed drug, for a chronic
 * condition or as prophylaxis; not a drug given for a brief period to treat an acute illness (Guidelines
 * I.C.21.c.3), nor insulin given temporarily to bring a type 2 patient's blood sugar under control (I.C.4.a.3).
 * A drug's name read as its Z79 code is kept only where the chart tells it as the patient's continuing treatment:
 * 'atrial fibrillation on anticoagulant therapy', 'under chronic corticosteroid treatment', 'usual treatment with
 * oral dicoumarin', a medication list; never 'treatment with prednisone was started', 'intravenous
 * methylprednisolone', 'topical corticosteroids' (a steroid not systemic).
 */

/**
 * Words before the drug, in its sentence, that tell a treatment going on; a plan's 'continue rivaroxaban' or 'resume
 * warfarin tonight' carries on the patient's own drug (held for a procedure), not one started now.
 */
const ONGOING = /\b(?:chronic(?:ally)?|long[- ]term|maintenance|usual(?:ly)?|habitual(?:ly)?|regular(?:ly)?|continuous(?:ly)?|current(?:ly)?|still|continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|tak(?:es|ing)|receiv(?:es|ing)|requir(?:es|ing)|dependen(?:t|ce)|anticoagulated|at home|prolonged|being (?:treated|controlled|managed) (?:with|by)|(?<!\b(?:was|were|had been) (?:\w+ )?)(?:treated|controlled|managed) (?:with|by)|under (?:\w+ )?(?:treatment|therapy))\b|[a-z]-dependent\b/i;
/** 'on warfarin', 'under prednisone', 'in treatment with': the drug named right after, no comma between. */
const ON_DRUG = /\b(?:on|under|in treatment with|on treatment with)\s+(?:[\w-]+\s+){0,3}$/i;
/** Right after the drug: 'insulin-dependent', 'since 2005', 'for years'. */
const ONGOING_AFTER = /^-dependent\b|^[^.;]{0,40}\b(?:since (?:19|20)\d\d|for (?:\d+|several|many|some|the last) (?:years?|months?)|chronic(?:ally)?|long[- ]term)\b/i;
/**
 * Words of a drug given now or stopped, in the drug's clause: started, pulses, a short course ('x 5 days', 'x2 more days', a burst, a
 * taper, 'for 14 additional days', 'for a few weeks', the Spanish 'pauta descendente' printed 'in descending order'),
 * an intravenous or local route, ended.
 * A steroid put on the skin or the eye is not systemic (Z79.52); inhaled ones are read as Z79.51 by their own words.
 */
const GIVEN_NOW = /\b(?:start(?:s|ed|ing)?|initiat\w+|began|begun|introduc\w+|administ\w+|given|bolus\w*|pulses?|megados\w+|intravenous\w*|iv|infusion|single dose|loading dose|prescribed|added|empiric\w*|initial|sliding scale|burst|taper\w*|course|discontinu\w+|suspen\w+|stop(?:s|ped)?|withdr[ae]wn?|withdrawal|switch\w*|replac\w+|previously|formerly|until|topical\w*|ointment|cream|eye ?drops|drops|collyri\w+|intra-?articular|intralesional|intravitreal|subconjunctival|periocular|local(?:ly)?)\b|\bx\s?\d+\s?(?:(?:more|additional|further)\s+)?(?:days?|d)\b|\bfor (?:\d+|one|two|three|four|five|seven|ten) days\b|\b\d+-day\b|\b(?:for|up to|during)\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|ten|fourteen|a few|several)\s+)?(?:additional\s+|more\s+|further\s+)?(?:days|weeks?)\b|\b(?:in )?descending (?:order|doses?|regimen|pattern|schedule)\b/i;
/** 'Non-insulin dependent diabetes': the drug denied by its own prefix (and 'steroid-free' by its suffix). */
const DENIED = /\bnon-?\s?$/i;
/**
 * Sections whose drugs are the patient's own: the medication list, the history, and a diagnosis list that names the
 * therapy as a status ('Diagnosis: corticosteroid therapy'); not a plan, whose drugs are new, nor an assessment, which
 * notes write with their plan ('3. COPD exacerbation - duonebs, prednisone' is a course for the exacerbation).
 */
const OWN_SECTIONS: ReadonlySet<string> = new Set(['medications', 'pmh', ...[...DIAGNOSIS_SECTIONS].filter((s) => s !== 'plan' && s !== 'assessment')]);
/** Words of the drug's clause that say its use lasts, whatever else it says ('prescribed home anticoagulant therapy'). */
const SAID_LONG_TERM = /\b(?:long[- ]term|chronic|maintenance|home)\b|dependen/i;

/** The diabetes drug codes that a gestational diabetes code (O24.4-) already tells as its control. */
const GESTATIONAL_CONTROL: ReadonlySet<string> = new Set(['Z794', 'Z7984', 'Z7985']);
/** Diabetes of any kind, and in pregnancy. */
const DIABETES = /^(?:E0[89]|E1[013]|O24)/;
/**
 * SGLT2 inhibitors, prescribed as well for heart failure and kidney disease without diabetes: there they are no
 * hypoglycemic therapy (Z79.84 'oral hypoglycemic drugs' is the diabetic's, Guidelines I.C.4.a.3).
 */
const HEART_KIDNEY_DRUG = /\b(?:empagliflozin|dapagliflozin|canagliflozin|sotagliflozin|jardiance|farxiga)\b/i;

/**
 * How the chart tells the drug at the span: as taken for long ('long'), in a section of the patient's own drugs
 * ('own'), by words of a treatment going on ('on'), as given now or ended ('now'), or not at all (false).
 */
type Told = 'long' | 'own' | 'on' | 'now' | false;

/**
 * A drug class named alone ('on steroids'), which a chart that tells a course of the class's drug given now
 * ('IV methylprednisolone -> prednisone 40 mg taper ... Glucose up to 280 on steroids') uses for that course.
 */
const CLASS_ALONE = /^(?:cortico)?steroids?$|^(?:gluco)?corticoids?$/i;

/** How the drug at the span is told (see Told): a drug given now or ended is 'now' whatever else its clause says. */
function howTold(text: string, reading: ChartReading, e: Finding['evidence'][number]): Told {
  const words = text.slice(e.start, e.end);
  const sentence = sentenceAt(reading, e.start);
  const from = sentence ? Math.max(sentence.start, e.start - 150) : Math.max(0, e.start - 150);
  const to = sentence ? Math.min(sentence.end, e.end + 60) : e.end + 60;
  const before = text.slice(from, e.start);
  // 'Steroid-free', and 'steroid-induced hyperglycemia': the drug as the cause of a finding, not a therapy told.
  if (DENIED.test(before) || /^(?:-free\b|[- ](?:induced|related)\b)/i.test(text.slice(e.end, e.end + 9))) return false;
  // The drug's own clause: from the last comma or semicolon before it to the next one after it.
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const after = text.slice(e.end, to);
  const clauseEnd = after.search(/[,;]/);
  const clause = before.slice(clauseStart) + words + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  if (SAID_LONG_TERM.test(clause)) return 'long';
  if (GIVEN_NOW.test(clause)) return 'now';
  const section = e.section ?? sentence?.section;
  if (section !== undefined && OWN_SECTIONS.has(section)) return 'own';
  return ONGOING.test(before) || ON_DRUG.test(before) || ONGOING_AFTER.test(after) ? 'on' : false;
}

/**
 * The findings with each long-term drug therapy code (Z79) kept on the evidence that tells the drug as taken
 * continuously, and dropped where none does.
 */
export function withLongTermUse(text: string, reading: ChartReading, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const diabetic = findings.some((f) => DIABETES.test(f.code));
  const gestational = findings.some((f) => f.code.startsWith('O244'));
  for (const f of findings) {
    if (!f.code.startsWith('Z79')) {
      out.push(f);
      continue;
    }
    // The GLP-1 injections are given for weight alone too: Z79.85 is the diabetic's antidiabetic therapy.
    if (f.code === 'Z7985' && !diabetic) continue;
    // Gestational diabetes says its control in its own code (O24.41-): Z79.4, Z79.84 and Z79.85 are not assigned with
    // codes from O24.4 (Guidelines I.C.15.i).
    if (GESTATIONAL_CONTROL.has(f.code) && gestational) continue;
    const told = f.evidence.map((e) => howTold(text, reading, e));
    const givenNow = told.includes('now');
    const evidence = f.evidence.filter((e, k) => told[k] !== false && told[k] !== 'now'
      && !(givenNow && told[k] === 'on' && CLASS_ALONE.test(text.slice(e.start, e.end)))
      && (diabetic || f.code !== 'Z7984' || !HEART_KIDNEY_DRUG.test(text.slice(e.start, e.end))));
    if (evidence.length > 0) out.push({ ...f, evidence });
  }
  return out;
}
