/**
 * How search sees words: lower case, accents folded, split on anything that is not a letter or digit, light
 * English stemming, function words dropped. The same function runs at build time over the titles and at query
 * time over what the coder types, so the two always agree.
 */

import { stemWord as inflectionStem } from '../text/stem';

/** Words that carry no meaning for ranking. 'with', 'without', 'other', 'unspecified' are kept: they tell codes apart. */
const STOPWORDS = new Set(
  'a an and are as at be by for from in into is it its of on or the to this that was were which'.split(' '),
);

/** Folds case and accents: 'Sjögren' -> 'sjogren'. */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase(); // NFD leaves ASCII as it is: most words, read without the ICU call
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The text layer's inflection stemmer (plurals, -ing, -ed), then what search adds so that title words and what coders
 * type meet: British spellings fold to American ones, -ion to its verb stem ('infarction' -> 'infarct', as ICD-9
 * short titles write it), a final -e and -y dropped or made -i. Idempotent on its output.
 */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemOnce(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Stems remembered: every query, chart sentence and header explanation is stemmed word by word, and the regular
 * expressions of a stem cost a microsecond or two and a few strings each, garbage that set the slowest queries'
 * collections; the words coders and charts use are a few thousand.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 20_000;

function stemOnce(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  // British spellings fold to American ones (haemorrhage, oedema, tumour, leucopenia); both sides fold alike, so no
  // harm elsewhere.
  // The plural of a disease in -iasis is -iases (Other specified intestinal helminthiases): the text stemmer folds
  // -oses to -osis only.
  if (word.endsWith('iases') && word.length > 7) word = `${word.slice(0, -2)}is`;
  // Each spelling rule only where the word holds its letters: most words hold none, and a replace makes a string.
  if (word.includes('ae') || word.includes('oe')) word = word.replace(/([a-z])[ao]e(?=[^aeiou])/g, '$1e');
  // '-oea' ends a word before a vowel, so the rule above leaves it: diarrhoea, dyspnoea, apnoea, gonorrhoea.
  if (word.includes('oea')) word = word.replace(/([a-z])oea(s?)$/, '$1ea$2');
  if (word.startsWith('oe')) word = word.replace(/^oe(?=[^aeiou])/, 'e');
  if (word.startsWith('leuc')) word = word.replace(/^leuc(?=o)/, 'leuk');
  if (word.endsWith('our')) word = `${word.slice(0, -3)}or`;
  let w = inflectionStem(word);
  if (w.endsWith('ion') && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length > 4 && !w.endsWith('ee')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:'s)?/gu;

/** The search terms of a text, in order, duplicates kept. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  const folded = foldWord(text);
  // exec in a loop, not matchAll: that copies the RegExp and makes an iterator on every call (queries, chart words)
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
    let word = match[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (STOPWORDS.has(word)) continue;
    out.push(stemWord(word));
  }
  return out;
}

/**
 * Inverse document frequency (natural log), never below 0.1: a word that every document holds (in a small imported
 * set, a one-code set) must still count, or nothing in that set could ever match. In the official sets the
 * commonest word is in fewer than a sixth of the documents (idf above 1.8), so the floor changes none of them.
 */
export function inverseFrequency(docCount: number, documentFrequency: number): number {
  return Math.max(0.1, Math.log(docCount / documentFrequency));
}
