import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import { AMPUTATIONS } from './amputation-status';
import type { ChartReading } from './chart-reading';

/**
 * Status codes a coder adds from what the chart says the patient lives with (Guidelines I.C.21.c.3): the organ an
 * operation in the past removed (Z90), a treatment given before (chemotherapy, irradiation, a coronary stent, a
 * vasectomy ...), dependence on renal dialysis (Z99.2) or on supplemental oxygen (Z99.81). Each is read from the
 * words of the treatment, which the concept dictionary reads as a procedure or not at all.
 */

type Side = 'right' | 'left' | 'both' | undefined;

/**
 * A pattern, its codes by side (or the codes by side its matched words name, for a pattern that reads the part too),
 * words its sentence must also hold to be read so, and words (lower case) of which each match of the pattern holds one:
 * a chart that holds none is not scanned for the pattern (each scan of a whole chart tries the pattern at every word).
 */
export type StatusEntry = readonly [
  pattern: RegExp,
  codes: readonly string[] | ((words: string) => readonly string[] | undefined),
  needs: RegExp | undefined,
  words: readonly string[],
];
/** An entry whose codes by side are fixed. */
type FixedEntry = readonly [pattern: RegExp, codes: readonly string[], needs: RegExp | undefined, words: readonly string[]];

/** 'Cystectomy' is the bladder's removal only when radical or total, or said with the bladder or its diversion. */
const BLADDER = /\b(?:radical|total) cystectomy\b|\b(?:bladder|urinary|urothelial|urothelium|neobladder|ileal conduit|bricker)\b/i;
/** A stent told with the heart's arteries is a coronary one (Z95.5); a ureteral or biliary one is not. */
const CORONARY = /\b(?:cad|coronary|pci|angioplasty|angina|myocardial|infarction|stemi|nstemi|heart|cardiac)\b/i;

/**
 * Operations that leave an organ absent, each with its Z90 code by side where the code has one ([unspecified, right,
 * left, both]). 'Cystectomy' alone may be a cyst's removal, so only a bladder cystectomy is read; a lobectomy only of
 * the lung. Written from the Tabular's Z90 titles; every code is checked against the FY2026 order file by a test.
 */
export const REMOVALS: readonly FixedEntry[] = [
  [/\b(?:(?:total|radical|abdominal|vaginal|laparoscopic)\s+)?hysterectom(?:y|ies|ized)\b/i, ['Z90710'], undefined, ['hysterectom']],
  [/\bsubtotal hysterectomy|supracervical hysterectomy\b/i, ['Z90711'], undefined, ['hysterectomy']],
  [/\b(?:salpingo-?)?o{1,2}ph[oe]rectom(?:y|ies|ized)|\badnexectom(?:y|ized)\b/i, ['Z90721', 'Z90721', 'Z90721', 'Z90722'], undefined, ['ectom']],
  [/\b(?:radical |simple )?mastectom(?:y|ies|ized)\b/i, ['Z9010', 'Z9011', 'Z9012', 'Z9013'], undefined, ['mastectom']],
  [/\b(?:radical |partial |simple )?nephrectom(?:y|ies|ized)\b|\bnephroureterectomy\b/i, ['Z905'], undefined, ['nephr']],
  [/\b(?:radical |partial )?(?:retropubic |laparoscopic )?prostatectom(?:y|ies|ized)\b/i, ['Z9079'], undefined, ['prostatectom']],
  [/\borch(?:i|ido)ectom(?:y|ies|ized)\b/i, ['Z9079'], undefined, ['ectom']],
  [/\b(?:radical |total |partial |subtotal )?gastrectom(?:y|ies|ized)\b/i, ['Z903'], undefined, ['gastrectom']],
  [/\bsplenectom(?:y|ies|ized)\b/i, ['Z9081'], undefined, ['splenectom']],
  [/\b(?:radical |total )?cystectomy\b(?! of)/i, ['Z906'], BLADDER, ['cystectomy']],
  [/\bpneumonectom(?:y|ies)\b|\b(?:pulmonary|lung) lobectomy\b|\blobectomy of the (?:right |left )?(?:upper |middle |lower )?lung\b/i, ['Z902'], undefined, ['ectom']],
  [/\b(?:total )?laryngectom(?:y|ies)\b/i, ['Z9002'], undefined, ['laryngectom']],
  [/\b(?:hemi)?colectom(?:y|ies|ized)\b|\bcholecystectom(?:y|ies|ized)\b/i, ['Z9049'], undefined, ['ectom']],
  [/\bpancreaticoduodenectomy\b|\bwhipple\b|\bpartial pancreatectomy\b/i, ['Z90411'], undefined, ['ectom', 'whipple']],
  [/\b(?<!partial )pancreatectomy\b/i, ['Z90410'], undefined, ['pancreatectomy']],
  [/\benucleation of the (?:right |left )?eye\b|\benucleated eye\b/i, ['Z9001'], undefined, ['enucleat']],
];

/**
 * Treatments that leave a status or a history code once given (Z92.21, Z92.3, Z95.5, Z98.52, Z98.84, Z98.85): read,
 * like the removals, only where the chart tells them as past.
 */
export const PAST_TREATMENTS: readonly FixedEntry[] = [
  [/\bchemotherapy\b|\bchemotherapeutic treatment\b/i, ['Z9221'], undefined, ['chemotherap']],
  [/\bradiotherapy\b|\bradiation therapy\b|\birradiation\b|\bbrachytherapy\b/i, ['Z923'], undefined, ['therapy', 'irradiation']],
  [/\bstents?\b|\bstenting\b/i, ['Z955'], CORONARY, ['stent']],
  [/\bvasectomy\b/i, ['Z9852'], undefined, ['vasectomy']],
  [/\btransplantectomy\b|\bgraft nephrectomy\b/i, ['Z9885'], undefined, ['ectomy']],
  [/\bbariatric surgery\b|\bgastric bypass\b|\bsleeve gastrectomy\b/i, ['Z9884'], undefined, ['bariatric', 'bypass', 'gastrectomy']],
];

/**
 * Devices the patient carries, put in before this encounter (Z96, Index: Presence (of), artificial joint, intraocular
 * lens, urogenital implant; Status, cochlear implant): read where the chart tells the patient has one, not where one
 * is put in now ('a double J catheter was placed').
 */
export const PRESENCES: readonly FixedEntry[] = [
  [/\b(?:hip (?:arthroplasty|prosthesis|replacement)|(?:total|partial) hip\b|(?:arthroplasty|prosthesis|replacement) of the (?:right |left )?hip)/i, ['Z96649', 'Z96641', 'Z96642', 'Z96643'], undefined, ['hip']],
  [/\b(?:knee (?:arthroplasty|prosthesis|replacement)|total knee\b|(?:arthroplasty|prosthesis|replacement) of the (?:right |left )?knee)/i, ['Z96659', 'Z96651', 'Z96652', 'Z96653'], undefined, ['knee']],
  [/\b(?:shoulder (?:arthroplasty|prosthesis|replacement)|(?:arthroplasty|prosthesis) of the (?:right |left )?shoulder)/i, ['Z96619', 'Z96611', 'Z96612', 'Z96619'], undefined, ['shoulder']],
  [/\bpseudophak(?:ia|ic)\b|\bintraocular lens(?:es)?\b/i, ['Z961'], undefined, ['pseudophak', 'intraocular lens']],
  [/\b(?:double[- ]?j|jj|pigtail|ureteral|ureteric)\s+(?:stent|catheter)s?\b/i, ['Z960'], undefined, ['stent', 'catheter']],
  [/\bcochlear implants?\b/i, ['Z9621'], undefined, ['cochlear implant']],
  // 'Presence (of), insulin pump (external) (internal) Z96.41'.
  [/\binsulin pumps?\b/i, ['Z9641'], undefined, ['insulin pump']],
];
/** The patient has it: carries it, has had it since, or it was put in at a time past. */
const CARRIES = /\b(?:carrier|bearer|wearer|carries|carrying|on (?:an? |his |her |their )?insulin pump|uses (?:an? )?insulin pump|with insulin pump|with (?:an?|his|her|bilateral|right|left)|ha[sd] (?:an?|bilateral|right|left)|presence of|in place|indwelling|since|previous(?:ly)?|prior|history|s\/p|status post|ago|(?:19|20)\d\d)\b|\bpseudophakic\b/i;
/** Put in now: the device's placement in this encounter. */
const PUT_IN_NOW = /\b(?:was|were|is|are|been) (?:placed|inserted|implanted|performed|put)\b|\b(?:placement|insertion|implantation)\b|\b(?:underwent|undergo(?:es|ing)?|scheduled|planned|proposed|candidate|indicated|awaiting|pending)\b/i;
/** A time before this encounter, which makes an operation told as done ('in 2000 he underwent') a device carried since. */
const BEFORE_NOW = /\b(?:ago|previous(?:ly)?|prior|years? before|months? before|(?:19|20)\d\d)\b/i;

/** The sentence places the operation in the past: its time, a prior admission, the words of a history. */
const PAST = /\b(?:ago|previous(?:ly)?|prior|history|antecedents?|s\/p|status post|post-?operative(?:ly)? (?:since|for)|in (?:19|20)\d\d|(?:19|20)\d\d|years? before|months? before)\b/i;
const PAST_SECTIONS = new Set(['pmh', 'psh']);
/**
 * Chemotherapy and radiotherapy are a history (Z92.21, Z92.3) only once over: a case report's year is often the
 * course of the cancer it reports, so only the words of a history place them in the past.
 */
const HISTORY_ONLY = new Set(['Z9221', 'Z923']);
const TOLD_AS_HISTORY = /\b(?:ago|previous(?:ly)?|prior|history|antecedents?|years? before|months? before|completed|finished)\b/i;
const ONGOING_TREATMENT = /\b(?:current(?:ly)?|ongoing|receiving|started|initiated|begun|began|cycles?|intention|planned|proposed)\b/i;


/** Renal dialysis told as the patient's regular treatment: a programme, chronic, or on it (not a single session). */
const DIALYSIS = /\b(?:(?:chronic|periodic|regular|maintenance|ambulatory|home)\s+(?:ha?emo|peritoneal )?dialysis|(?:ha?emo|peritoneal )?dialysis\s+(?:program(?:me)?|since|three times|twice|\d times|sessions? (?:three|twice|\d))|peritoneal dialysis|(?:on|in|under(?:going)?|treated with)\s+(?:chronic\s+)?(?:ha?emo|peritoneal )?dialysis|(?:is|are|being) (?:ha?emo)?dialy[sz]ed)\b/gi;
/**
 * Hemodialysis by its abbreviation, in capitals (Huntington's disease is 'HD' too, but nobody is 'on' or 'in' it, nor
 * goes to it three times a week): 'ESRD on HD', 'a 72-year-old male in HD program', 'HD dependent', 'HD MWF'.
 */
const HD_DIALYSIS = /\b(?:(?:on|in|under(?:going)?|started on|starts?)\s+(?:chronic\s+|maintenance\s+)?HD\b|HD[- ]dependent\b|HD\s+(?:program(?:me)?|since|sessions?|three times|twice|\d times|MWF|TTS|TThS)\b)/g;
/** A dialysis the chart says ended (a transplant since, 'until', 'from 1980 to 1983') or was for an acute injury. */
const DIALYSIS_OVER = /\b(?:until|previously|from (?:19|20)\d\d to|stopped|discontinued|withdrawn|no longer|acute (?:renal|kidney)|transitory|temporary)\b/i;

/**
 * A wheelchair the patient depends on to move (Index: Dependence, on, wheelchair Z99.3): bound or confined to it,
 * needing or using one, a wheelchair user.
 */
const WHEELCHAIR = /\bwheel-?chair[- ](?:bound|user|dependen(?:t|ce))\b|\b(?:confined|bound|restricted) to (?:a |the |his |her )?wheel-?chair\b|\b(?:needs?|needed|requires?|required|requiring|uses?|using|moves? (?:about |around )?(?:in|with)|mobili[sz]es? (?:in|with)|walks? with|dependen(?:t|ce) on) (?:a |the |his |her )?wheel-?chair\b/gi;
/**
 * A ventilator the patient lives on beyond an acute illness (Index: Dependence, on, ventilator Z99.11): home or
 * long-term mechanical ventilation, ventilator dependence; not the ventilation of an admission.
 */
const VENTILATOR = /\b(?:home|domiciliary|chronic|long-term|permanent)\s+(?:invasive\s+|non-invasive\s+)?(?:mechanical\s+)?ventilat(?:ion|or|ory support)\b|\bventilator[- ]dependen(?:t|ce)\b|\bdependen(?:t|ce) on (?:the |a )?(?:mechanical )?ventilat(?:ion|or)\b/gi;
/** The word each match of WHEELCHAIR and of VENTILATOR holds, as a cheap test of a whole chart. */
const WHEELCHAIR_WORD = /wheel-?chair/i;
const VENTILATOR_WORD = /ventilat/i;

/**
 * A kidney transplant told after the dialysis ended it ('on hemodialysis since 2005. In April 2010, she underwent a
 * kidney transplant'): the patient has the transplant (Z94.0), not the dialysis, unless the chart tells a return to
 * dialysis or the graft's loss after it.
 */
const TRANSPLANT_AFTER = /\b(?:kidney|renal)\s+(?:transplant\w*|graft)\b/i;
const BACK_ON_DIALYSIS = /\b(?:return\w*|back|resum\w*|re-?start\w*|re-?enter\w*)\s+(?:to\s+|on\s+|in\s+)?(?:the\s+)?(?:ha?emo|peritoneal\s+)?dialysis|\bgraft (?:loss|failure|dysfunction|nephrectomy)|\btransplantectomy|\b(?:loss|failure) of the (?:renal |kidney )?graft\b/i;

function transplantedSince(text: string, at: number): boolean {
  const after = text.slice(at);
  const transplant = TRANSPLANT_AFTER.exec(after);
  return transplant !== null && !BACK_ON_DIALYSIS.test(after.slice(transplant.index));
}

/** Oxygen the patient lives on at home ('COPD on 2L home O2', 'oxygen 2 L/min at home', 'O2-dependent'). */
const HOME_OXYGEN = /\b(?:home|domiciliary|chronic|long-term|continuous|nocturnal) (?:oxygen|O2)(?: therapy)?\b|\b(?:oxygen|O2)[- ]dependent\b|\bdependen(?:t|ce) on (?:supplemental |home )?(?:oxygen|O2)\b|\b(?:oxygen|O2)(?: therapy)?(?: (?:at )?\d+(?:\.\d+)? ?(?:L|liters?)(?:\/min| per minute)?)? at home\b/gi;

const SIDE_WORDS = /\b(bilateral|both|right|left)\b/gi;

/**
 * The side written before the operation's words in its sentence ('left radical mastectomy'), near enough to be its
 * own, or inside them ('amputation of the left great toe').
 */
function sideOf(sentence: string, at: number, end: number): Side {
  let side: Side;
  for (const m of sentence.slice(Math.max(0, at - 30), end).matchAll(SIDE_WORDS)) {
    const word = m[1]!.toLowerCase();
    side = word === 'bilateral' || word === 'both' ? 'both' : (word as Side);
  }
  return side;
}

/** The code of the side; both sides' codes where the classification has no bilateral one (Z89: [unspecified, right, left]). */
function codesBySide(codes: readonly string[], side: Side): readonly string[] {
  if (codes.length === 1) return codes;
  if (side === 'both' && codes.length === 3) return [codes[1]!, codes[2]!];
  return [codes[side === 'right' ? 1 : side === 'left' ? 2 : side === 'both' ? 3 : 0]!];
}

interface Status {
  code: string;
  start: number;
  end: number;
  note: string;
}

function sentenceAt(reading: ChartReading, start: number, end: number) {
  return reading.sentences.find((s) => s.start <= start && end <= s.end);
}

/** Status patterns made global once, for matchAll over each chart. */
const globalEntries = (entries: readonly StatusEntry[]): readonly StatusEntry[] =>
  entries.map(([pattern, codes, needs, words]) => [new RegExp(pattern.source, 'gi'), codes, needs, words] as const);
const PAST_ENTRIES = globalEntries([...REMOVALS, ...PAST_TREATMENTS, ...AMPUTATIONS]);
const PRESENCE_ENTRIES = globalEntries(PRESENCES);

/** One match of a status pattern with its sentence's words, the code by the side written before it, and its context. */
interface StatusMatch {
  match: RegExpMatchArray;
  start: number;
  end: number;
  words: string;
  section: string;
  code: string;
  decision: string;
}

/** Each match of the entries inside a sentence whose words hold what the entry also needs. */
function* statusMatches(text: string, reading: ChartReading, entries: readonly StatusEntry[]): Generator<StatusMatch> {
  const lower = text.toLowerCase();
  for (const [global, codes, needs, said] of entries) {
    if (!said.some((word) => lower.includes(word))) continue;
    for (const match of text.matchAll(global)) {
      const start = match.index!;
      const end = start + match[0].length;
      const sentence = sentenceAt(reading, start, end);
      if (!sentence) continue;
      const words = text.slice(sentence.start, sentence.end);
      if (needs && !needs.test(words)) continue;
      const bySide = typeof codes === 'function' ? codes(match[0]) : codes;
      if (!bySide) continue;
      const decision = reading.contextOf(start, end).decision;
      for (const code of codesBySide(bySide, sideOf(words, start - sentence.start, end - sentence.start))) {
        yield { match, start, end, words, section: sentence.section, code, decision };
      }
    }
  }
}

const NOTES: Record<string, string> = {
  Z90: 'acquired absence (Z90): an organ removed by an operation in the past',
  Z89: 'acquired absence of limb (Z89): an amputation in the past',
};

/**
 * An operation told as what is to come ('a bilateral subcutaneous mastectomy was proposed as a preventive treatment',
 * 'it was considered to perform a colectomy'): planned, not done, so no organ is absent, whatever past the sentence
 * tells besides. Read in the operation's own clause.
 */
const PLANNED = /\b(?:scheduled|planned|proposed|considered|recommended|offered|candidate|awaiting|pending|will undergo|to undergo)\b/i;

function toldAsPlanned(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start).split(/[;.]/).pop() ?? '';
  const after = text.slice(end, end + 40).split(/[;,.]/)[0] ?? '';
  return PLANNED.test(before) || PLANNED.test(after);
}

/** Organs removed and treatments given, told as past: in the history sections, with a time, or as a history. */
function removals(text: string, reading: ChartReading): Status[] {
  const found: Status[] = [];
  for (const { match, start, end, words, section, code, decision } of statusMatches(text, reading, PAST_ENTRIES)) {
    if (toldAsPlanned(text, start, end)) continue;
    const told = HISTORY_ONLY.has(code) ? TOLD_AS_HISTORY.test(words) && !ONGOING_TREATMENT.test(words) : PAST.test(words);
    // 'Hysterectomized', 'amputee': the word itself says the state the operation left.
    const past = decision === 'historical' || (decision === 'affirmed' && (PAST_SECTIONS.has(section) || told || /(?:ized|amputees?)$/i.test(match[0])));
    if (!past) continue;
    found.push({ code, start, end, note: NOTES[code.slice(0, 3)] ?? 'status or history of a treatment given in the past' });
  }
  return found;
}

/** Devices the patient carries from before: told as carried or of a past time, not as put in during this encounter. */
function presences(text: string, reading: ChartReading): Status[] {
  const found: Status[] = [];
  for (const { start, end, words, section, code, decision } of statusMatches(text, reading, PRESENCE_ENTRIES)) {
    if (decision !== 'affirmed' && decision !== 'historical') continue;
    const earlier = PAST_SECTIONS.has(section) || BEFORE_NOW.test(words);
    if (!CARRIES.test(words) || (PUT_IN_NOW.test(words) && !earlier)) continue;
    found.push({ code, start, end, note: 'presence of a device put in before this encounter (Z96)' });
  }
  return found;
}

/** Ongoing treatments and devices the patient depends on: renal dialysis, supplemental oxygen, a wheelchair, a ventilator. */
function dependences(text: string, reading: ChartReading): Status[] {
  const found: Status[] = [];
  const read = (pattern: RegExp, code: string, note: string, over?: RegExp) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      const sentence = sentenceAt(reading, start, end);
      if (over && sentence && over.test(text.slice(sentence.start, sentence.end))) continue;
      if (code === 'Z992' && transplantedSince(text, end)) continue;
      const decision = reading.contextOf(start, end).decision;
      // 'A history of chronic renal failure on hemodialysis since 2005': the words of the pattern say the dialysis
      // goes on ('on', 'since', 'programme'); one that ended is told so ('until', 'from 1980 to 1983', a transplant
      // since), and is passed over above.
      if (decision !== 'affirmed' && !(code === 'Z992' && decision === 'historical')) continue;
      found.push({ code, start, end, note });
    }
  };
  read(DIALYSIS, 'Z992', 'dependence on renal dialysis (Z99.2): dialysis told as the regular treatment', DIALYSIS_OVER);
  read(HD_DIALYSIS, 'Z992', 'dependence on renal dialysis (Z99.2): hemodialysis (HD) told as the regular treatment', DIALYSIS_OVER);
  read(HOME_OXYGEN, 'Z9981', 'dependence on supplemental oxygen (Z99.81)');
  // Every match of these two holds the device's word: only a chart that names it is scanned (both try common verbs,
  // 'uses', 'requires', 'chronic', at each word).
  if (WHEELCHAIR_WORD.test(text)) read(WHEELCHAIR, 'Z993', 'dependence on wheelchair (Z99.3)');
  if (VENTILATOR_WORD.test(text)) read(VENTILATOR, 'Z9911', 'dependence on respirator [ventilator] status (Z99.11): ventilation the patient lives on');
  return found;
}

/**
 * Status words read in another sense, by code: 'PPM' (permanent pacemaker, Z95.0) after a number or a rate is a unit
 * ('a heart rate of 255 ppm', 'nitric oxide at 40 ppm', 'beats per minute (ppm)'); 'stress' (Z73.3, a life stress)
 * said of the body is the body's ('severe metabolic stress', 'oxidative stress'), and a 'stress dose' of hydrocortisone
 * or a 'stress test' is the dose or the test, no life stress.
 */
const MISREAD: Record<string, { words: RegExp; before: RegExp; after?: RegExp }> = {
  Z950: { words: /^ppm$/i, before: /(?:\d\s*|per minute \()$/i },
  Z733: {
    words: /^stress$/i,
    before: /\b(?:metabolic|oxidative|surgical|physiological|hemodynamic|mechanical|thermal|heat|cold|respiratory|catabolic|cellular|shear|wall|valgus|varus)\s+$/i,
    after: /^[\s-]+(?:dos(?:e|es|ed|ing)|steroids?|hydrocortisone|test(?:s|ing)?|echo\w*|imaging|ulcer)\b/i,
  },
};

function misread(text: string, code: string, e: { start: number; end: number }): boolean {
  const sense = MISREAD[code];
  return sense !== undefined && sense.words.test(text.slice(e.start, e.end))
    && (sense.before.test(text.slice(Math.max(0, e.start - 20), e.start)) || (sense.after?.test(text.slice(e.end, e.end + 20)) ?? false));
}

/** Chronic kidney disease with the patient on chronic dialysis is end stage (N18.6 includes 'requiring chronic dialysis'). */
const CKD_BEFORE_END_STAGE = /^N18(?:[1-5]|3[0-2]|9)$/;

/**
 * The findings with the status codes the chart supports added (or their evidence joined to a finding of the same
 * code), and a CKD of lower or unstated stage made N18.6 where the patient is on chronic dialysis.
 */
export function withStatusCodes(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  findings = findings.filter((f) => !f.evidence.every((e) => misread(text, f.code, e)));
  // Each pattern is scanned over the whole chart: only a chart that holds a word of one is read ('therapy' alone is not).
  if (!/ectom|amput|disarticul|pump|\b[AB]KA|dialy|\bhd\b|oxygen|\bo2\b|whipple|enucleat|chemo|radiotherap|radiation therap|irradiation|brachytherap|bariatric|bypass|stent|wheel-?chair|ventilat|arthroplast|prosthes|replacement|total (?:hip|knee)|phak|lens|catheter|implant/i.test(text)) return findings;
  const statuses = [...removals(text, reading), ...dependences(text, reading), ...presences(text, reading)].filter((s) => view.indexOf(s.code) !== undefined);
  if (statuses.length === 0) return findings;
  const kept = [...findings];
  for (const s of statuses) addRuleFinding(kept, s.code, s, 3, s.note);
  if (!statuses.some((s) => s.code === 'Z992') || view.indexOf('N186') === undefined) return kept;
  return toEndStage(kept);
}

/** Each CKD finding of lower or unstated stage folded into one N18.6, its evidence kept. */
function toEndStage(findings: Finding[]): Finding[] {
  const lower = findings.filter((f) => CKD_BEFORE_END_STAGE.test(f.code));
  if (lower.length === 0) return findings;
  const endStage = findings.find((f) => f.code === 'N186') ?? { code: 'N186', evidence: [], score: 0, context: 'affirmed' as const, notes: [] };
  const merged: Finding = {
    ...endStage,
    evidence: [...endStage.evidence, ...lower.flatMap((f) => f.evidence)],
    score: Math.max(endStage.score, ...lower.map((f) => f.score)),
    notes: [...endStage.notes, 'chronic kidney disease requiring chronic dialysis is end stage (N18.6, with Z99.2)'],
  };
  const at = findings.indexOf(lower[0]!);
  const rest = findings.filter((f) => f !== endStage && !lower.includes(f));
  rest.splice(Math.min(at, rest.length), 0, merged);
  return rest;
}
