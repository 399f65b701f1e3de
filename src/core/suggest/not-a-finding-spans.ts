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

/**
 * Each phrase's own pattern, made once: a pattern per set of phrases a sentence's words allowed was compiled for each
 * new set (hundreds over the dev charts, each a long alternation compiled twice as V8 tiers it up), the costliest
 * search of a first pass over the charts.
 */
const PHRASE_PATTERNS = NOT_A_FINDING_PHRASES.map((phrase) => new RegExp(`\\b(?:${phrase.source})`, 'gi'));

/**
 * The NOT_A_FINDING phrases of a sentence's words: the same matches as NOT_A_FINDING gives, searched with only the
 * phrases whose words the sentence holds. A phrase that cannot match anywhere changes no match of the alternation
 * (the leftmost, then the first phrase in order), and the long pattern tried each of its sixty-five phrases at every
 * word: the costliest single search of the suggestions on the dev charts. The chosen phrases are searched each alone,
 * as the alternation tries them: the match starting leftmost, of the first phrase in order among those starting
 * there, then the next search from its end (each phrase's next match is kept while it starts after that end).
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
  // Each chosen phrase's next match at or after `from` (null: none left).
  const next: (RegExpExecArray | null)[] = new Array(chosen.length);
  const search = (k: number, from: number) => {
    const pattern = PHRASE_PATTERNS[chosen[k]!]!;
    pattern.lastIndex = from;
    next[k] = pattern.exec(words);
  };
  for (let k = 0; k < chosen.length; k++) search(k, 0);
  const found: RegExpExecArray[] = [];
  for (;;) {
    let best = -1;
    for (let k = 0; k < chosen.length; k++) if (next[k] && (best < 0 || next[k]!.index < next[best]!.index)) best = k;
    if (best < 0) return found;
    const m = next[best]!;
    found.push(m);
    // No phrase matches empty text; one that did would step on a character, as matchAll does.
    const from = m[0] === '' ? m.index + m[0].length + 1 : m.index + m[0].length;
    for (let k = 0; k < chosen.length; k++) if (next[k] && next[k]!.index < from) search(k, from);
  }
}
