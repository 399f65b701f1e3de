import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { intentSaid, saidIn, type Intent } from './intent-words';

/** Poisonings, adverse effects, underdosings (T36-T50) and toxic effects (T51-T65): the intent is a character of the code. */
const DRUG_CODE = /^T(3[6-9]|[45]\d|6[0-5])/;

/**
 * What makes a drug's harm a poisoning rather than its adverse effect (I.C.19.e.5.b): an overdose, a wrong substance,
 * dose or route, a medication error ('digoxin toxicity after a double dose in error').
 */
const NOT_AS_PRESCRIBED = /\b(?:overdos\w*|over-dos\w*|wrong (?:drug|dose|medication|medicine|substance|patient|route)|medication error|(?:dosing|dosage|administration) error|in error|double dose|excessive dose|taken with alcohol)\b/i;

/**
 * Underdosing: less of a drug taken than prescribed (Guidelines I.C.19.e.5.c), the sixth character 6 of T36-T50
 * ('underdosing of insulin' T38.3X6-), or the patient's own drug stopped, not taken, run out of or forgotten ('he
 * stopped taking his insulin', 'she did not take her levothyroxine', drug-synonyms.ts).
 */
export const UNDERDOSING_VERBS = /\b(?:stopped taking|quit taking|stopped using|not take|not taking|not taken) (?:his|her|their)\b|\bforgot to take\b|\b(?:ran|run) out of\b/i;
const UNDERDOSING = new RegExp(`\\bunder-?dos(?:ing|ed|e)\\b|${UNDERDOSING_VERBS.source}`, 'i');
/** The verbs alone, no substance named after them ('he stopped taking his walks'): no drug's underdosing. */
const VERBS_ALONE = new RegExp(`^\\W*(?:${UNDERDOSING_VERBS.source})\\W*$`, 'i');

/** The intent digits of the Table of Drugs' columns. */
const DIGITS: Record<Intent, string> = { accidental: '1', 'self-harm': '2', assault: '3', undetermined: '4' };
/** The columns an intent said moves a code from. */
const MOVES_FROM: Record<string, string> = { '2': '1245', '3': '145', '4': '1' };

/**
 * The wanted intent digit: 1 accidental, 2 self-harm, 3 assault, 4 undetermined, 5 adverse effect, 6 underdosing. An
 * intent the words say moves only the columns it may: self-harm from any but assault, assault from accidental,
 * undetermined or adverse effect, undetermined only from the accidental default.
 */
function intentOf(said: (words: RegExp) => boolean, current: string): string {
  if (said(UNDERDOSING) && '15'.includes(current)) return '6';
  const digit = DIGITS[intentSaid(said)];
  if (MOVES_FROM[digit]?.includes(current)) return digit;
  if (current === '5' && said(NOT_AS_PRESCRIBED)) return '1';
  return current;
}

/**
 * The same code with its intent character changed: the last character of the six before the 7th that is not the
 * placeholder X ('T39.1X1A' -> 'T39.1X2A', 'T58.01XA' -> 'T58.02XA'), when that code exists.
 */
function withIntent(view: CodeTableView, code: string, intent: string): string | undefined {
  const stem = code.slice(0, 6);
  const at = stem.replace(/X+$/, '').length - 1;
  if (at < 4 || !/[1-6]/.test(stem[at]!) || stem[at] === intent) return undefined;
  const other = `${code.slice(0, at)}${intent}${code.slice(at + 1)}`;
  return view.indexOf(other) !== undefined ? other : undefined;
}

/** 'Toxicity' read alone as the adverse effect NEC (T78.8): a toxicity is a substance's, named in the Table of Drugs. */
const TOXICITY_ALONE = /^\s*toxicit(?:y|ies)\s*$/i;
/**
 * A toxicity joined to a drug by a list ('insulin administration and toxicity by anticalcineurinics', 'physical
 * examination, toxicity, TSH value'): two things named, not the drug's toxicity.
 */
const TOXICITY_IN_LIST = /\btoxicit(?:y|ies)\b.*?(?:,|;|\band\b|\bor\b)|(?:,|;|\band\b|\bor\b).*?\btoxicit(?:y|ies)\b/i;

/**
 * The poisonings, toxic effects and adverse effects found, each with the intent its sentence documents: the Table
 * of Drugs' accidental column is read by default (no intent documented is accidental, I.C.19.e.5.b), a suicide
 * attempt is self-harm, an assault or an undetermined intent its own column, and a drug's harm after an overdose
 * or an error is its poisoning, not an adverse effect.
 */
export function withDrugIntent(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const intended = findings.flatMap((f) => {
    if (f.code.startsWith('T788') && f.evidence.every((e) => TOXICITY_ALONE.test(text.slice(e.start, e.end)))) return [];
    if (f.evidence.some((e) => TOXICITY_IN_LIST.test(text.slice(e.start, e.end)))) return [];
    if (DRUG_CODE.test(f.code) && f.evidence.every((e) => VERBS_ALONE.test(text.slice(e.start, e.end)))) return [];
    if (!DRUG_CODE.test(f.code) || f.code.length < 7) return [f];
    const current = intentChar(f.code);
    const wanted = f.evidence.map((e) => intentOf(saidIn(text, reading, sentenceAt(reading, e.start)), current)).find((i) => i !== current);
    const code = wanted && withIntent(view, f.code, wanted);
    if (!code) return [f];
    return [{ ...f, code, notes: [...f.notes, `${INTENT_NAMES[wanted]}, as documented (Guidelines I.C.19.e.5.b)`] }];
  });
  return withoutUnnamed(intended);
}

/** The intent character of a T36-T65 code ('T39.1X2A' -> '2'), or '' for another code. */
function intentChar(code: string): string {
  if (!DRUG_CODE.test(code) || code.length < 7) return '';
  const stem = code.slice(0, 6).replace(/X+$/, '');
  return stem[stem.length - 1]!;
}

/** The unspecified drug (T50.90-) and the toxic effect of an unspecified substance (T65.9-, 'overdose' alone). */
/** The intent characters of a poisoning or toxic effect: accidental, self-harm, assault, undetermined. */
const POISONING_INTENTS = '1234';
const UNNAMED = /^T(?:5090|659)/;

/**
 * Codes that say less than another found: the unspecified drug or substance (UNNAMED) where a named one has the
 * same intent ('drug-induced hepatitis due to amoxicillin' is T36.0X5-; 'took 20 tablets of lorazepam ... overdose'
 * is T42.4X2A, not T65.92XA beside it), and the suicide attempt of no stated injury (T14.91,
 * 'Suicide, attempt ... by poisoning - see Table of Drugs and Chemicals') beside a poisoning of intentional self-harm.
 */
function withoutUnnamed(findings: Finding[]): Finding[] {
  const intents = new Set(findings.filter((f) => DRUG_CODE.test(f.code) && !UNNAMED.test(f.code)).map((f) => intentChar(f.code)));
  const selfHarm = findings.some((f) => DRUG_CODE.test(f.code) && intentChar(f.code) === '2');
  // A poisoning of no named substance ('CC: Overdose', read accidental by default) beside a named poisoning of any
  // intent is that same overdose, told without its drugs: 'Intentional overdose of acetaminophen and alprazolam'.
  const poisoned = [...intents].some((i) => POISONING_INTENTS.includes(i));
  const sameEvent = (f: Finding) => UNNAMED.test(f.code) && (intents.has(intentChar(f.code)) || (poisoned && POISONING_INTENTS.includes(intentChar(f.code))));
  return findings.filter((f) => !sameEvent(f) && !(selfHarm && f.code.startsWith('T1491')));
}

const INTENT_NAMES: Record<string, string> = {
  '1': 'poisoning (overdose or error), not an adverse effect',
  '2': 'intentional self-harm',
  '3': 'assault',
  '4': 'undetermined intent',
  '6': 'underdosing',
};
