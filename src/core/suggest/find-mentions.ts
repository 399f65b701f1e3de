import type { ContextDecision } from '../types';
import { takesSideOfAnotherSite } from './side-of-site';
import { type ChartTerm, chartTerms, type Expand } from './chart-terms';
import { ALLERGY_LINE } from './allergy-status';
import type { ChartReading } from './chart-reading';
import { OTHER } from './concept-core';
import { siteAcrossClause } from './tumour-site-words';
import { type ConceptIndex, type ConceptMatch, keepMostSpecific, termsByName, type TermsByName } from './concept-index';
import { EXAM_SIGN_ALONE, NOT_A_FINDING_ALONE, type Placed, takesPart } from './not-a-finding';
import { notAFindingSpans } from './not-a-finding-spans';
import { pastNegatedList } from './negation-list';
import { crossesListItems, runsOf, sharesHeadAcrossList } from './phrase-spread';
import { takesSiteOfStudy } from './study-site';
import { takesWordElsewhere, wordsElsewhere } from './word-elsewhere';

/** One place in the chart where a concept is said, with its context. */
export interface Mention {
  codeIndex: number;
  start: number;
  end: number;
  section: string;
  /** Sum of the idf of the words matched: how specific the words are. */
  weight: number;
  /** Number of distinct core words matched. */
  words: number;
  /** Unbroken runs of the matched words (1 for a phrase said together; more for words spread over the sentence). */
  runs?: number;
  decision: ContextDecision;
  trigger?: string;
  /** Where the deciding trigger starts: after the mention, a negation reports a test's result ('CT was negative'). */
  triggerStart?: number;
}

/**
 * A question answered no, as EHR forms print them ('Smoking: no', 'Tobacco use: Never'): what the label names is
 * absent. Only an answer that is nothing but the negation: 'Diabetes: no complications' still has diabetes.
 */
const ANSWERED_NO = /^([^:]{1,60}):\s*(no|never|nil|denies|denied|negative)\s*\.?\s*$/i;


const LIST_MARKER = /^\s*(?:\(?\d{1,2}[.)]|#\d{1,2}[.:)]?|[-*•])\s+/;

type Sentence = ChartReading['sentences'][number];
interface SentenceTerms {
  /** Where the words start: after a list number ('2. CKD stage 3a'), which is not a word of the finding ('2' would read as a stage). */
  from: number;
  terms: ChartTerm[];
  /** The terms by name, as ConceptIndex.match groups them. */
  byName: TermsByName;
  termsAt: Placed;
  /** The sentence's words, from `from` on. */
  words: string;
  /** The NOT_A_FINDING phrases, as [start, end] in the text, once a match asks (see phrasesOf). */
  phrases?: number[][];
  /** The words read in another sense (see wordsElsewhere), once a match asks. */
  elsewhere?: number[][];
  /** Whether the sentence is an Allergies line (ALLERGY_LINE), and its answer if it is a question answered no. */
  allergyLine: boolean;
  answer: RegExpExecArray | null;
}

/**
 * The last chart's sentences, read (see sentenceTerms): findMentions runs over the same reading for the diagnoses,
 * the procedures and the supplies, and reading the words was most of its time. One chart is kept rather than a
 * WeakMap of sentences: a WeakMap's entries survived young-generation collections and were promoted, and the old
 * space then grew by some 20 MB over the dev charts (committed, not used).
 */
let lastRead: { text: string; reading: ChartReading; expand: Expand | undefined; sentences: SentenceTerms[] } | undefined;
function readSentences(text: string, reading: ChartReading, expand: Expand | undefined): SentenceTerms[] {
  if (lastRead?.text === text && lastRead.reading === reading && lastRead.expand === expand) return lastRead.sentences;
  const sentences = reading.sentences.map((sentence) => sentenceTerms(text, sentence, expand));
  lastRead = { text, reading, expand, sentences };
  return sentences;
}

function sentenceTerms(text: string, sentence: Sentence, expand: Expand | undefined): SentenceTerms {
  const marker = LIST_MARKER.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0;
  const from = sentence.start + marker;
  const words = text.slice(from, sentence.end);
  const terms = chartTerms(words, expand, from);
  const termsAt = new Map<number, ChartTerm>();
  for (const t of terms) termsAt.set(t.position, t); // the last term of a position, as Map(entries) keeps it
  return { from, words, terms, byName: termsByName(terms), termsAt, allergyLine: ALLERGY_LINE.test(words), answer: ANSWERED_NO.exec(words) };
}

/**
 * The NOT_A_FINDING phrases of a sentence, searched for once one of its matches is kept: half the dev charts'
 * sentences keep none, and the pattern is long (notAFindingSpans searches only the phrases whose words it holds).
 */
function phrasesOf(read: SentenceTerms): number[][] {
  const { from } = read;
  read.phrases ??= notAFindingSpans(read.words).map((m) => [from + m.index, from + m.index + m[0].length]);
  return read.phrases;
}

/** Finds every concept said in each sentence, keeping the most specific reading of each stretch of words. */
export function findMentions(
  text: string,
  reading: ChartReading,
  concepts: ConceptIndex,
  expand?: Expand,
  /** Diagnoses are listed item by item; a procedure list ('CT of the chest, abdomen and pelvis') shares its words. */
  splitLists = false,
  /** Whether a code is coded beside another from the same words (see keepMostSpecific): an injury's external cause. */
  beside?: (kept: number, codeIndex: number) => boolean,
  /** Whether a code's condition is a part's absence ('Acquired absence of kidney'): its 'absence of' names it (see namesOwnTrigger). */
  namesAbsence?: (codeIndex: number) => boolean,
  /** Whether a reading of the words may stand at all, before the most specific is kept: a study's words gathered over another's do not. */
  admits?: (codeIndex: number, start: number, end: number) => boolean,
): Mention[] {
  const besideMatch = beside && ((k: ConceptMatch, m: ConceptMatch) => beside(k.codeIndex, m.codeIndex));
  const mentions: Mention[] = [];
  const read = readSentences(text, reading, expand);
  const bridge = splitLists ? sharesHeadAcrossList(text) : undefined;
  for (let k = 0; k < reading.sentences.length; k++) {
    const sentence = reading.sentences[k]!;
    const { from, terms, byName, termsAt, allergyLine, answer } = read[k]!;
    // A phrase whose words fall under different contexts ('CAD ... no angina') is two findings, not one.
    const all = concepts.match(terms, byName, bridge).filter((m) => !plainOther(text, from, m, concepts) && !takesTherapyDuration(text, m, termsAt) && !takesSideOfAnotherSite(text, m, terms));
    const found = admits ? all.filter((m) => admits(m.codeIndex, m.start, m.end)) : all;
    if (found.length === 0) continue;
    const matches = splitLists ? found.map((m) => earlierIfListed(text, m, found, termsAt)) : found;
    // A prefix within the phrase ('non' of 'non-ST elevation myocardial infarction', 'hepatitis non-A, non-B') is
    // part of the name, not a context of the words after it.
    // A phrase whose only mixed context is a hedge on some of its words ('cirrhosis of probable alcoholic origin') is
    // as uncertain as its least certain word: coded inpatient, its certain words alone outpatient (Guidelines II.H,
    // IV.H). It reads under the certain words' own match, which it does not replace.
    const hedged = new Set<ConceptMatch>();
    const consistent = matches.filter((match) => {
      // Each unbroken run of the phrase's words is read as one span: a trigger's scope is counted to a span's first
      // word, so 'history of ... an acute myocardial infarction' is historical to its last word.
      const decisions = new Set(runsOf(match.positions).map(([a, b]) => {
        const context = reading.contextOf(termsAt.get(a)!.start, termsAt.get(b)!.end);
        const named = context.triggerStart! >= match.start && context.triggerStart! < match.end && (context.attached || namesOwnTrigger(text.slice(context.triggerStart, context.triggerEnd), read[k]!.words, match, namesAbsence));
        // A procedure's words that a negation after them all reaches only in part ('A CT scan of the chest, abdomen and
        // pelvis, as well as bone scan, ruled out metastasis') are still one reading: the whole phrase's context decides
        // below, and a negation after a test is its result (procedureDone).
        const after = !splitLists && context.decision === 'negated' && context.triggerStart! >= match.end;
        return named || after ? 'affirmed' : context.decision;
      }));
      const mixed = decisions.size === 2 && decisions.has('affirmed') && decisions.has('uncertain');
      if (mixed) hedged.add(match);
      // A procedure's words half inside a hedge's scope ('the suspicion of diverticula was established by abdominal
      // computed tomography') are read as the hedged phrase too: the hedge is about the finding, and the study was done.
      if ((decisions.size !== 1 && !mixed) || !splitLists) return decisions.size === 1 || mixed;
      return !crossesListItems(text, match, matches, termsAt) && !siteAcrossClause(text, concepts.termsOf(match.concept), match.positions, terms)
        && !takesSiteOfStudy(text, match, matches, termsAt);
    });
    const certain = keepMostSpecific(consistent.filter((m) => !hedged.has(m)), besideMatch);
    const kept = [...certain, ...keepMostSpecific(consistent.filter((m) => hedged.has(m)), besideMatch).filter((m) => !certain.some((c) => m.positions.every((p) => c.positions.includes(p))))];
    for (const match of kept) {
      if (phrasesOf(read[k]!).some((phrase) => takesPart(match, phrase, terms, termsAt))) continue;
      if (takesWordElsewhere(match, (read[k]!.elsewhere ??= wordsElsewhere(read[k]!.words, from)), termsAt)) continue;
      if (match.positions.length === 1 && NOT_A_FINDING_ALONE.test(text.slice(match.start, match.end))) continue;
      if (sentence.section === 'exam' && EXAM_SIGN_ALONE.test(text.slice(match.start, match.end))) continue;
      // Under Allergies a condition is the reaction the patient would have ('penicillin (rash)'), not today's finding.
      const underAllergies = sentence.section === 'allergies' || allergyLine;
      const listed = underAllergies && !concepts.termsOf(match.concept).some((t) => t.startsWith('allerg'));
      const answeredNo = answer !== null && match.end <= from + answer[1]!.length;
      const { decision, trigger, triggerStart } = listed
        ? { decision: 'hypothetical' as const, trigger: 'listed under Allergies: the reaction the patient would have', triggerStart: undefined }
        : answeredNo
          ? { decision: 'negated' as const, trigger: `answered "${answer[2]}"`, triggerStart: undefined }
          : hedged.has(match)
            ? { ...hedgeOf(match, reading, termsAt), decision: 'uncertain' as const }
            : contextInList(text, match, found, reading, sentence.end);
      mentions.push({
        codeIndex: match.codeIndex,
        start: match.start,
        end: match.end,
        section: sentence.section,
        weight: match.weight,
        words: match.positions.length,
        runs: spreadRuns(text, match.positions, termsAt),
        decision,
        trigger,
        triggerStart,
      });
    }
  }
  return mentions;
}

/** 'on chronic', 'on long-term' ending a phrase: the duration of the therapy named after it. */
const ON_DURATION = /\bon\s+$/i;
const DURATION_WORD = /^(?:chronic|long[- ]?term)/i;

/**
 * 'Paroxysmal atrial fibrillation, on chronic anticoagulation', 'asthma on chronic steroids': a 'chronic' after the
 * condition and an 'on' is the treatment's, the condition's own words are read without it (I48.0, not also I48.20
 * 'Chronic atrial fibrillation'); a modifier stands before its head.
 */
function takesTherapyDuration(text: string, match: ConceptMatch, termsAt: Placed): boolean {
  const { positions } = match;
  if (positions.length < 2) return false;
  const last = termsAt.get(positions[positions.length - 1]!);
  const before = termsAt.get(positions[positions.length - 2]!);
  return !!last && !!before && DURATION_WORD.test(text.slice(last.start, last.end)) && ON_DURATION.test(text.slice(before.end, last.start));
}

const OTHER_WORD = /^other\b(?!\W+specified\b)/i;

/**
 * 'She also had other fractures of the right patella': an 'Other ...' title's words (S82.091A 'Other fracture of right
 * patella') said after the start of a sentence are plain English, more fractures. The classification's 'other' code
 * is named by a sentence or list item that opens with its title ('Other postprocedural shock', as problem lists print
 * titles); 'other specified' says it anywhere.
 */
function plainOther(text: string, from: number, match: ConceptMatch, concepts: ConceptIndex): boolean {
  return concepts.otherOpens && match.start !== from && OTHER_WORD.test(text.slice(match.start, match.start + 16)) && concepts.termsOf(match.concept).includes(OTHER);
}

/** The negation words that are the name of an absence code ('Absence, kidney, acquired Z90.5'). */
const ABSENCE_TRIGGER = /^absen/i;
/** Words that tell how a part came to be absent: acquired (an operation removed it) or congenital. */
const HOW_ABSENT = /\b(?:acquired|congenital|\w+ectom(?:y|ies|ized)|amputat\w*|removed|resect\w*|excis\w*|surg\w*|operat\w*)\b/i;

/**
 * Whether a trigger inside the phrase is the finding's own name: the 'absence of' of 'acquired absence of left upper
 * limb, unspecified level' (Z89.202) or 'absence of the left kidney after nephrectomy' (Z90.5), whose code is the
 * absence itself (Index: Absence, by site, acquired), is not a negation of the words after it. Only where the
 * sentence tells how the part came to be absent: 'absence of left eye fixation' is no missing eye.
 */
function namesOwnTrigger(trigger: string, sentence: string, match: ConceptMatch, namesAbsence?: (codeIndex: number) => boolean): boolean {
  return ABSENCE_TRIGGER.test(trigger) && HOW_ABSENT.test(sentence) && namesAbsence?.(match.codeIndex) === true;
}

const SIDE_WORD = /^(?:right|left|bilateral|both)$/i;

/**
 * The unbroken runs of a phrase's words, a side between them not breaking one: the side of 'pain in the left renal
 * fossa' is read apart (refine.ts), so the phrase is still said together.
 */
function spreadRuns(text: string, positions: readonly number[], termsAt: Placed): number {
  const runs = runsOf(positions);
  let count = 1;
  for (let i = 1; i < runs.length; i++) {
    for (let p = runs[i - 1]![1] + 1; p < runs[i]![0]; p++) {
      const term = termsAt.get(p);
      if (!term || !SIDE_WORD.test(text.slice(term.start, term.end))) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** A match's context, leaving out a forward negation whose list ends before the match (see pastNegatedList). */
function contextInList(text: string, match: ConceptMatch, found: readonly ConceptMatch[], reading: ChartReading, sentenceEnd: number) {
  const context = reading.contextOf(match.start, match.end);
  const { decision, triggerStart, triggerEnd } = context;
  if (decision !== 'negated' || triggerEnd === undefined) return context;
  if (!pastNegatedList(text, text.slice(triggerStart, triggerEnd), triggerEnd, match, found, sentenceEnd)) return context;
  return reading.contextOf(match.start, match.end, triggerStart);
}

/** The hedge of a phrase read as uncertain: the trigger of its first uncertain run of words. */
function hedgeOf(match: ConceptMatch, reading: ChartReading, termsAt: Placed): { trigger?: string; triggerStart?: number } {
  for (const [a, b] of runsOf(match.positions)) {
    const context = reading.contextOf(termsAt.get(a)!.start, termsAt.get(b)!.end);
    if (context.decision === 'uncertain') return { trigger: context.trigger, triggerStart: context.triggerStart };
  }
  return {};
}

/**
 * A phrase that took a word said twice from the next item of a list ('chronic renal failure, chronic pancreatitis')
 * reads with the word before its head instead, when that reading stays in one item.
 */
function earlierIfListed(text: string, match: ConceptMatch, all: readonly ConceptMatch[], termsAt: Placed): ConceptMatch {
  const earlier = match.earlier;
  if (!earlier || !crossesListItems(text, match, all, termsAt) || crossesListItems(text, earlier, all, termsAt)) return match;
  return earlier;
}
