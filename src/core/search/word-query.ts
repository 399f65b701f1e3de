import type { SearchIndex } from './search-index';
import { searchTerms } from './terms';

/** One word of the query and the vocabulary terms that may stand for it, each with the weight it earns. */
export interface Slot {
  word: string;
  alternatives: { termId: number; weight: number }[];
  /** What the word is worth when matched exactly: the idf of its best alternative. */
  weight: number;
}

const MAX_PREFIX_TERMS = 12;
const HEAD_WEIGHT = 1.5;
/** idf below which a prefix, spelling or contraction guess is not worth walking its postings (about 1 in 7 documents). */
const MIN_GUESS_WEIGHT = 1.8;

/**
 * Turns query words into slots: the exact term when the vocabulary has it; otherwise the terms it is a prefix of
 * ('myocard' -> myocardial, myocarditis), or else terms one edit away ('pnuemonia' -> pneumonia).
 * Words that match nothing are kept with no alternatives, so they still count against coverage.
 */
export function buildSlots(index: SearchIndex, words: string[], options: { prefixLast?: boolean; head?: Set<string> } = {}): Slot[] {
  const qualifier = qualifierWords(words);
  return words.map((word, i) => {
    const asPrefix = i === words.length - 1 && !!options.prefixLast;
    // The words before the first comma name the condition; what follows qualifies it ('Tuberculosis of hip, ...').
    const emphasis = (options.head?.has(word) ? HEAD_WEIGHT : 1) * (qualifier.has(i) ? 1 / 3 : 1);
    const alternatives = alternativesOf(index, word, asPrefix).map((a) => ({ termId: a.termId, weight: a.weight * emphasis }));
    const weight = alternatives.reduce((best, a) => Math.max(best, a.weight), 0);
    return { word, alternatives, weight: weight || 4 };
  });
}

/**
 * 'not elsewhere classified' and 'not otherwise specified' say one thing in three rare words: at full weight they
 * outweigh the condition named ('Adenoviral conjunct NEC' would find 'Hemorrhage, not elsewhere classified').
 */
const QUALIFIER_PHRASES = ['not elsewhere classified', 'not otherwise specified', 'classified elsewhere'].map((p) => searchTerms(p));

/** Positions of the words of qualifier phrases in `words`; each such word counts a third. */
function qualifierWords(words: string[]): Set<number> {
  const at = new Set<number>();
  for (const phrase of QUALIFIER_PHRASES) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k] === w)) for (let k = 0; k < phrase.length; k++) at.add(i + k);
    }
  }
  return at;
}

/** Alternatives found per index and word, remembered: readings of one query share words, and coders repeat them. */
const remembered = new WeakMap<SearchIndex, Map<string, Slot['alternatives']>>();

function alternativesOf(index: SearchIndex, word: string, asPrefix: boolean): Slot['alternatives'] {
  let memo = remembered.get(index);
  if (!memo) remembered.set(index, (memo = new Map()));
  const key = asPrefix ? `${word}*` : word;
  let found = memo.get(key);
  if (!found) {
    found = findAlternatives(index, word, asPrefix);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, found);
  }
  return found;
}

function findAlternatives(index: SearchIndex, word: string, asPrefix: boolean): Slot['alternatives'] {
  const alternatives: Slot['alternatives'] = [];
  const exact = index.termId(word);
  if (exact !== undefined) alternatives.push({ termId: exact, weight: index.idf(exact) });
  if ((exact === undefined || asPrefix) && word.length >= 3) {
    // A word typed in full ('nec') is worth no more read as the start of a rarer one ('necatoriasis').
    const cap = exact === undefined ? Infinity : index.idf(exact);
    for (const termId of index.termsWithPrefix(word, MAX_PREFIX_TERMS)) {
      if (termId !== exact) alternatives.push({ termId, weight: Math.min(cap, 0.9 * index.idf(termId)) });
    }
  }
  // An adjective in -al stands for its noun, as titles name the part: orbital -> orbit, tracheal -> trachea,
  // peritoneal -> peritoneum.
  for (const noun of nounsOf(index, word)) {
    if (noun !== exact) alternatives.push({ termId: noun, weight: 0.9 * index.idf(noun) });
  }
  for (const adjective of adjectivesOf(index, word)) {
    if (adjective === exact) continue;
    // Worth no more than the noun itself, so that a rarer adjective ('sclerotic') cannot outrank titles naming the
    // disease as written ('multiple sclerosis').
    const weight = 0.9 * index.idf(adjective);
    alternatives.push({ termId: adjective, weight: exact === undefined ? weight : Math.min(weight, index.idf(exact)) });
  }
  if (alternatives.length === 0 && word.length >= 5) {
    for (const termId of nearTerms(index, word)) alternatives.push({ termId, weight: 0.8 * index.idf(termId) });
  }
  if (alternatives.length === 0 && word.length >= 2 && /^[a-z]+$/.test(word)) {
    for (const termId of contractedTerms(index, word)) alternatives.push({ termId, weight: 0.7 * index.idf(termId) });
  }
  // A guessed term that most documents hold ('other' for 'oth') adds little to a score and costs a long postings walk.
  const kept = alternatives.filter((a) => a.termId === exact || a.weight >= MIN_GUESS_WEIGHT);
  // A guess is worth no more than the commonest guess: 'tis' stands for tissue, and the rare drug name it also begins
  // (tisopurine) must not outweigh the rest of the query.
  const guesses = kept.filter((a) => a.termId !== exact);
  const cap = guesses.reduce((low, a) => Math.min(low, a.weight), Infinity);
  return kept.map((a) => (a.termId === exact ? a : { termId: a.termId, weight: Math.min(a.weight, cap) })).sort((a, b) => b.weight - a.weight);
}

/**
 * The nouns of an adjective in -al that the vocabulary holds: orbit for orbital, trachea for tracheal; of one in -ic
 * whose noun ends in -is: pelvis for pelvic, pubis for pubic ('Obstetric hematoma of pelvis').
 */
function nounsOf(index: SearchIndex, word: string): number[] {
  if (word.length >= 6 && word.endsWith('ic')) {
    const noun = index.termId(`${word.slice(0, -1)}s`);
    return noun === undefined ? [] : [noun];
  }
  if (word.length < 6 || !word.endsWith('al')) return [];
  const stems = [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('eal')) stems.push(`${word.slice(0, -2)}um`);
  const out: number[] = [];
  for (const stem of stems) {
    const termId = index.termId(stem);
    if (termId !== undefined && !out.includes(termId)) out.push(termId);
  }
  return out;
}

/**
 * The adjectives of a disease noun in -osis, as titles write them: 'tuberculosis' -> tuberculous ('Tuberculous
 * meningitis'), 'thrombosis' -> thrombotic, 'necrosis' -> necrotic; of a virus: 'adenovirus' -> adenoviral.
 * Coders type the noun ('TB meningitis', 'pneumonia due to adenovirus').
 */
function adjectivesOf(index: SearchIndex, word: string): number[] {
  const candidates =
    word.length >= 7 && word.endsWith('osis')
      ? [`${word.slice(0, -4)}ous`, `${word.slice(0, -4)}otic`]
      : word.length >= 7 && word.endsWith('virus')
        ? [`${word.slice(0, -5)}viral`] // 'adenovirus' -> 'Adenoviral meningitis'
        : diseasesOf(word);
  const out: number[] = [];
  for (const candidate of candidates) {
    const termId = index.termId(candidate);
    if (termId !== undefined) out.push(termId);
  }
  return out;
}

/**
 * The infection named for its organism, as ICD-10-CM titles name it where ICD-9 said 'infection by' the organism:
 * helminth -> helminthiasis, taenia -> taeniasis, histoplasma -> histoplasmosis, brucella -> brucellosis.
 */
function diseasesOf(word: string): string[] {
  if (word.length < 6 || /(iasis|osis|itis)$/.test(word)) return [];
  const stem = word.replace(/(ia|a|as|is|us|um|es|e)$/, '');
  return [`${word}iasis`, `${stem}iasis`, `${stem}osis`];
}

/** Query words: the search terms of the text, each distinct once. */
export function queryWords(text: string): string[] {
  return [...new Set(searchTerms(text))];
}

/** Vocabulary terms within one edit (insert, delete, substitute, swap) of `word`, sharing its first letter. */
function nearTerms(index: SearchIndex, word: string): number[] {
  const out: number[] = [];
  // The terms of the first letter in place, not copied to an array: thousands, on every unknown word's first lookup.
  for (let termId = index.firstAtLeast(word[0]!); termId < index.terms.length && index.terms[termId]![0] === word[0]; termId++) {
    const term = index.terms[termId]!;
    if (Math.abs(term.length - word.length) <= 1 && isOneEditAway(word, term)) out.push(termId);
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * Terms that a contraction could stand for, as coders and ICD-9 short titles write them by dropping letters:
 * 'shlder' -> shoulder, 'mgrn' -> migraine, 'orgnsm' -> organism. Same first letter, letters in order.
 */
function contractedTerms(index: SearchIndex, word: string): number[] {
  const found: { termId: number; extra: number }[] = [];
  for (let termId = index.firstAtLeast(word[0]!); termId < index.terms.length && index.terms[termId]![0] === word[0]; termId++) {
    const term = index.terms[termId]!;
    if (term.length > word.length * 2.5 + 2 || term.length < word.length) continue;
    if (isSubsequence(word, term)) found.push({ termId, extra: term.length - word.length });
  }
  return found.sort((a, b) => a.extra - b.extra).slice(0, 4).map((f) => f.termId);
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap. */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  if (a.length === b.length + 1) return sameFrom(a, i + 1, b, i);
  if (b.length === a.length + 1) return sameFrom(b, i + 1, a, i);
  return false;
}

/** a.slice(i) === b.slice(j), without the slices: the typo search tries thousands of terms on a word's first lookup. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (Math.max(0, a.length - i) !== Math.max(0, b.length - j)) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
