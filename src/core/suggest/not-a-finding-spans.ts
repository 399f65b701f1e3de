import { NOT_A_FINDING_PHRASES, NOT_A_FINDING_WORDS } from './not-a-finding';

/**
 * Each of the NOT_A_FINDING_WORDS alone. Its source is a plain list of words (no groups or classes, as a test checks),
 * so its bars split it.
 */
const WORDS = NOT_A_FINDING_WORDS.source.split('|');

/**
 * Each word's test of a lower-cased text: a plain word by includes, far cheaper than a pattern's search, and the others
 * by their own pattern, made only for them (a pattern searched twice is compiled to machine code: made for every word
 * and tried on every phrase below, they cost the first chart more than its sentences' searches).
 */
const HOLDS = WORDS.map((word): ((lower: string) => boolean) => {
  if (/^[a-z ]+$/.test(word)) return (lower) => lower.includes(word);
  const pattern = new RegExp(word, 'i');
  return (lower) => pattern.test(lower);
});

/**
 * The text a phrase's pattern holds, its groups' own brackets left out and an escaped bracket kept ('eyes \(OU\)'
 * holds 'eyes (ou'): what the words are looked for in.
 */
export function phraseText(source: string): string {
  return source.replace(/\\[()]/g, '\0').replace(/\((?:\?<?[:=!])?|\)/g, ' ').replaceAll('\0', '(');
}

/**
 * For each phrase, the words of NOT_A_FINDING_WORDS its pattern holds: a match of the phrase holds one of them (each
 * phrase's branches require one of their own words, as the test of the words checks), so a sentence without any of
 * them cannot hold the phrase. A phrase holding none of the words (none should) is always searched.
 */
export function phraseWords(phrase: RegExp): number[] | undefined {
  const lower = phraseText(phrase.source).toLowerCase();
  const words = HOLDS.flatMap((holds, k) => (holds(lower) ? [k] : []));
  return words.length > 0 ? words : undefined;
}
const PHRASE_WORDS = NOT_A_FINDING_PHRASES.map(phraseWords);

/** The patterns of the phrases a sentence's words allow, by the phrases' numbers: a chart's sentences share a few. */
const patterns = new Map<string, RegExp>();

/**
 * The NOT_A_FINDING phrases of a sentence's words: the same matches as NOT_A_FINDING gives, searched with only the
 * phrases whose words the sentence holds. A phrase that cannot match anywhere changes no match of the alternation
 * (the leftmost, then the first phrase in order), and the long pattern tried each of its sixty-five phrases at every
 * word: the costliest single search of the suggestions on the dev charts.
 */
export function notAFindingSpans(words: string): RegExpExecArray[] {
  // Most sentences hold none of the words: one search says so, then each word is looked for as plain text.
  if (!NOT_A_FINDING_WORDS.test(words)) return [];
  const lower = words.toLowerCase();
  const held = HOLDS.map((holds) => holds(lower));
  const chosen: number[] = [];
  for (let i = 0; i < NOT_A_FINDING_PHRASES.length; i++) {
    const needs = PHRASE_WORDS[i];
    if (!needs || needs.some((k) => held[k])) chosen.push(i);
  }
  if (chosen.length === 0) return [];
  const key = chosen.join(',');
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 1000) patterns.clear();
    pattern = new RegExp(`\\b(?:${chosen.map((i) => NOT_A_FINDING_PHRASES[i]!.source).join('|')})`, 'gi');
    patterns.set(key, pattern);
  }
  // exec from the start, as matchAll would on a copy of the pattern (no phrase matches empty text; one that did
  // would step on a character, as matchAll does).
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(words); m !== null; m = pattern.exec(words)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}
