import { formatCode } from '../codeset/format';
import type { Finding } from './assemble';
import type { CodeNotes } from './code-rules';
import { isIntegralTo } from './integral-symptoms';
import { rangesCover } from './note-ranges';

/**
 * Resolves Excludes1 pairs among the findings, which must never be reported together: a symptom (chapter R)
 * yields to a disease, any code to a pregnancy code (chapter O comes first, Guidelines I.C.15.a), any other to a
 * neoplasm, a shorter code to a longer one (it says less), and otherwise the code the note excludes to the code the
 * note is written under ('chronic bronchitis NOS' J42 under COPD J44).
 * The code that yields is dropped; its evidence and a note saying why go to the one kept. Between two symptoms the
 * one that yields stays, ranked lower, with the Excludes1 prompt for the coder to decide.
 */
export function foldExcluded(findings: Finding[], notes: (code: string) => CodeNotes, titleOf: (code: string) => string = () => '', text = ''): Finding[] {
  const dropped = new Set<Finding>();
  for (const host of findings) {
    for (const { note, ranges } of notes(host.code).excludes1) {
      for (const other of findings) {
        if (other === host || dropped.has(other) || dropped.has(host) || !rangesCover(ranges, other.code)) continue;
        if (namesAnotherCondition(note.text, ranges, other, titleOf) || namesAFormNotSaid(note.text, ranges, other, titleOf, text)) continue;
        if (closedWhereOpenExcluded(note.text, other.code)) continue;
        if (deficitOfStrokeNow(note.text, findings)) continue;
        const [keep, lose] = winner(host, other, titleOf, note.text);
        // 'Coma in diabetes (E08-E13)' is a diabetes code that says the coma; one 'without complications' (E11.9)
        // does not, so the coma of another cause stays.
        if (lose.code[0] === 'R' && /\bwithout complications?\b/i.test(titleOf(keep.code))) continue;
        if ((keep.code[0] === 'R' && lose.code[0] === 'R') || isTie(host, other) || blockBoundary(note.from, host, other)) {
          // Two symptoms (R52 beside R10.9), or two conditions no rule ranks (E87.6 Hypokalemia beside G72.3 Periodic
          // paralysis, excluded at E87): which one the documentation means is the coder's call; rank it lower.
          lose.score *= 0.5;
          continue;
        }
        dropped.add(lose);
        keep.evidence.push(...lose.evidence);
        keep.notes.push(`${formatCode('icd10cm', lose.code)} not coded: Excludes1 at ${note.from} ("${note.text}", notes: FY${note.year} Tabular List)`);
      }
    }
  }
  return findings.filter((f) => !dropped.has(f));
}

/**
 * A note that sends one named condition to a code titled for another ('purpura fulminans (D65)' at D69, D65 being
 * 'Disseminated intravascular coagulation'): it excludes that condition, not every finding of the code, so DIC beside
 * its thrombocytopenia is not dropped. Only a note naming that one code, sharing no word with its title.
 */
function namesAnotherCondition(text: string, ranges: [string, string][], other: Finding, titleOf: (code: string) => string): boolean {
  if (ranges.length !== 1 || ranges[0]![0] !== other.code || ranges[0]![1] !== other.code) return false;
  const title = titleOf(other.code);
  if (!title) return false;
  const stems = new Set(wordsOf(title));
  return !wordsOf(text.replace(/\([^)]*\)/g, ' ')).some((w) => stems.has(w));
}

/**
 * A note that names one kind of the other code's condition ('familial hypocalciuric hypercalcemia (E83.52)' at E21,
 * E83.52 being 'Hypercalcemia'): it excludes that kind, not every finding of the code. When the chart's words for
 * the finding say none of the note's own qualifiers, the hypercalcemia of a primary hyperparathyroidism is not the
 * familial kind, and the hyperparathyroidism E21.0 stays.
 */
function namesAFormNotSaid(note: string, ranges: [string, string][], other: Finding, titleOf: (code: string) => string, text: string): boolean {
  if (!text || ranges.length !== 1 || ranges[0]![0] !== other.code || ranges[0]![1] !== other.code) return false;
  const title = new Set(wordsOf(titleOf(other.code)));
  const qualifiers = wordsOf(note.replace(/\([^)]*\)/g, ' ')).filter((w) => !title.has(w));
  if (qualifiers.length === 0) return false;
  const said = new Set(other.evidence.flatMap((e) => wordsOf(text.slice(e.start, e.end))));
  return !qualifiers.some((w) => said.has(w));
}

/**
 * A note that excludes only the open fractures ('open fracture of elbow and forearm (S52.- with open fracture 7th
 * character)' at S51, the open wound there being the fracture's own): a closed fracture, its 7th character A, D, G,
 * K, P or S, is another injury, coded beside the wound ('Dog bite of left forearm' with a closed Colles fracture).
 */
const OPEN_FRACTURE_7TH = /[BCEFHJMNQR]/;
function closedWhereOpenExcluded(note: string, code: string): boolean {
  return /\bwith open fracture 7th character\b/i.test(note) && code.length === 7 && !OPEN_FRACTURE_7TH.test(code[6]!);
}

/**
 * A note that excludes only the deficit a past stroke left ('dysarthria following cerebrovascular disease (I69. with
 * final characters -22)' at R47.1): beside a stroke of this stay (I60-I63) the dysarthria, the facial droop are first
 * its deficits, coded as such beside it and the old stroke's sequela (Guidelines I.C.9.d).
 */
function deficitOfStrokeNow(note: string, findings: readonly Finding[]): boolean {
  return /\bfollowing cerebrovascular disease\b/i.test(note) && findings.some((f) => /^I6[0-3]/.test(f.code));
}

/** A text's words of four letters or more, cut to their first six ('coagulation', 'coagulopathy' -> 'coagul'). */
const wordsOf = (text: string) => (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 6));

/**
 * A note a whole block or chapter carries ('Excludes1 at A50-A64: human immunodeficiency virus [HIV] disease (B20)')
 * says where the classification puts a condition, not that a patient cannot have both: two unrelated conditions of
 * other categories are both coded (Guidelines I.A.12.a, the exception for unrelated conditions), the coder shown the note.
 */
function blockBoundary(from: string, host: Finding, other: Finding): boolean {
  const block = from.includes('-') || /^\d+$/.test(from);
  return block && host.code.slice(0, 3) !== other.code.slice(0, 3) && !/^[ROC]/.test(other.code) && !/^[ROC]/.test(host.code);
}

/** Two codes of other chapters, of the same length, neither a symptom, a pregnancy code or a neoplasm: no rule ranks them. */
function isTie(a: Finding, b: Finding): boolean {
  const ranked = (f: Finding) => /^[ROC]/.test(f.code) || isNeoplasm(f);
  return a.code[0] !== b.code[0] && a.code.length === b.code.length && !ranked(a) && !ranked(b);
}

/** The residual code of an organ, whose title names no condition ('Disorder of kidney and ureter, unspecified'). */
const ORGAN_RESIDUAL = /^Disorders? of .*, unspecified$/i;

/** A title whose condition is of no named kind ('Unspecified hearing loss, right ear', 'Unspecified asthma'). */
const UNSPECIFIED_KIND = /^Unspecified\b/i;
/** A title that leaves anything unspecified ('Mental disorder, not otherwise specified', 'Disorder of kidney, unspecified'). */
const SAYS_UNSPECIFIED = /\bunspecified\b|\bnot otherwise specified\b|\bNOS\b/i;

const isNeoplasm = (f: Finding) => /^(C|D[0-3]|D4[0-9])/.test(f.code);

function winner(host: Finding, excluded: Finding, titleOf: (code: string) => string, noteText = ''): [Finding, Finding] {
  const chapter = (f: Finding) => f.code[0];
  // A sign routinely part of the disease the note pairs it with yields to the disease (Guidelines I.B.5): the
  // hypercalcemia (E83.52) of a hyperparathyroidism (E21.0).
  if (isIntegralTo(host.code, excluded.code)) return [excluded, host];
  if (isIntegralTo(excluded.code, host.code)) return [host, excluded];
  // A note that sends the host's own condition elsewhere when it has a cause ('any condition in I51.4-I51.9 due to
  // hypertension and chronic kidney disease (I13.-)' at I51): the cardiomegaly of a hypertensive patient is part of
  // the hypertensive heart disease the other code names (Guidelines I.C.9.a.1), which stays.
  if (/^any condition in\b/i.test(noteText)) return [excluded, host];
  if (chapter(host) === 'R' && chapter(excluded) !== 'R') return [excluded, host];
  if (chapter(excluded) === 'R' && chapter(host) !== 'R') return [host, excluded];
  if (chapter(excluded) === 'O' && chapter(host) !== 'O') return [excluded, host];
  if (chapter(host) === 'O' && chapter(excluded) !== 'O') return [host, excluded];
  // A neoplasm is the diagnosis the other code's note sends it to: leukemia (C92.1-) over the raised white cell
  // count (D72.829) whose Excludes1 names it.
  if (isNeoplasm(excluded) && !isNeoplasm(host)) return [excluded, host];
  if (isNeoplasm(host) && !isNeoplasm(excluded)) return [host, excluded];
  // A title that opens 'Unspecified' leaves the condition's kind unnamed and yields to one that leaves nothing
  // unspecified, whatever their lengths: 'conductive hearing loss in the right ear' is H90.11, not H91.91 'Unspecified hearing loss, right
  // ear' (the NOS hearing loss H90's note excludes).
  if (UNSPECIFIED_KIND.test(titleOf(host.code)) && !SAYS_UNSPECIFIED.test(titleOf(excluded.code))) return [excluded, host];
  if (UNSPECIFIED_KIND.test(titleOf(excluded.code)) && !SAYS_UNSPECIFIED.test(titleOf(host.code))) return [host, excluded];
  // A code read from more of the same words says more: 'liver cirrhosis of probable alcoholic origin' is K70.30, not
  // the K74.60 of 'liver cirrhosis' whose note excludes it.
  if (readsMore(excluded, host)) return [excluded, host];
  if (readsMore(host, excluded)) return [host, excluded];
  // An organ's residual code names no condition and yields to the one its note sends elsewhere: 'chronic renal
  // failure' beside a 'worsening renal function' is N18.9, which N28.9 'Disorder of kidney and ureter, unspecified'
  // excludes.
  if (ORGAN_RESIDUAL.test(titleOf(host.code)) && !ORGAN_RESIDUAL.test(titleOf(excluded.code))) return [excluded, host];
  // The code that says less yields: N19 to N17.9, R52 'Pain, unspecified' to R10.9 abdominal pain.
  if (host.code.length !== excluded.code.length) return host.code.length > excluded.code.length ? [host, excluded] : [excluded, host];
  // Of two codes as long, the one whose title leaves something unspecified yields to the one that names it:
  // 'pneumococcal sepsis' is A40.3 'Sepsis due to Streptococcus pneumoniae', which A41's note excludes, not A41.9
  // 'Sepsis, unspecified organism'.
  if (SAYS_UNSPECIFIED.test(titleOf(host.code)) && !SAYS_UNSPECIFIED.test(titleOf(excluded.code))) return [excluded, host];
  // A note naming the other code by its very title sends that condition there, the finding of this code being part
  // of it: 'syndrome of inappropriate secretion of antidiuretic hormone (E22.2)' at E87.1, whose hyponatremia SIADH
  // brings; 'diabetes insipidus (E23.2)' at E87 and its hypernatremia. ('chronic bronchitis NOS (J42)' at J44 names
  // no title, and COPD stays.)
  if (noteText.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase() === titleOf(excluded.code).toLowerCase()) return [excluded, host];
  return [host, excluded];
}

/** Whether a's evidence covers all of b's and more: the same finding read with more of its words. */
function readsMore(a: Finding, b: Finding): boolean {
  const covers = (x: { start: number; end: number }) => a.evidence.some((y) => y.start <= x.start && x.end <= y.end);
  const wider = (x: { start: number; end: number }) => b.evidence.some((y) => x.start <= y.start && y.end <= x.end && x.end - x.start > y.end - y.start);
  return b.evidence.every(covers) && a.evidence.some(wider);
}
