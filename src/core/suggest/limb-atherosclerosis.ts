import type { CodeTableView } from '../search/code-table-view';
import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Atherosclerosis of the arteries of a limb (Index: 'Arteriosclerosis, extremities (native arteries) I70.20-, leg,
 * with intermittent claudication I70.21-, rest pain I70.22-, ulceration I70.23-/I70.24-, gangrene I70.26-'): the
 * plain atherosclerosis read from the words (I70.90 'Unspecified atherosclerosis', I70.8 'of other arteries') is the
 * limb's code when its phrase names a limb or a limb's artery, with the stage and side the sentence documents.
 */
const PLAIN = new Set(['I7090', 'I708', 'I70209']);
const LOWER_LIMB = /\b(?:legs?|lower (?:limbs?|extremit(?:y|ies))|feet|foot|toes?|thighs?|calf|calves|ankles?|heels?|femoral|femoropopliteal|popliteal|tibial|peroneal|pedal)\b/i;
const UPPER_LIMB = /\b(?:arms?|upper (?:limbs?|extremit(?:y|ies))|hands?|fingers?|forearms?|brachial|radial|ulnar)\b/i;
/** Arteries the classification gives their own codes (I25.1 coronary, I70.0 aorta, I70.1 renal, I67.2 cerebral...). */
const OTHER_ARTERY = /\b(?:coronar\w*|aort\w*|carotid|renal|cerebr\w*|intracranial|mesenteric|vertebr\w*|basilar|temporal|retinal|supra-?aortic)\b/i;
const BOTH = /\b(?:bilateral\w*|both|legs|lower (?:limbs|extremities)|feet)\b/i;
/**
 * The stages, the highest first: each includes those below it (I70.26 'Includes any condition classifiable to
 * I70.21-, I70.22-, I70.23-, I70.24-, and I70.25-'). Critical or chronic limb-threatening ischemia NOS is I70.22-'s
 * own inclusion term.
 */
const GANGRENE = /\bgangren\w*/i;
const ULCER = /\bulcer\w*/i;
const REST_PAIN = /\brest pain\b|\bpain at rest\b|\bcritical (?:limb )?ischemi\w*|\blimb[- ]threatening ischemi\w*/i;
const CLAUDICATION = /\bclaudication\b/i;
const DENIED = /\b(?:no|without|denie[sd]|absence of|not)\b[^,;]*$/i;
/**
 * A bypass graft of a limb is its own subcategory, by the graft's kind, with the native arteries' stages and sides
 * (Index: 'Arteriosclerosis, extremities, bypass graft I70.30-, autologous vein graft I70.40-, nonautologous biological
 * graft I70.50-, nonbiological graft I70.60-'): the fourth character of I70.2- becomes the graft's. The kinds are
 * tried in this order: 'non-biological' holds 'biological', 'non-autologous' holds 'autologous'.
 */
const GRAFT = /\bbypass\b|\bgrafts?\b/i;
const NATIVE = /\bnative\b/i;
const GRAFT_KINDS: [RegExp, string][] = [
  [/\bnon-?biological\b|\bsynthetic\b|\bprosthetic\b|\bPTFE\b|\bpolytetrafluoroethylene\b|\bdacron\b/i, '6'],
  [/\bnon-?autologous\b|\bbiological\b|\bhomografts?\b|\ballografts?\b|\bcryopreserved\b/i, '5'],
  [/\bautologous\b|\bvein\b|\bsaphenous\b/i, '4'],
];

/** The ulcer's site as the sixth character of I70.23-/I70.24-: thigh 1, calf 2, ankle 3, heel and midfoot 4, foot 5. */
const ULCER_SITES: [RegExp, string][] = [
  [/\bthigh/i, '1'], [/\bcalf|\bcalves/i, '2'], [/\bankle|\bmalleol\w*/i, '3'], [/\bheel|\bmidfoot/i, '4'],
  [/\bfoot|\bfeet|\btoes?\b|\bhallux|\bmetatars\w*/i, '5'], [/\bleg\b|\bshin|\bpretibial/i, '8'],
];

export function withLimbAtherosclerosis(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  return findings.map((f) => {
    const code = PLAIN.has(f.code) ? limbCode(text, reading, f) : undefined;
    if (code === undefined || view.indexOf(code) === undefined) return f;
    return { ...f, code, notes: [...f.notes, 'atherosclerosis of the arteries of a limb, with the stage and side documented (Index: Arteriosclerosis, extremities)'] };
  });
}

function limbCode(text: string, reading: ChartReading, f: Finding): string | undefined {
  const sentence = f.evidence
    .map((e) => {
      const s = sentenceAt(reading, e.start);
      return s ? text.slice(s.start, s.end) : text.slice(e.start, e.end);
    })
    .join(' ');
  // The words of the finding's own phrase: a limb named there, not an artery the classification codes elsewhere.
  const phrase = f.evidence.map((e) => text.slice(Math.max(0, e.start - 60), e.end + 60)).join(' ');
  if (OTHER_ARTERY.test(phrase)) return undefined;
  // An arm is the 'other extremity' (8); 'the extremities' unnamed are the legs' codes of an unspecified side.
  const upper = !LOWER_LIMB.test(sentence) && UPPER_LIMB.test(sentence);
  if (!upper && !LOWER_LIMB.test(sentence) && !/\bextremit(?:y|ies)\b/i.test(sentence)) return undefined;
  const right = /\bright\b/i.test(sentence);
  const side = upper ? '8' : BOTH.test(sentence) ? '3' : right === /\bleft\b/i.test(sentence) ? '9' : right ? '1' : '2';
  return `I70${arteries(phrase)}${stageCode(sentence, side)}`;
}

/** The fourth character: native arteries (2), or a bypass graft the finding's phrase names, by its kind (3 to 6). */
function arteries(phrase: string): string {
  if (!GRAFT.test(phrase) || NATIVE.test(phrase)) return '2';
  return GRAFT_KINDS.find(([words]) => words.test(phrase))?.[1] ?? '3';
}

/** A stage's words said, not denied ('no rest pain', 'without gangrene'). */
function said(words: RegExp, sentence: string): RegExpExecArray | undefined {
  const m = words.exec(sentence);
  return m && !DENIED.test(sentence.slice(Math.max(0, m.index - 30), m.index)) ? m : undefined;
}

/** The characters after the fourth: the stage, then the side (or the ulcer's leg and site). */
function stageCode(sentence: string, side: string): string {
  if (said(GANGRENE, sentence)) return `6${side}`;
  // Ulceration is by leg and site (I70.23- right, I70.24- left), of an arm I70.25; of both legs or an unnamed one it
  // has no code, and the stage below is read.
  const ulcer = said(ULCER, sentence);
  if (ulcer && (side === '1' || side === '2')) {
    const after = sentence.slice(ulcer.index);
    const site = ULCER_SITES.find(([words]) => words.test(after))?.[1] ?? '9';
    return `${side === '1' ? '3' : '4'}${site}`;
  }
  if (ulcer && side === '8') return '5';
  if (said(REST_PAIN, sentence)) return `2${side}`;
  if (said(CLAUDICATION, sentence)) return `1${side}`;
  return `0${side}`;
}
