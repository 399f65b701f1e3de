import type { ContextDecision } from '../types';
import { type ChartTerm, chartTerms, type Expand } from './chart-terms';
import { ALLERGY_LINE } from './allergy-status';
import type { ChartReading } from './chart-reading';
import { siteAcrossClause } from './tumour-site-words';
import { type ConceptIndex, type ConceptMatch, keepMostSpecific, termsByName, type TermsByName } from './concept-index';

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
  decision: ContextDecision;
  trigger?: string;
  /** Where the deciding trigger starts: after the mention, a negation reports a test's result ('CT was negative'). */
  triggerStart?: number;
}

/**
 * Words that name something other than a finding where they stand: a surgical wound is the incision, tumor markers a
 * blood test, 'necrotic areas', 'areas of hemorrhage and necrosis' or 'hemorrhagic color' the look of a lesion or
 * specimen being described (part of that lesion, not gangrene or a hemorrhage of their own). A finding read wholly
 * inside such a phrase is not read, nor one that takes a word of it and words outside ('gastrointestinal and
 * gynecological tumor markers' is no tumour of the digestive system); one that holds the whole phrase and more
 * ('surgical wound infection') is.
 */
const NOT_A_FINDING = new RegExp(
  [
    // What a surgeon does to the incision: 'the surgical wound was opened' is no open wound (before the plain
    // 'surgical wound', which would end the phrase at 'wound').
    /\b(?:(?:surgical|operative|incisional|surgery) )?wounds? (?:was|were|is|are) (?:opened|reopened|closed|sutured|dressed|drained|washed|cleaned|packed|explored)\b/,
    /\b(?:surgical|operative|incisional|surgery) wounds?\b/,
    /\bwounds? (?:dressing|dressings|care|bed|closure|edges?|healing|control|review)\b/,
    // The care of the operation's wound: 'the wounds healed well', 'control of the wounds in external consultations'.
    /\bwounds? healed\b|\b(?:control|care|healing|closure) of the wounds?\b/,
    /\btumou?r markers?\b/,
    /\bbody mass index\b/,
    // Where a pain goes, or the back of a part: 'chest pain radiating to the back' is no back pain (M54.9 would take
    // 'back' and leave 'radiating'), nor 'pain in the back of his penis'.
    /\b(?:radiat\w*|irradiat\w*|spreading) (?:to|towards|into) the back\b/,
    /\b(?:(?:pain|painful|ache)\s+)?(?:in|on|at) the back of\b/,
    // A structure's collapse ('collapse of the abscess cavities', 'hepatocyte collapse') is no syncope (R55).
    /\bcollapses?\s+(?:of\s+)?the\b|\b(?:hepatocyte|ventricular|lung|lobar|vertebral|alveolar|tracheal|airway) collapse\b|\bcollapsed (?:areas?|zones?|segments?|cavit\w+|structures?|walls?)\b/,
    // A department or a specialist named after what it treats: 'the departments of Infectious Diseases'.
    /\b(?:departments?|services?|units?|divisions?|specialists?|consultants?) of (?:infectious diseases|infectious disease)\b/,
    /\binfectious diseases? (?:department|service|unit|division|specialists?|consult\w*|team)\b/,
    // Nerve ganglia, and the lymph node that Spanish-English notes call a 'ganglion': not a ganglion cyst (M67.4-).
    /\b(?:basal |spinal |sympathetic |dorsal root |ciliary |trigeminal |lymph )?gangli(?:on|ons|a)\b(?! cyst)/,
    // 'FC 100 ppm': after a number, ppm is a rate (beats a minute, as Spanish-English notes write it), not a pacemaker.
    /\b\d+\s*ppm\b/,
    // What a surgeon stitches or coagulates in the field: the operation's own bleeding, not a hemorrhage (R58).
    /\bbleeding (?:vessels?|points?|sites? was|bed)\b/,
    // The operation's own bleeding ('to control transoperative bleeding', 'estimated bleeding less than 100 ml'): a
    // complication only where the surgeon documents one (K91.6-, N99.6-...), never a hemorrhage NEC (R58).
    /\b(?:intra-?operative|transoperative|trans-operative|perioperative|operative|surgical|estimated) (?:bleeding|blood loss)\b/,
    /\b(?:necrotic|hemorrhagic|haemorrhagic) (?:areas?|foci|focus|appearance|aspect|colou?r|content|component|cent(?:er|re)|material|debris|changes?|formations?|fluid|zones?)\b/,
    /\b(?:areas?|foci|focus|zones?) of (?:necrosis|hemorrhage|haemorrhage)(?: and (?:necrosis|hemorrhage|haemorrhage))?\b/,
    /\b(?:necrosis|hemorrhage|haemorrhage) foci\b/,
    // Necrosis inside a tumour is its histology; Enterobacter cloacae is an organism, not a persistent cloaca (Q43.7).
    /\b(?:intratumou?ral|tumou?ral|tumou?r) necrosis\b|\bnecrosis of the tumou?r\b/,
    // A pathologist's kinds of necrosis describe a tissue's histology ('areas of hepatocyte collapse and bridging
    // necrosis'), not gangrene (I96); the named diagnoses (acute tubular necrosis, fat necrosis) are other words.
    /\b(?:bridging|piecemeal|fibrinoid|caseous|caseating|coagulative|liquefactive|hepatocyte|hepatocellular|centrilobular|zonal|submassive) necrosis\b/,
    /\b(?:enterobacter |e\. ?)?cloacae\b/,
    // 'SGA 106 mm/h': the erythrocyte sedimentation rate as Spanish notes abbreviate it (VSG), not small for gestational age.
    /\bsga\s+(?:level\s+)?(?:of\s+)?\d/,
    // A value that falls ('falling to 4,004 mg/dL', 'fell from 12 to 9') is not the patient's fall (W19).
    /\b(?:fall|falls|falling|fell)\s+(?:to|from|by)\s+\d/,
    // A 'depressible' abdomen (Spanish 'depresible') yields to the hand: not a depression.
    /\b(?:depressible|depressing)\b/,
    // A depression of the body's shape: the fovea's, an ST segment's, a skull fracture's, not the patient's mood.
    /\b(?:foveal|foveolar|st[- ]segment|st|skull|fontanel(?:le)?|sternal) depressions?\b/,
    /\bdepressions? of (?:the )?(?:left |right )?(?:visual field|field|sensitivity|st segment|the st)\w*/,
    // The anterior or lateral 'face' of an organ (Spanish 'cara') is its surface, not the face ('gastric anterior face tumor').
    /\b(?:anterior|posterior|lateral|medial|inferior|superior|internal|external|dorsal|ventral|outer|inner) faces?\b/,
    // A 'pseudo melanoma' or a 'pseudo tumor' looks like one and is not.
    /\bpseudo[- ](?:melanomas?|tumou?rs?|neoplasms?|carcinomas?|lymphomas?|polyps?)\b/,
    // 'Non-smoker' says the patient does not smoke; passive smoking is exposure (Z77.22), not the patient's habit.
    /\bnon[- ]?smok\w*|\bpassive smok\w*|\bsecond[- ]?hand smok\w*/,
    // 'A non-allergic patient' has no allergy; a stress echocardiogram or test is the heart's, not the patient's stress.
    /\bnon[- ]?allergic\b/,
    /\bstress[- ](?:echo\w*|tests?|testing|ecg|ekg|electrocardiogra\w*|scintigraph\w*|imaging|mri|perfusion|study|studies)\b/,
    // The allergy service a patient is referred to, and a part or a sense that is 'hypersensitive' (increased feeling
    // in the inguinal region, to sounds): not an allergy (T78.40).
    /\ballergy (?:department|service|unit|clinic|consult\w*|specialists?)\b|\b(?:referred|sent) to (?:[a-z ]{0,40} and )?(?:the )?allergy\b(?! to)/,
    /\bhypersensitivity (?:in|of|on) the\b|\bhypersensitivity to (?:sounds?|noises?|light|touch|textures?|cold|heat|pressure)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'gi',
);

/**
 * Whether a finding is read from a NOT_A_FINDING phrase: wholly inside it, or taking some of its words and not all
 * ('tumor markers, chest' takes the tumour and leaves the markers).
 */
function takesPart(match: ConceptMatch, [start, end]: number[], terms: readonly ChartTerm[], termsAt: Placed): boolean {
  if (start! <= match.start && match.end <= end!) return true;
  const inside = (t: { start: number; end: number }) => start! <= t.start && t.end <= end!;
  const used = match.positions.filter((p) => inside(termsAt.get(p)!)).length;
  return used > 0 && used < new Set(terms.filter(inside).map((t) => t.position)).size;
}

/**
 * One word that alone names no finding of the patient's: 'pregnancy' describes a course ('pregnancy and childbirth
 * were uneventful', the mother's in a newborn's chart) where 'pregnant' states the patient's condition; read alone
 * it gave 'Pregnant state, incidental' (Z33.1) in charts that had no current pregnancy. A device 'fitted' is put in
 * place, not a fit (the Index's 'Fit R56.9').
 */
const NOT_A_FINDING_ALONE = /^(?:pregnanc(?:y|ies)|fitted)$/i;

/**
 * A question answered no, as EHR forms print them ('Smoking: no', 'Tobacco use: Never'): what the label names is
 * absent. Only an answer that is nothing but the negation: 'Diabetes: no complications' still has diabetes.
 */
const ANSWERED_NO = /^([^:]{1,60}):\s*(no|never|nil|denies|denied|negative)\s*\.?\s*$/i;


const LIST_MARKER = /^\s*(?:\(?\d{1,2}[.)]|#\d{1,2}[.:)]?|[-*•])\s+/;

/**
 * Words that carry a finding across a comma into a combination ('diabetes, with hyperglycemia'); not the 'with' of a
 * new diagnosis ('ischemic heart disease, diagnosed with rheumatoid arthritis' is not rheumatoid heart disease).
 */
const JOINER = /\b(?<!\b(?:diagnosed|treated|presented|presents|presenting|admitted|seen|managed|started) )(?:with|due to|secondary to|associated|complicated by|caused by|from|of)\b/i;

type Placed = Map<number, { start: number; end: number }>;

/**
 * Whether a phrase takes its words from different items of a list ('COPD, hypertension' is not pulmonary
 * hypertension): a comma or semicolon between two of its words, no word joining them ('with perforation, localized
 * peritonitis' lists what 'with' joins), and a finding of its own on the far side. A modifier after a comma
 * ('gestational diabetes, diet controlled') names no finding alone and stays part of the phrase.
 */
function crossesListItems(text: string, match: ConceptMatch, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  const { positions } = match;
  const first = termsAt.get(positions[0]!)!.start;
  for (let i = 1; i < positions.length; i++) {
    const gapStart = termsAt.get(positions[i - 1]!)!.end;
    const gap = text.slice(gapStart, termsAt.get(positions[i]!)!.start);
    // 'Chills without fever' is not 'fever with chills': a phrase's words on both sides of 'without' are two findings.
    if (/\bwithout\b/i.test(gap)) return true;
    if (JOINER.test(text.slice(first, termsAt.get(positions[i]!)!.start))) continue;
    const next = positions[i]!;
    if (/[,;]/.test(gap)) {
      if (all.some((o) => o !== match && o.positions.includes(next) && o.positions.every((p) => p >= next))) return true;
      continue;
    }
    if (positions[i]! - positions[i - 1]! > 1 && borrowsModifier(text, match, i, all, termsAt)) return true;
  }
  return false;
}

/**
 * Whether a phrase spread over a sentence takes a modifier from another finding: 'pulmonary tuberculosis and
 * hypertension' is not pulmonary hypertension, 'ischemic heart disease (he suffered an acute myocardial infarction)'
 * not acute ischemic heart disease, nor 'tinnitus with bilateral hearing loss' bilateral tinnitus. A modifier goes with
 * the words it stands beside: a word at the edge of the phrase's gap that names no finding alone and is part of
 * another finding written as one unbroken phrase, sharing no other word with this one. A finding's own word
 * ('vomiting and nausea', R11.2) or a head shared by its sites ('adenocarcinoma of the breast and ovary') still joins.
 */
function borrowsModifier(text: string, match: ConceptMatch, i: number, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  const gapBefore = (o: ConceptMatch, k: number) => text.slice(termsAt.get(o.positions[k - 1]!)!.end, termsAt.get(o.positions[k]!)!.start);
  const unbroken = (o: ConceptMatch) =>
    o.positions.length > 1 && o.positions.every((p, k) => k === 0 || (p === o.positions[k - 1]! + 1 && /^[\s-]*$/.test(gapBefore(o, k))));
  const borrowed = (word: number) =>
    !all.some((o) => o.positions.length === 1 && o.positions[0] === word) &&
    all.some((o) => o !== match && o.positions.includes(word) && unbroken(o) && o.positions.every((p) => p === word || !match.positions.includes(p)));
  return borrowed(match.positions[i - 1]!) || borrowed(match.positions[i]!);
}

/** Runs of consecutive positions, as [first, last]: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. */
function runsOf(positions: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

type Sentence = ChartReading['sentences'][number];
interface SentenceTerms {
  /** Where the words start: after a list number ('2. CKD stage 3a'), which is not a word of the finding ('2' would read as a stage). */
  from: number;
  terms: ChartTerm[];
  /** The terms by name, as ConceptIndex.match groups them. */
  byName: TermsByName;
  termsAt: Placed;
  /** The NOT_A_FINDING phrases, as [start, end] in the text. */
  phrases: number[][];
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
  const termsAt = new Map(terms.map((t) => [t.position, t]));
  const phrases = [...words.matchAll(NOT_A_FINDING)].map((m) => [from + m.index!, from + m.index! + m[0].length]);
  const lines = { allergyLine: ALLERGY_LINE.test(words), answer: ANSWERED_NO.exec(words) };
  return { from, terms, byName: termsByName(terms), termsAt, phrases, ...lines };
}

/** Finds every concept said in each sentence, keeping the most specific reading of each stretch of words. */
export function findMentions(
  text: string,
  reading: ChartReading,
  concepts: ConceptIndex,
  expand?: Expand,
  /** Diagnoses are listed item by item; a procedure list ('CT of the chest, abdomen and pelvis') shares its words. */
  splitLists = false,
): Mention[] {
  const mentions: Mention[] = [];
  const read = readSentences(text, reading, expand);
  for (let k = 0; k < reading.sentences.length; k++) {
    const sentence = reading.sentences[k]!;
    const { from, terms, byName, termsAt, phrases, allergyLine, answer } = read[k]!;
    // A phrase whose words fall under different contexts ('CAD ... no angina') is two findings, not one.
    const matches = concepts.match(terms, byName);
    if (matches.length === 0) continue;
    // A prefix within the phrase ('non' of 'non-ST elevation myocardial infarction', 'hepatitis non-A, non-B') is
    // part of the name, not a context of the words after it.
    const consistent = matches.filter((match) => {
      // Each unbroken run of the phrase's words is read as one span: a trigger's scope is counted to a span's first
      // word, so 'history of ... an acute myocardial infarction' is historical to its last word.
      const decisions = new Set(runsOf(match.positions).map(([a, b]) => {
        const context = reading.contextOf(termsAt.get(a)!.start, termsAt.get(b)!.end);
        const named = context.attached && context.triggerStart! >= match.start && context.triggerStart! < match.end;
        return named ? 'affirmed' : context.decision;
      }));
      if (decisions.size !== 1 || !splitLists) return decisions.size === 1;
      return !crossesListItems(text, match, matches, termsAt) && !siteAcrossClause(text, concepts.termsOf(match.concept), match.positions, terms);
    });
    for (const match of keepMostSpecific(consistent)) {
      if (phrases.some((phrase) => takesPart(match, phrase, terms, termsAt))) continue;
      if (match.positions.length === 1 && NOT_A_FINDING_ALONE.test(text.slice(match.start, match.end))) continue;
      // Under Allergies a condition is the reaction the patient would have ('penicillin (rash)'), not today's finding.
      const underAllergies = sentence.section === 'allergies' || allergyLine;
      const listed = underAllergies && !concepts.termsOf(match.concept).some((t) => t.startsWith('allerg'));
      const answeredNo = answer !== null && match.end <= from + answer[1]!.length;
      const { decision, trigger, triggerStart } = listed
        ? { decision: 'hypothetical' as const, trigger: 'listed under Allergies: the reaction the patient would have', triggerStart: undefined }
        : answeredNo
          ? { decision: 'negated' as const, trigger: `answered "${answer[2]}"`, triggerStart: undefined }
          : reading.contextOf(match.start, match.end);
      mentions.push({
        codeIndex: match.codeIndex,
        start: match.start,
        end: match.end,
        section: sentence.section,
        weight: match.weight,
        words: match.positions.length,
        decision,
        trigger,
        triggerStart,
      });
    }
  }
  return mentions;
}
