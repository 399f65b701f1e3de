import { foldWord, searchTerms, stemWord } from '../search/terms';

/** One content word of the chart with where it stands, and the search terms it stands for. */
export interface ChartTerm {
  /** Position among the content words of the text, shared by all terms of one word and by expansion terms. */
  position: number;
  term: string;
  /**
   * For the words of an abbreviation or synonym: each reading's terms (the word's own among them). A phrase may use
   * one reading whole, not a piece of one: 'COPD' lends its 'disease' to no other word.
   */
  readings?: readonly (readonly string[])[];
  start: number;
  end: number;
}

/** Expands a lower-case word or phrase of the chart ('htn', 'heart attack') to the words it stands for, if any. */
export interface Expand {
  expand(phrase: string): string[] | undefined;
  /** The most words a listed phrase starting with this word has (1 when none starts with it). */
  longestFrom(word: string): number;
}

const WORD = /[\p{L}\p{N}]+(?:'s)?/gu;
const MAX_PHRASE = 3;

/**
 * Reads text as search terms with character offsets: the same term processing as the search index, plus the
 * expansions of abbreviations and lay words, each expansion term placed at the position of the words it replaces.
 */
export function chartTerms(text: string, expand?: Expand): ChartTerm[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push({ raw: foldWord(m[0]).replace(/'s$/, ''), start: m.index, end: m.index + m[0].length });
  }
  const out: ChartTerm[] = [];
  let position = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const expanded = expand && expandAt(words, i, expand);
    if (expanded) {
      const last = words[i + expanded.length - 1]!;
      for (const term of expanded.terms) out.push({ position, term, readings: expanded.readings, start: word.start, end: last.end });
      i += expanded.length - 1;
      position++;
      continue;
    }
    const terms = termsOf(word.raw);
    if (terms.length === 0) continue;
    for (const term of terms) out.push({ position, term, start: word.start, end: word.end });
    position++;
  }
  return out;
}

interface Word {
  raw: string;
  start: number;
  end: number;
}

function expandAt(words: Word[], i: number, expand: Expand) {
  const longest = Math.min(MAX_PHRASE, expand.longestFrom(words[i]!.raw), words.length - i);
  for (let length = longest; length >= 1; length--) {
    // Only words that touch (one space or a slash apart) form a phrase: 's/p', 'heart attack'.
    let phrase = words[i]!.raw;
    for (let k = 1; k < length; k++) phrase += ` ${words[i + k]!.raw}`;
    const expansions = expand.expand(phrase);
    if (!expansions || expansions.length === 0) continue;
    const readings = expansions.map((expansion) => searchTerms(expansion));
    if (length === 1) readings.push(termsOf(words[i]!.raw));
    return { length, terms: [...new Set(readings.flat())], readings };
  }
  return undefined;
}

/** Search terms of one word, remembered: a chart repeats its words and stemming is the costly part. */
function termsOf(word: string): string[] {
  let terms = wordTerms.get(word);
  if (!terms) {
    terms = searchTerms(word);
    if (wordTerms.size > 100_000) wordTerms.clear();
    wordTerms.set(word, terms);
  }
  return terms;
}

const wordTerms = new Map<string, string[]>();

export { stemWord };
