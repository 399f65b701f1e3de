/**
 * ConText-style context of a finding: negated, uncertain, historical, family or hypothetical, from trigger
 * phrases in its sentence (see context-rules.ts) and from the section it sits in.
 */
import type { ContextDecision } from '../types';
import { TRIGGER_RULES, type TriggerCategory, type TriggerDirection } from './context-rules';
import type { SectionKind } from './section-headings';
import { phraseNorms, type Token } from './tokenize';

export interface Trigger {
  category: TriggerCategory;
  direction: TriggerDirection;
  /** The trigger phrase as listed ("no evidence of"). */
  phrase: string;
  /** Token indices [from, to) and character span of the trigger in the text. */
  from: number;
  to: number;
  start: number;
  end: number;
  weak: boolean;
  /** Reaches back over the whole subject of its clause, not CONTEXT_WINDOW words (see TriggerRule.wholeSubject). */
  wholeSubject: boolean;
  /** Governs only the word it is written onto (see TriggerRule.attached). */
  attached: boolean;
}

export interface ContextResult {
  decision: ContextDecision;
  /** The trigger that decided, when a trigger did. */
  trigger?: Trigger;
  /** The section kind that decided, when the section did ('family', 'pmh'...). */
  section?: SectionKind;
  /** Decided by a weak uncertainty term ("compatible with"), which case reports often use to confirm. */
  weak?: boolean;
  /** For the panel: why, in a coder's words ('negated by "denies"'). */
  reason: string;
}

/** Scope of a trigger, in word tokens (punctuation not counted). */
export const CONTEXT_WINDOW = 8;

interface Compiled {
  words: string[];
  phrase: string;
  category: TriggerCategory;
  direction: TriggerDirection;
  weak: boolean;
  wholeSubject: boolean;
  attached: boolean;
}

let compiled: Map<string, Compiled[]> | undefined;

/**
 * Notes written by US clinicians contract their negations ('Pt doesn't smoke', 'she didn't need transfusions') and
 * shorten their words ('ROS neg for fever', 'mother w/ breast cancer', 'soft w/o tenderness'), which the tokenizer
 * keeps as one word each: every phrase is also compiled as written that way, and a contracted auxiliary alone negates
 * as 'not' does.
 */
const CONTRACTED: Record<string, string> = {
  'do not': "don't", 'does not': "doesn't", 'did not': "didn't", 'is not': "isn't", 'are not': "aren't",
  'was not': "wasn't", 'were not': "weren't", 'has not': "hasn't", 'have not': "haven't", 'had not': "hadn't",
  'could not': "couldn't", 'would not': "wouldn't", 'should not': "shouldn't", 'can not': "can't", cannot: "can't",
  'will not': "won't",
};
const SHORTENED: Record<string, string> = { with: 'w/', without: 'w/o', negative: 'neg', positive: '(+)' };
const writtenAs = (forms: Record<string, string>) => {
  const pattern = new RegExp(`(?<![\\w/])(?:${Object.keys(forms).join('|')})(?![\\w/])`, 'g');
  return (phrase: string) => phrase.replace(pattern, (full) => forms[full]!);
};
const contract = writtenAs(CONTRACTED);
const shorten = writtenAs(SHORTENED);

/** The phrase as written, with its auxiliary's 'not' contracted, and in the short forms of its words. */
function writtenForms(phrase: string): string[] {
  if (phrase === 'not') return [phrase, ...Object.values(CONTRACTED)];
  return [phrase, contract(phrase), shorten(phrase), shorten(contract(phrase))];
}

function triggersByFirstWord(): Map<string, Compiled[]> {
  if (compiled) return compiled;
  compiled = new Map();
  for (const rule of TRIGGER_RULES) {
    for (const phrase of new Set(rule.phrases.flatMap(writtenForms))) {
      const words = phraseNorms(phrase);
      const list = compiled.get(words[0]!) ?? [];
      list.push({ words, phrase, category: rule.category, direction: rule.direction, weak: rule.weak === true, wholeSubject: rule.wholeSubject === true, attached: rule.attached === true });
      compiled.set(words[0]!, list);
    }
  }
  for (const list of compiled.values()) list.sort((a, b) => b.words.length - a.words.length);
  return compiled;
}

function matchesAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  return words.every((w, k) => tokens[i + k]!.norm === w);
}

/** 'No.' before a number is the numero sign ('a Foley No. 16 vesical catheter was placed'), not a negation. */
function isNumeroSign(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === 'no' && tokens[i + 1]?.norm === '.' && tokens[i + 2]?.kind === 'number';
}

/** Trigger phrases of a sentence, longest match first, left to right, not overlapping (pseudo-triggers included). */
export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  const byFirst = triggersByFirstWord();
  for (let i = 0; i < tokens.length; ) {
    const hit = isNumeroSign(tokens, i) ? undefined : byFirst.get(tokens[i]!.norm)?.find((c) => matchesAt(tokens, i, c.words));
    if (!hit) {
      i++;
      continue;
    }
    const to = i + hit.words.length;
    found.push({
      category: hit.category, direction: hit.direction, phrase: hit.phrase, weak: hit.weak, wholeSubject: hit.wholeSubject, attached: hit.attached,
      from: i, to, start: tokens[i]!.start, end: tokens[to - 1]!.end,
    });
    i = to;
  }
  return found;
}

const ORDER: readonly TriggerCategory[] = ['negated', 'family', 'hypothetical', 'historical', 'uncertain'];
const SECTION_DECISION: Partial<Record<SectionKind, ContextDecision>> = {
  family: 'family', pmh: 'historical', psh: 'historical', differential: 'uncertain',
};
const SECTION_NAME: Partial<Record<SectionKind, string>> = {
  family: 'Family history', pmh: 'Past medical history', psh: 'Past surgical history', differential: 'Differential diagnosis',
};

/** Whether `t` still governs tokens first..last: no terminator or other trigger between, within the scope window (CONTEXT_WINDOW tokens). */
function reaches(t: Trigger, tokens: readonly Token[], stops: readonly boolean[], first: number, last: number): boolean {
  const scope = t.wholeSubject ? Infinity : t.attached ? 1 : CONTEXT_WINDOW;
  // 'AKI on CKD stage 3b, ATN likely': a hedge written after its own object ends its clause's reach at the comma
  // before that object; the findings of the clause before it are affirmed ('Pneumonia, likely.' still reads back).
  // So too a relative named bare after the finding ('colon cancer in father'): 'Screening colonoscopy, family history of
  // colon cancer in father' keeps the screening the patient's.
  const ownClause = CLAUSE_HEDGES.has(t.phrase) || (t.category === 'family' && t.direction === 'backward' && BARE_RELATIVE.test(t.phrase));
  const walk = (from: number, to: number, step: number) => {
    let words = 0;
    for (let k = from; k !== to; k += step) {
      if (stops[k]) return false;
      if (ownClause && step < 0 && words > 0 && CLAUSE_END.has(tokens[k]!.norm)) return false;
      if (t.category === 'negated' && step > 0 && isSpacedDash(tokens, k)) return false;
      if (tokens[k]!.kind !== 'punct' && ++words >= scope) return false;
    }
    return true;
  };
  if (t.direction !== 'backward' && first >= t.to) return walk(t.to, first, 1);
  if (t.direction !== 'forward' && last < t.from && !opensClause(t, tokens)) return walk(t.from - 1, last, -1);
  return false;
}

/**
 * A dash set off by spaces: in a numbered assessment it parts the problem from its plan ('COPD w/o exacerbation -
 * continue Symbicort'), so a denial of the problem's does not reach the plan's drugs.
 */
function isSpacedDash(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return dash.norm === '-' && before !== undefined && after !== undefined && before.end < dash.start && dash.end < after.start;
}

/** A family trigger of 'in' and the relative alone ('in mother'; context-rules.ts), not 'in his mother' or 'in the family'. */
const BARE_RELATIVE = /^in \w+$/;
/** Hedges read either way that open a clause of their own after a comma, a dash or a colon ('Chest pain, likely angina'). */
const CLAUSE_HEDGES: ReadonlySet<string> = new Set(['likely', 'suspected']);
const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', '-', ':', ';']);
/** The breaks a hedge written after its object does not read back over, once past that object. */
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';']);

/**
 * Whether a two-way hedge opens the clause after a break and names its object there: 'Chest pain, likely angina' hedges
 * the angina, not the chest pain the note affirms before it (Guidelines IV.H: the symptom is coded for the uncertain
 * diagnosis). 'Pneumonia, likely.' has nothing after it and still reads back.
 */
function opensClause(t: Trigger, tokens: readonly Token[]): boolean {
  const before = tokens[t.from - 1];
  const after = tokens[t.to];
  return CLAUSE_HEDGES.has(t.phrase) && before !== undefined && before.kind === 'punct' && CLAUSE_BREAK.has(before.norm)
    && after !== undefined && after.kind !== 'punct';
}

function sectionResult(decision: ContextDecision, section: SectionKind): ContextResult {
  return { decision, section, reason: `${decision}: in the ${SECTION_NAME[section] ?? section} section` };
}

/**
 * Context of the span [start, end) (character offsets) within one sentence's tokens, in the given section.
 * Precedence: negated, then family, hypothetical, historical, uncertain; a section (Family history, PMH, PSH,
 * Differential diagnosis) decides where no stronger trigger does. Pass `triggers` to reuse `findTriggers`.
 */
export function detectContext(
  tokens: readonly Token[],
  target: { start: number; end: number },
  section: SectionKind = 'other',
  triggers: readonly Trigger[] = findTriggers(tokens),
): ContextResult {
  let first = tokens.findIndex((t) => t.end > target.start);
  let last = -1;
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k]!.start < target.end) { last = k; break; }
  if (first < 0 || last < first) first = last = -1;
  const stops = new Array<boolean>(tokens.length).fill(false);
  for (const t of triggers) if (t.category !== 'pseudo') for (let k = t.from; k < t.to; k++) stops[k] = true;
  // 'No family history of cancer' read as Z80.9, whose words begin inside the trigger: the negation before them holds.
  const opensSpan = (t: Trigger) => t.category === 'negated' && t.direction !== 'backward' && t.from < first && t.to > first;
  const explained = first >= 0 && objectOfCause(tokens, triggers, first);
  const applies = (t: Trigger) =>
    first >= 0 && !(explained && t.from > last) && (opensSpan(t) || ((t.to <= first || t.from > last) && reaches(t, tokens, stopsFor(t), first, last)))
    && !(t.category === 'negated' && untilLater(tokens, Math.max(t.to, last + 1)));
  const fronted = frontedCommas(tokens);
  const stopsFor = (t: Trigger) =>
    stops.map((s, k) => (s && !(k >= t.from && k < t.to) && !sameCategoryAt(tokens, triggers, k, t) && !(t.direction === 'backward' && forwardTerminatorAt(triggers, k)))
      || (fronted[k] === true && t.direction !== 'forward'));
  const byCategory = (c: TriggerCategory) => {
    const hits = triggers.filter((t) => t.category === c && applies(t));
    return hits.sort((a, b) => distance(a, first, last) - distance(b, first, last))[0];
  };
  const bySection = SECTION_DECISION[section];
  for (const category of ORDER) {
    if (bySection !== undefined && ORDER.indexOf(bySection as TriggerCategory) < ORDER.indexOf(category) && bySection !== 'negated') {
      return sectionResult(bySection, section);
    }
    const t = byCategory(category);
    if (t) {
      const decision = category as ContextDecision;
      return { decision, trigger: t, ...(t.weak ? { weak: true } : {}), reason: `${decision} by "${t.phrase}"` };
    }
  }
  return bySection ? sectionResult(bySection, section) : { decision: 'affirmed', reason: 'no context trigger' };
}

/** Words after 'until' that keep a denial: the time of writing or the end of follow-up ('no recurrence until now'). */
const UNTIL_NOW = new Set(['now', 'today', 'date', 'present', 'discharge', 'death', 'last', 'latest', 'end']);
const UNTIL_LINKS = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that', 'a', 'to']);

/**
 * A denial bounded in time tells when the finding began, not that it is absent: 'Skin rash did not appear until the
 * third day', 'jaundice was not present until the second week'. The 'until' follows the finding and its trigger in
 * the same clause (no punctuation between), and is not the time of writing ('no recurrence until now').
 */
function untilLater(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + CONTEXT_WINDOW; k++) {
    const word = tokens[k]!;
    if (word.kind === 'punct') return false;
    if (word.norm !== 'until') continue;
    let next = k + 1;
    while (next < tokens.length && UNTIL_LINKS.has(tokens[next]!.norm)) next++;
    return next < tokens.length && tokens[next]!.kind !== 'punct' && !UNTIL_NOW.has(tokens[next]!.norm);
  }
  return false;
}

/** The forward terminators that name a cause (context-rules.ts): 'cause of', 'origin of', 'source of'. */
const CAUSE_PHRASE = /^(?:cause|origin|etiology|aetiology|source) (?:of|for)$/;

/**
 * Whether the span is what a cause is named for: within three words after 'the cause of' ('Infection as the cause
 * of the patient's fever was ruled out'). A trigger after it reads back to the cause ruled out, the infection, not to
 * the fever that is there to be explained; the forward terminator already keeps a trigger before the phrase off it.
 */
function objectOfCause(tokens: readonly Token[], triggers: readonly Trigger[], first: number): boolean {
  return triggers.some((o) => o.category === 'terminator' && CAUSE_PHRASE.test(o.phrase) && o.to <= first && first - o.to <= 3
    && tokens.slice(o.to, first).every((w) => w.kind !== 'punct'));
}

/** Words that open a sentence with a fronted reason or time ('Due to joint stiffness, ...'), tokenized words. */
const FRONTED_OPENERS: readonly (readonly string[])[] = [
  ['due', 'to'], ['because', 'of'], ['given'], ['despite'], ['in', 'view', 'of'], ['owing', 'to'], ['as', 'a', 'result', 'of'],
  ['after'], ['following'],
];

/**
 * The commas of a sentence that opens with a fronted phrase: the main clause, with its own subject, follows one of
 * them, so a trigger after them does not reach back into the phrase ('Due to joint stiffness, the option to perform
 * periarticular tenotomy was ruled out': the stiffness is there; the tenotomy is what was ruled out). Only triggers
 * reading backward stop there: a negation inside the phrase still reads its list ('Due to the absence of fever,
 * cough or dyspnea, ...').
 */
function frontedCommas(tokens: readonly Token[]): boolean[] {
  const opens = FRONTED_OPENERS.some((words) => words.every((w, k) => tokens[k]?.norm === w));
  return opens ? tokens.map((t) => t.kind === 'punct' && t.norm === ',') : [];
}

/**
 * Words a negation reads through to the history words that follow it: 'denied a history of', 'no personal or family',
 * and the verb it negates ('did not report previous liver disease', 'did not have a prior stroke').
 */
const NEGATION_LINKS = new Set(['a', 'an', 'any', 'the', 'or', 'and', 'known', 'personal', 'past', 'medical', 'prior', 'previous', 'significant',
  'report', 'reported', 'refer', 'referred', 'have', 'had', 'mention', 'mentioned', 'recall']);

/**
 * Triggers of the same category do not end each other's scope ("no fever, no cough"); a negation reads through
 * 'compatible with' and the like, and through history and family words that go with it ("denied a history of hepatitis", "no personal or family history
 * of"), not through a history told after what it denies ('no family history of cancer and personal history of
 * hypertension': the hypertension is the patient's).
 */
function sameCategoryAt(tokens: readonly Token[], triggers: readonly Trigger[], k: number, t: Trigger): boolean {
  const linked = (o: Trigger) => o.from >= t.to && tokens.slice(t.to, o.from).every((w) => NEGATION_LINKS.has(w.norm));
  // 'Without macroscopic lesions compatible with neoplasia': what is absent cannot be compatible with anything.
  const readsThrough = (o: Trigger) => t.category === 'negated' && o.category === 'uncertain' && (o.weak || o.phrase === 'suggestive of');
  const passes = (o: Trigger) =>
    o.category === t.category || readsThrough(o) || (t.category === 'negated' && (o.category === 'historical' || o.category === 'family') && linked(o));
  return triggers.some((o) => passes(o) && k >= o.from && k < o.to);
}

/** A terminator that ends only the scopes of triggers before it (TriggerRule 'forward' terminators). */
function forwardTerminatorAt(triggers: readonly Trigger[], k: number): boolean {
  return triggers.some((o) => o.category === 'terminator' && o.direction === 'forward' && k >= o.from && k < o.to);
}

function distance(t: Trigger, first: number, last: number): number {
  return t.to <= first ? first - t.to : t.from - last;
}
