import { sentenceAt } from '../text/analyze';
import { DIAGNOSIS_SECTIONS, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { SEVERE_SEPSIS, SYSTEMIC_INFECTION } from './severe-sepsis';
import { SITELESS_NEOPLASM } from './combine';
import { SKIN_DEFAULTS } from './siteless-default';

/**
 * The order of the diagnosis suggestions: how sure the reading of each code is, and how near it stands to the reason
 * for the encounter. The finding's score (the specificity of its words, its mentions, its section) is one part; the
 * rest are what a coder checks before trusting a code read from a narrative.
 */

/**
 * How much an early first mention raises a finding in the order: a note states why the patient came before what
 * was found on the way (the reason for admission, the principal diagnosis, leads the history), so of two findings
 * with equal evidence the one said first is listed first. 0.7: a finding first named at the end keeps 30% of its score.
 * A finding listed under Assessment, Diagnoses or the like keeps its whole score wherever the section stands.
 */
const EARLY_WEIGHT = 0.7;

/** The finding's place in the chart: its first mention, or a diagnosis section wherever that stands. */
function placeFactor(f: Finding, length: number): number {
  if (f.evidence.some((e) => e.section !== undefined && DIAGNOSIS_SECTIONS.has(e.section))) return 1;
  return 1 - (EARLY_WEIGHT * Math.min(...f.evidence.map((e) => e.start))) / Math.max(1, length);
}

/**
 * Each character past the subcategory (the fifth, sixth and seventh: a type, a side, a site, an episode of care) is
 * one more detail the code asserts, read from the chart's other words or taken as the Index's default, and one more
 * place where the reading can be wrong: a code that asserts more is less sure than a category named outright, so it
 * is listed lower by this factor for each (on the dev charts, 73% of 4-character suggestions were right, 63% of
 * 5-character, 54% of 6-character and 44% of 7-character). The order only: the code offered stays as specific.
 */
const PER_DETAIL = 0.8;

/** Lower for each character of the code past the fourth. */
const detailFactor = (f: Finding): number => PER_DETAIL ** Math.max(0, f.code.length - 4);

/**
 * A finding whose every piece of evidence runs long ('hematomas in the left shoulder', 'lesion with cortical bone')
 * was pieced together from words across a phrase, not said as a term the Index lists: a reading for the coder to
 * check, listed below the terms said outright (on the dev charts, 71% of suggestions whose shortest evidence ran under
 * 25 characters were right, 49% of the rest). Beside the spread-words weight of the score (see SPREAD in assemble):
 * a long span can be one unbroken run of words.
 */
const LONG_SPAN = 25;
const PIECED = 0.7;

const spanFactor = (f: Finding): number => (f.evidence.every((e) => e.end - e.start >= LONG_SPAN) ? PIECED : 1);

/**
 * A finding read from nothing but abbreviations ('CRF', 'FSGS', 'RD'): an abbreviation stands for more than one term
 * (chronic renal failure or chronic respiratory failure), and its reading is one for the coder to confirm, listed below
 * the findings whose words are written out (on the dev charts 57% of them were right, 68% of the rest).
 */
const ABBREVIATION = /^[A-Z][A-Z0-9]{1,5}s?$/;
const ABBREVIATED = 0.7;

const abbreviationFactor = (f: Finding, text: string): number =>
  f.evidence.every((e) => ABBREVIATION.test(text.slice(e.start, e.end))) ? ABBREVIATED : 1;

/**
 * Words that tell the reason for the encounter: what the patient came, consulted, was admitted or referred for, or
 * complained of. The condition chiefly responsible for the visit is listed first (Guidelines II, IV.G), so a finding
 * named in such a sentence is raised by this factor, the history and the findings met on the way left as they are.
 */
const ENCOUNTER = /\b(?:consult\w*|came|present(?:ed|s|ing)|admitted|admission|referred|attended|complain\w*|reason for)\b/i;
const REASON_FOR_VISIT = 1.3;

function encounterFactor(f: Finding, text: string, reading: ChartReading): number {
  for (const e of f.evidence) {
    const sentence = sentenceAt(reading, e.start);
    if (sentence && ENCOUNTER.test(text.slice(sentence.start, sentence.end))) return REASON_FOR_VISIT;
  }
  return 1;
}

/**
 * A case report, a narrative without headings, closes with what the workup established and how the case ended ('The
 * definitive diagnosis was ...', 'She died of ...'): a finding named in its last two sentences is raised by this
 * factor, as a diagnosis section's findings keep their whole score wherever it stands (see placeFactor). A headed note
 * closes with a plan or a signature, so only sentences under no heading count.
 */
const CLOSING_SENTENCES = 2;
const CLOSING = 1.4;

function closingFactor(f: Finding, reading: ChartReading): number {
  const { sentences } = reading;
  const from = sentences[Math.max(0, sentences.length - CLOSING_SENTENCES)]?.start ?? Infinity;
  return f.evidence.some((e) => e.start >= from && sentenceAt(reading, e.start)?.section === 'other') ? CLOSING : 1;
}

/**
 * How much of the words' specificity is taken back out of the score: the weight of a mention sums the idf of its words,
 * which says how rare a term is among the titles, not how sure its reading is ('leiomyosarcoma' and 'pain' are each
 * named outright; on the dev charts suggestions were right about 70% of the time at every mention weight from 4 to 28).
 * The square root of the score over the best mention's weight to this power leaves that weight at its fourth root,
 * while the mentions (how often and where the chart names the finding) keep their square root. A finding a rule placed
 * has no mention weight: its score stands for it.
 */
const SPECIFICITY_DISCOUNT = 0.25;

const specificityFactor = (f: Finding): number => Math.max(1, f.specificity ?? f.score) ** -SPECIFICITY_DISCOUNT;

/**
 * Two codes read from the same words: the one whose words are more specific is the reading, the other a weaker reading
 * of a part of them ('Rheumatoid arthritis with rheumatoid factor of right knee' is M05.761, not the M06.861 its words
 * also name). The Index's longest, most specific match is the code; the weaker one stays for the coder to see, listed
 * lower by this factor, as the specificity counts for little in the key otherwise (see SPECIFICITY_DISCOUNT). Only
 * readings of words compare so: a rule's finding (a transport accident by its conveyance) has no mention weight. Two
 * codes of one category are siblings the chart's details choose between, not readings of more or fewer words: 'burn
 * of multiple fingers of the left hand' is T23.232A (multiple left fingers), though T23.292A's 'hand' weighs more.
 */
const WEAKER_READING = 0.6;

const overlaps = (a: Finding['evidence'][number], b: Finding['evidence'][number]) => a.start < b.end && b.start < a.end;

/** The findings every piece of whose evidence overlaps the evidence of a finding read from more specific words. */
export function weakerReadings(findings: readonly Finding[]): Set<Finding> {
  const read = findings.filter((f) => f.specificity !== undefined);
  return new Set(read.filter((f) => read.some((g) => g.specificity! > f.specificity! && g.code.slice(0, 3) !== f.code.slice(0, 3) && f.evidence.every((e) => g.evidence.some((other) => overlaps(e, other))))));
}

/** The order key's factor for a weaker reading of another finding's words (see weakerReadings). */
export const readingFactor = (f: Finding, weaker: ReadonlySet<Finding>): number => (weaker.has(f) ? WEAKER_READING : 1);

/**
 * A finding is stated once in a sentence: two pieces of its evidence in one sentence (a term and its repeat, 'tumor in
 * the left nasal fossa ... the tumor', or the two halves of a combination, 'nausea and vomiting') are one statement,
 * though the score added each as a mention. Each piece past the first in a sentence takes back this factor (on the dev
 * charts 68% of the findings named in one piece a sentence were right, 62% of the rest).
 */
const SAME_SENTENCE = 0.8;

function sentenceFactor(f: Finding, reading: ChartReading): number {
  const pieces = new Set(f.evidence.map((e) => `${e.start}:${e.end}`)).size;
  const sentences = new Set(f.evidence.map((e) => sentenceAt(reading, e.start)?.start)).size;
  return SAME_SENTENCE ** (pieces - sentences);
}

/**
 * The order key of a diagnosis finding, higher first. The score enters by its square root: it sums the specificity of
 * every word matched, so a long title read word by word outweighs a term said outright many times over, though more
 * words make a code more detailed, not surer (a full-score reading of 16 counts twice one of 4, not four times); the
 * specificity is mostly taken back out again (see SPECIFICITY_DISCOUNT).
 */
export function rankKey(f: Finding, text: string, reading: ChartReading): number {
  return Math.sqrt(f.score) * specificityFactor(f) * placeFactor(f, text.length) * detailFactor(f) * spanFactor(f) * abbreviationFactor(f, text) * encounterFactor(f, text, reading) * closingFactor(f, reading) * sentenceFactor(f, reading);
}

/**
 * Where the provider states the principal diagnosis: the first item of the discharge diagnoses, else of the final or
 * principal diagnoses, else of the admission diagnoses, else of the assessment, else of an emergency note's numbered
 * impression ('IMPRESSION: 1. Intentional overdose of ...'). The condition established after study
 * to be chiefly responsible for the admission is sequenced first (Guidelines Section II), and a discharge summary lists
 * it first; the admitting diagnosis is the provider's reading before study, used only where no later list is written;
 * a history and physical or an office note numbers its assessment by what the visit is chiefly for (Section IV.A,
 * the first-listed diagnosis).
 */
const PRINCIPAL_SECTIONS = ['dischargeDiagnoses', 'diagnoses', 'admissionDiagnoses', 'assessment', 'impression'] as const;

/**
 * The findings named in the principal diagnosis's item (see PRINCIPAL_SECTIONS), to be listed first; empty where the
 * chart has no diagnosis list (a narrative, where the order key decides).
 */
export function principalFindings(findings: readonly Finding[], reading: ChartReading): Set<Finding> {
  for (const section of PRINCIPAL_SECTIONS) {
    let first: number | undefined;
    for (const f of findings) for (const e of f.evidence) if (e.section === section && (first === undefined || e.start < first)) first = e.start;
    if (first === undefined) continue;
    const item = sentenceAt(reading, first);
    if (!item) return new Set();
    return new Set(findings.filter((f) => f.evidence.some((e) => e.section === section && e.start >= item.start && e.start < item.end)));
  }
  return new Set();
}

/**
 * The order within the principal item: a sepsis before the localized infection that caused it (Guidelines
 * I.C.1.d.4: the systemic infection is sequenced first), and severe sepsis (R65.2-), whose Tabular note says to code
 * the underlying infection first, after it. 0 for what leads the principal item, higher for what follows within it (all
 * before the other findings).
 */
export function principalOrder(code: string): number {
  if (SYSTEMIC_INFECTION.test(code) || code === 'B20') return 0;
  if (ACUTE_RESPIRATORY_FAILURE.test(code)) return 0.05;
  return SEVERE_SEPSIS.test(code) ? 0.2 : SECONDARY_NEOPLASM.test(code) || SYMPTOM.test(code) ? 0.15 : 0.1;
}
/**
 * Acute (or acute on chronic) respiratory failure named in the principal item with its cause ('Acute hypoxic
 * respiratory failure 2/2 acute exacerbation of COPD') leads it: it may be the principal diagnosis when it meets the
 * definition (Guidelines I.C.10.b.1), and J96 has no note to code the COPD first; the exacerbation follows.
 */
const ACUTE_RESPIRATORY_FAILURE = /^J96[02]/;
/**
 * A sign or symptom of the principal item after the diagnosis it is told with: 'Benign prostatic hyperplasia with lower
 * urinary tract symptoms and chronic urinary retention' is N40.1, then R33.8 (which says to code the prostate first);
 * a code from chapter 18 is not principal when a related definitive diagnosis is established (Guidelines II.A).
 */
const SYMPTOM = /^R(?!65)/;
/**
 * HIV disease (B20) leads the principal item, its related conditions after it (Guidelines I.C.1.a.2.a). The secondary
 * sites of a malignancy, after its primary within the principal item ('malignant neoplasm of left upper
 * lobe, with liver and bone metastases': C34.12, then C78.7 and C79.51; Guidelines I.C.2.b lists the secondary first
 * only where the treatment is directed at it, which the coder reorders).
 */
const SECONDARY_NEOPLASM = /^C7[7-9]/;

/**
 * The tier of a finding outside the principal item: a pregnancy's codes (O00-O9A) before the other chapters' (0.4 to
 * 0.5), since Chapter 15 codes have sequencing priority over codes from other chapters (Guidelines I.C.15.a.1); HIV
 * disease (B20) before its related conditions (I.C.1.a.2.a), after a pregnancy's O98.7- (I.C.1.a.2.f); a poisoning
 * before its manifestations (I.C.19.e.5.b).
 */
export function tierOf(code: string): number {
  return code.startsWith('O') ? 0.4 : code === 'B20' || isPoisoning(code) ? 0.45 : SITELESS_NEOPLASM.has(code) || UNSPECIFIED_BEHAVIOR.test(code) || code === SITELESS_SARCOMA || isSkinDefault(code) ? SITELESS_TIER : 0.5;
}
/**
 * A poisoning or toxic effect (T36-T65, intent accidental, self-harm, assault or undetermined) before its
 * manifestations (Guidelines I.C.19.e.5.b: 'sequence first the poisoning code, followed by the manifestation'); an
 * adverse effect (5th or 6th character 5) comes after the nature of the effect, an underdosing after what it caused.
 */
function isPoisoning(code: string): boolean {
  if (!/^T(?:3[6-9]|[45]\d|6[0-5])/.test(code) || code.length < 7) return false;
  const stem = code.slice(0, 6).replace(/X+$/, ''); // the intent is the last character before the placeholders
  return '1234'.includes(stem[stem.length - 1]!);
}

/**
 * A neoplasm read with no site (C80.1 'Malignant (primary) neoplasm, unspecified', D49.9, C79.9: 'a carcinoma', 'the
 * tumor', 'metastases') after the findings of the chart's other words: the site decides the code, and C80.1 'should
 * only be used when no determination can be made as to the primary site ... rarely in the inpatient setting'
 * (Guidelines I.C.2.t). A chart that names a neoplasm names its organ somewhere the rules did not reach ('a sebaceous
 * carcinoma' of the eyelid, 'the tumor' of the testis): the code stays listed, last of the diagnoses, for the coder to
 * look the site up (on the dev charts none of the C80.1 and D49.9 suggestions was the chart's code). In the principal
 * item of a diagnosis list it keeps its place there.
 */
const SITELESS_TIER = 0.9;
/**
 * So too a neoplasm of unspecified behavior (D49.-), 'a tumor' by its site: the Index's reading of a growth the chart
 * names before its nature is known ('Tumor - see Neoplasm, unspecified behavior'). A case report goes on to the
 * pathology that names it, benign or malignant, and the coder codes that (the D49 code yields to a neoplasm of known
 * behavior of the same system where the rules read one, combine.ts); where they read none, the D49 reading, often of a
 * site word near 'tumor', is listed after the diagnoses stated (on the dev charts 27% of the D49 suggestions were
 * right, 68% of the rest).
 */
const UNSPECIFIED_BEHAVIOR = /^D49/;
/**
 * And a sarcoma read with no site, 'Sarcoma - see Neoplasm, connective tissue, malignant' taken at the column's
 * unspecified C49.9 ('low grade leiomyosarcoma', 'myxoid sarcoma' whose organ the rules did not reach): the
 * connective tissue's site decides the code as the organ's does a carcinoma's.
 */
const SITELESS_SARCOMA = 'C499';
/**
 * And the skin's default for an abscess or a fistula said with no site the rules read (L02.91, L98.8; see
 * siteless-default.ts): 'a fistula at level 47', 'pain and fistula in right mandibular angle' are placed by words
 * after the term, which the coder looks up in the Index's list of sites under it.
 */
const isSkinDefault = (code: string): boolean => SKIN_DEFAULTS.has(code);
