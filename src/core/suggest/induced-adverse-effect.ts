import type { CodeTableView } from '../search/code-table-view';
import { sentenceAt } from '../text/analyze';
import type { Evidence } from '../types';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Drugs charts name as the cause of a condition, with the adverse effect code of their Table of Drugs row: the
 * antineoplastics (T45.1X5-), whose D64.81, D70.1 and D61.810 name the chemotherapy in their own titles, the
 * glucocorticoids (T38.0X5-, 'steroid-induced hyperglycemia'), the NSAIDs ('NSAID-induced gastric ulcer') and the
 * opioids ('opioid-induced constipation').
 */
const PROPIONIC = 'ibuprofen|naproxen|ketoprofen|motrin|advil|aleve';
const CAUSES: readonly { code: string; named: RegExp; drug: string; only?: RegExp }[] = [
  { code: 'T451X5A', named: /^(?:D6481|D701|D61810)$/, drug: 'chemo(?:therapy)?|antineoplastic|cytotoxic' },
  { code: 'T380X5A', named: /^$/, drug: '(?:cortico)?steroids?|glucocorticoids?|prednisone|prednisolone|dexamethasone|methylprednisolone' },
  // NSAIDs, the ulcers' and the GI bleeds' commonest cause: ibuprofen and naproxen are propionic acid derivatives
  // (T39.31-), the others and the class named alone 'other nonsteroidal anti-inflammatory drugs' (T39.39-), aspirin a
  // salicylate (T39.01-).
  { code: 'T39315A', named: /^$/, drug: `${PROPIONIC}` },
  { code: 'T39395A', named: /^$/, drug: 'nsaids?|non-?steroidal anti-?inflammatory(?: drugs?)?|diclofenac|meloxicam|indomethacin|ketorolac|celecoxib' },
  { code: 'T39015A', named: /^$/, drug: 'aspirin' },
  // The opioids of cancer and pain care ('opioid-induced constipation' K59.03): 'Opioid NEC' and the named agonists
  // other than fentanyl, methadone and tramadol, which have rows of their own, are 'other opioids' (T40.2X5-).
  { code: 'T402X5A', named: /^$/, drug: 'opioids?|opiates?|oxycodone|hydrocodone|morphine|hydromorphone|codeine|oxymorphone' },
  // 'Insulin-induced hypoglycemia' in a diabetic taking it as prescribed: E11.649 and the adverse effect of insulin
  // (T38.3X5-); an overdose is a poisoning (drug-intent.ts), read by the OVERDOSE words below.
  // Only its hypoglycemia: 'hyperglycemia improved after insulin' is the treatment working.
  // The sulfonylureas share its row ('Glipizide', 'Glyburide', 'Sulfonylurea derivatives, oral' T38.3X-).
  { code: 'T383X5A', named: /^$/, drug: 'insulin|glipizide|glyburide|glimepiride|sulfonylureas?', only: /^(?:E(?:0[89]|1[013])64|E16[02])/ },
  // 'Urinary retention secondary to anticholinergic medication' (R33.0): 'Anticholinergic NEC', oxybutynin,
  // glycopyrrolate and scopolamine are T44.3X-.
  { code: 'T443X5A', named: /^$/, drug: 'anticholinergics?|oxybutynin|glycopyrrolate|scopolamine' },
  // The drugs US hospital notes name as the cause of an electrolyte disorder, a cough, a thyroid disorder or a bleed
  // ('hyponatremia d/t HCTZ', 'hypokalemia 2/2 Lasix', 'ACE-I induced cough', 'amiodarone-induced hypothyroidism'):
  // the thiazides 'benzothiadiazides and other diuretics' (T50.2X5-), the loop diuretics (T50.1X5-), the ACE
  // inhibitors (T46.4X5-), amiodarone an 'other antidysrhythmic' (T46.2X5-), the anticoagulants (T45.515-).
  { code: 'T502X5A', named: /^$/, drug: 'thiazides?|hctz|hydrochlorothiazide|chlorthalidone|metolazone' },
  // Spironolactone is no thiazide: the Table of Drugs gives it the mineralocorticoid antagonists' row (T50.0X-).
  { code: 'T500X5A', named: /^$/, drug: 'spironolactone|aldactone|eplerenone' },
  { code: 'T501X5A', named: /^$/, drug: 'loop diuretics?|furosemide|lasix|bumetanide|bumex|torsemide' },
  { code: 'T464X5A', named: /^$/, drug: 'ace ?inhibitors?|ace-?i|ace-inhibitors?|lisinopril|enalapril|ramipril|benazepril|captopril' },
  { code: 'T462X5A', named: /^$/, drug: 'amiodarone' },
  { code: 'T45515A', named: /^$/, drug: 'anticoagula(?:nts?|tion)|warfarin|coumadin|heparin|enoxaparin|lovenox|apixaban|eliquis|rivaroxaban|xarelto' },
  // The rate and pressure drugs of the same notes ('bradycardia due to metoprolol', 'hypotension 2/2 diltiazem'): the
  // beta blockers 'Beta-adrenoreceptor antagonists' (T44.7X5-), the calcium channel blockers (T46.1X5-).
  { code: 'T447X5A', named: /^$/, drug: 'beta[- ]?blockers?|metoprolol|lopressor|toprol|atenolol|propranolol|bisoprolol|nadolol' },
  { code: 'T461X5A', named: /^$/, drug: 'calcium channel blockers?|ccbs?|diltiazem|cardizem|verapamil|amlodipine|nifedipine' },
  // The antibiotics of an inpatient's kidney injury or rash ('AKI due to vancomycin', 'rash 2/2 amoxicillin'): the
  // penicillins (T36.0X5-), vancomycin an 'other systemic antibiotic' (T36.8X5-).
  { code: 'T360X5A', named: /^$/, drug: 'penicillins?|amoxicillin|amoxicillin[- ]clavulanate|augmentin|ampicillin|piperacillin(?:[- ]tazobactam)?|zosyn|nafcillin|oxacillin' },
  { code: 'T368X5A', named: /^$/, drug: 'vancomycin|vanc|vanco' },
];
/** A drug taken wrongly or in excess is a poisoning (Guidelines I.C.19.e.5.b), not an adverse effect. */
const OVERDOSE = /\b(?:overdos\w*|too much|extra (?:dose|units?|insulin)|wrong (?:dose|insulin)|double[ds]? (?:dose|up)|intentional\w*|suicid\w*|poisoning)\b/i;
/**
 * The Index's 'drug-induced' subterm of a condition a drug is tied to: 'Insufficiency, adrenal (gland), drug-induced
 * E27.3' ('Use additional code for adverse effect, if applicable, to identify drug'), 'Retention, urine, drug
 * induced R33.0', 'Hypothyroidism, due to, medicament NEC E03.2', 'Hypotension, drug-induced I95.2'. The unspecified
 * code of the plain term gives way to it.
 */
const DRUG_INDUCED: ReadonlyMap<string, string> = new Map([
  ['E2740', 'E273'],
  ['R339', 'R330'],
  ['E039', 'E032'],
  // 'Hypotension, drug-induced I95.2' ('hypotension 2/2 diltiazem', 'hypotension due to lisinopril').
  ['I959', 'I952'],
]);
/** A condition the chart ties to the drug: 'nausea due to chemotherapy', 'chemotherapy-induced', 'steroid-induced'. */
const tiedTo = (drug: string) =>
  new RegExp(String.raw`^[^.;]{0,60}?\b(?:due to|d\/t|secondary to|2\/2|from|after|induced by|caused by|related to)\s+(?:(?:the|his|her|their|recent|ongoing|high[- ]dose|chronic|long[- ]term|prolonged|exogenous)\s+){0,2}(?:${drug})\b|\b(?:${drug})[- ](?:induced|related)\b`, 'i');
const TIED = CAUSES.map((c) => tiedTo(c.drug));
/**
 * Each drug's words anywhere (no word boundary: a finding's surroundings may start inside a word): a chart that names
 * none is not searched around each finding for being tied to it.
 */
const NAMED = CAUSES.map((c) => new RegExp(c.drug, 'i'));

/**
 * The adverse effect of a drug correctly given (T..X5-) beside the condition it caused (Guidelines I.C.19.e.5.a: the
 * nature of the adverse effect first, then the drug's T code; the Tabular's 'use additional code for adverse effect,
 * if applicable, to identify drug' at D64.81 and D70.1). 'A' while the patient receives active treatment for it.
 */
export function withInducedAdverseEffects(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const added: Finding[] = [];
  const induced = new Map<Finding, string>();
  CAUSES.forEach((cause, k) => {
    // The drug already coded, of any intent: 'hypotension due to lisinopril overdose' is its poisoning (T46.4X1-), not both.
    if (findings.some((f) => f.code.startsWith(cause.code.slice(0, 5))) || view.indexOf(cause.code) === undefined) return;
    const evidence: Evidence[] = [];
    const said = NAMED[k]!.test(text);
    for (const f of findings) {
      if (f.context !== 'affirmed' || /^[T-Z]/.test(f.code)) continue;
      if (cause.named.test(f.code)) evidence.push(...f.evidence);
      else if (said && (!cause.only || cause.only.test(f.code))) {
        const tied = f.evidence.filter((e) => TIED[k]!.test(aroundOf(text, reading, e)));
        if (cause.only && tied.some((e) => OVERDOSE.test(aroundOf(text, reading, e)))) continue;
        evidence.push(...tied);
        const subterm = DRUG_INDUCED.get(f.code);
        if (tied.length > 0 && subterm && view.indexOf(subterm) !== undefined) induced.set(f, subterm);
      }
    }
    if (evidence.length === 0) return;
    // 'Peptic ulcer disease, NSAID related' in a chart that says which NSAID ('ibuprofen 800 mg TID'): that drug's row.
    if (cause.code === 'T39395A' && new RegExp(String.raw`\b(?:${PROPIONIC})\b`, 'i').test(text)) {
      if (!added.some((f) => f.code === 'T39315A')) added.push({ code: 'T39315A', evidence, score: 2, context: 'affirmed', notes: ['adverse effect of a drug correctly given, after the condition it caused (Guidelines I.C.19.e.5.a)'] });
      return;
    }
    const note = 'adverse effect of a drug correctly given, after the condition it caused (Guidelines I.C.19.e.5.a)';
    added.push({ code: cause.code, evidence, score: 2, context: 'affirmed', notes: [note] });
  });
  if (added.length === 0) return findings;
  const note = "the Index's 'drug-induced' subterm of a condition the chart ties to a drug";
  return [...findings.map((f) => (induced.has(f) ? { ...f, code: induced.get(f)!, notes: [...f.notes, note] } : f)), ...added];
}

/** The words of a finding and the rest of its sentence, with the word before it ('steroid-induced hyperglycemia'). */
function aroundOf(text: string, reading: ChartReading, e: Evidence): string {
  const sentence = sentenceAt(reading, e.start);
  let from = Math.max(sentence?.start ?? 0, e.start - 30);
  // Not over a list item's number or another clause before the finding ('1. Hyperkalemia 2/2 spironolactone'): the
  // link to the drug is read from the finding on.
  const stop = Math.max(text.lastIndexOf('.', e.start - 1), text.lastIndexOf(';', e.start - 1));
  if (stop >= from) from = stop + 1;
  return text.slice(from, sentence ? Math.max(sentence.end, e.end) : e.end + 80).slice(0, 140);
}
