import { searchTerms, stemWord } from '../search/terms';
import { readWords, type Word } from './chart-words';
import { termId } from './term-ids';

/** One content word of the chart with where it stands, and the search terms it stands for. */
export interface ChartTerm {
  /** Position among the content words of the text, shared by all terms of one word and by expansion terms. */
  position: number;
  term: string;
  /** The term's number (termId): the same for every term of the same text. */
  id: number;
  /**
   * For the words of an abbreviation or synonym: each reading's terms (the word's own among them). A phrase may use
   * one reading whole, not a piece of one: 'COPD' lends its 'disease' to no other word.
   */
  readings?: readonly (readonly string[])[];
  start: number;
  end: number;
}

/**
 * Expands a lower-case word or phrase of the chart ('htn', 'heart attack') to the words it stands for, if any. The
 * same phrase must always expand the same way: chartTerms remembers each word's answer.
 */
export interface Expand {
  expand(phrase: string): string[] | undefined;
  /** The most words a listed phrase starting with this word has (1 when none starts with it). */
  longestFrom(word: string): number;
  /**
   * The expansions of a word written in capitals among words that are not ('CAP, likely viral'), where only capitals
   * make it the abbreviation ('cap' is a capsule in a medication list).
   */
  expandCapitals?(word: string): string[] | undefined;
}

const MAX_PHRASE = 3;

/**
 * Reads text as search terms with character offsets (plus `offset`, where the text starts in a longer one): the same
 * term processing as the search index, plus the expansions of abbreviations and lay words, each expansion term placed
 * at the position of the words it replaces.
 */
export function chartTerms(text: string, expand?: Expand, offset = 0): ChartTerm[] {
  const words = readWords(text, offset);
  const known = expand && readingsOf(expand);
  const out: ChartTerm[] = [];
  let position = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const capitals = expand?.expandCapitals && loneCapitals(text, words, i, offset) ? expand.expandCapitals(word.raw) : undefined;
    if (capitals) {
      const readings = [...capitals.map((expansion) => searchTerms(expansion)), termsOf(word.raw).terms];
      for (const term of new Set(readings.flat())) out.push({ position, term, id: termId(term), readings, start: word.start, end: word.end });
      position++;
      continue;
    }
    const reading = known && readWord(word.raw, expand!, known);
    // Only a word that could expand is checked for a lab value after it.
    const expanded = reading && (reading.alone || reading.longest > 1) && !namesLabTest(text, word, offset) && expandAt(words, i, expand!, reading);
    if (expanded) {
      const last = words[i + expanded.length - 1]!;
      for (let part: Expansion | undefined = expanded; part; part = part.then) {
        for (let k = 0; k < part.terms.length; k++) out.push({ position, term: part.terms[k]!, id: part.ids[k]!, readings: part.readings, start: word.start, end: last.end });
        position++;
      }
      i += expanded.length - 1;
      continue;
    }
    const terms = reading ?? termsOf(word.raw);
    if (terms.terms.length === 0) continue;
    // Every term has the same fields in the same order, `readings` too: the matching reads them in one shape.
    for (let k = 0; k < terms.terms.length; k++) out.push({ position, term: terms.terms[k]!, id: terms.ids[k]!, readings: undefined, start: word.start, end: word.end });
    position++;
  }
  return out;
}

/**
 * A value with its unit after it: 'AF 5252 IU/l' (the Spanish FA, alkaline phosphatase), 'TTP 28.9 seconds' (a
 * clotting time): capitals followed by a measure are a lab test's name, not the condition the letters stand for
 * elsewhere (atrial fibrillation, thrombotic thrombocytopenic purpura). A bare number ('CKD 3', 'DM 2') is a stage or
 * a type and keeps the expansion.
 */
const LAB_VALUE = /^\s*(?:(?:number|levels?|values?|count|titers?)\s+)?(?:[:=]|of|was|is|at)?\s*\d+(?:[.,]\d+)?\s*(?:[µμ]?i?u\/|ui\/|[mnpµμ]?(?:g|mol|eq)\/|mg\b|mmol|meq|ng\b|pg\b|seconds?\b|secs?\b|%|mm3|\/mm|cells|x ?10)/i;

function namesLabTest(text: string, word: Word, offset: number): boolean {
  // Told by its first letter and length before the word is sliced out (most words are in lower case).
  const first = text.charCodeAt(word.start - offset);
  if (first < 65 || first > 90 || word.end - word.start > 5) return false;
  const raw = text.slice(word.start - offset, word.end - offset);
  return /^[A-Z]{2,5}$/.test(raw) && LAB_VALUE.test(text.slice(word.end - offset, word.end - offset + 30));
}

/** A word of two or more capitals whose neighbours are not all capitals (a heading or a shouted line is not read so). */
function loneCapitals(text: string, words: readonly Word[], i: number, offset: number): boolean {
  return capitals(text, words[i], offset) && !capitals(text, words[i - 1], offset) && !capitals(text, words[i + 1], offset);
}

/** Whether a word is written in two or more capitals; most words are told by their first letter, not sliced out. */
function capitals(text: string, w: Word | undefined, offset: number): boolean {
  if (!w) return false;
  const first = text.charCodeAt(w.start - offset);
  if (first < 65 || first > 90) return false;
  return /^[A-Z]{2,}$/.test(text.slice(w.start - offset, w.end - offset));
}

/** An expansion read at a word: how many words it replaces, its terms, and each reading's terms. */
interface Expansion {
  length: number;
  terms: string[];
  /** The terms' numbers (termId). */
  ids: number[];
  readings: string[][];
  /** The next finding of a listed phrase ('N/V/D' is 'nausea with vomiting; diarrhea'), read as the word after. */
  then?: Expansion;
}

/** What a word is, read once per expansion list: its terms, the longest listed phrase it starts, its own expansion. */
interface WordReading extends Terms {
  longest: number;
  alone: Expansion | undefined;
}

/** Each word's reading by list (an Expand answers a phrase the same way every time): a chart repeats its words. */
const wordReadings = new WeakMap<Expand, Map<string, WordReading>>();

function readingsOf(expand: Expand): Map<string, WordReading> {
  let known = wordReadings.get(expand);
  if (!known) wordReadings.set(expand, (known = new Map()));
  return known;
}

function readWord(raw: string, expand: Expand, known: Map<string, WordReading>): WordReading {
  let reading = known.get(raw);
  if (!reading) {
    const own = termsOf(raw);
    reading = { terms: own.terms, ids: own.ids, longest: expand.longestFrom(raw), alone: expansionOf(raw, 1, expand, own.terms) };
    if (known.size > 100_000) known.clear();
    known.set(raw, reading);
  }
  return reading;
}

function expandAt(words: Word[], i: number, expand: Expand, reading: WordReading): Expansion | undefined {
  const longest = Math.min(MAX_PHRASE, reading.longest, words.length - i);
  for (let length = longest; length >= 2; length--) {
    // Only words that touch (one space or a slash apart) form a phrase: 's/p', 'heart attack'.
    // A slash is looked up as written ('n/v') and as a space ('pack/day' is listed as 'pack day').
    let phrase = words[i]!.raw;
    let spaced = phrase;
    for (let k = 1; k < length; k++) {
      phrase += `${words[i + k]!.slashed ? '/' : ' '}${words[i + k]!.raw}`;
      spaced += ` ${words[i + k]!.raw}`;
    }
    const expansion = expansionOf(phrase, length, expand) ?? (spaced === phrase ? undefined : expansionOf(spaced, length, expand));
    if (expansion) return expansion;
  }
  return reading.alone;
}

/** The expansion of a phrase of `length` words, if listed; a one-word phrase keeps its own terms (`own`) as a reading. */
function expansionOf(phrase: string, length: number, expand: Expand, own?: string[]): Expansion | undefined {
  const expansions = expand.expand(phrase);
  if (!expansions || expansions.length === 0) return undefined;
  if (expansions.length === 1 && expansions[0]!.includes('; ')) {
    // Findings listed under one abbreviation, each its own code: as many words as findings, so that no finding's
    // match takes in the others' words (keepMostSpecific would keep one code of the phrase).
    const parts = expansions[0]!.split('; ').map((finding): Expansion => withIds({ length, terms: searchTerms(finding), readings: [searchTerms(finding)] }));
    for (let k = parts.length - 1; k > 0; k--) parts[k - 1]!.then = parts[k];
    return parts[0];
  }
  const readings = expansions.map((expansion) => searchTerms(expansion));
  if (own) readings.push(own);
  return withIds({ length, terms: [...new Set(readings.flat())], readings });
}

function withIds(expansion: Omit<Expansion, 'ids'>): Expansion {
  return { ...expansion, ids: expansion.terms.map(termId) };
}

/** A word's search terms and their numbers (termId). */
interface Terms {
  terms: string[];
  ids: number[];
}

/** Search terms of one word, remembered: a chart repeats its words and stemming is the costly part. */
function termsOf(word: string): Terms {
  let terms = wordTerms.get(word);
  if (!terms) {
    const own = searchTerms(word);
    terms = { terms: own, ids: own.map(termId) };
    if (wordTerms.size > 100_000) wordTerms.clear();
    wordTerms.set(word, terms);
  }
  return terms;
}

const wordTerms = new Map<string, Terms>();

export { stemWord };
