import { foldWord } from '../search/terms';

/** One word of a chart's text, lower case, with its span (plus the offset of the text in the chart). */
export interface Word {
  raw: string;
  start: number;
  end: number;
  /** A slash right before the word: 'n/v' is listed with its slash, and its two words are looked up so. */
  slashed: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:'s)?/gu;
const ASCII_TEXT = /^[\x00-\x7f]*$/;

/**
 * The words of a text: runs of letters and digits, a possessive 's in the word's span but not in the word, accents
 * folded ('Sjögren's' is 'sjogren'). Most sentences are plain ASCII: their words are read by asciiWords.
 */
export function readWords(text: string, offset = 0): Word[] {
  return ASCII_TEXT.test(text) ? asciiWords(text, offset) : unicodeWords(text, offset);
}

/** The words of any text, by the Unicode pattern and foldWord. */
export function unicodeWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const folded = foldWord(m[0]);
    const raw = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
    words.push({ raw, start: offset + m.index, end: offset + m.index + m[0].length, slashed: m.index > 0 && text.charCodeAt(m.index - 1) === 47 });
  }
  return words;
}

/**
 * The words of a plain ASCII text, as unicodeWords reads them, told by character codes: no match array per word (a
 * pattern's search and its garbage were most of reading a sentence's words), only lower-cased (nothing to fold).
 * The possessive is a lower-case 's, as the pattern has it: 'PARKINSON'S' is 'parkinson' and 's'.
 */
export function asciiWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!letterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && letterOrDigit(text.charCodeAt(j))) j++;
    const end = j + 1 < n && text.charCodeAt(j) === 39 && text.charCodeAt(j + 1) === 115 ? j + 2 : j;
    words.push({ raw: text.slice(i, j).toLowerCase(), start: offset + i, end: offset + end, slashed: i > 0 && text.charCodeAt(i - 1) === 47 });
    i = end;
  }
  return words;
}

/** A-Z, a-z, 0-9. */
function letterOrDigit(c: number): boolean {
  return c <= 122 && (c >= 97 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
}
