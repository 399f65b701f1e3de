/**
 * Word tokens with offsets into the original text. Offsets always index the text as given, so that
 * `text.slice(token.start, token.end)` is the written word and `normalizeWord` of it is `token.norm`.
 */

export type TokenKind = 'word' | 'number' | 'code' | 'punct';

export interface Token {
  /** Normalised form: lower case, accents folded, curly quotes and dashes made plain. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const RUN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/uy;
const PUNCT = /[^\s\p{L}\p{N}\p{M}]/uy;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const SHORT_LETTERS = /^\p{L}{1,2}$/u;
// Short forms chained by slashes, 'n/v/d' (nausea, vomiting, diarrhea) as much as 'n/v'.
const SHORT_SLASHED = /^(?:\p{L}{1,2}\/)*\p{L}{1,2}$/u;
const ICD_STEM = /^[A-Za-z]\d{2}$/;

const LIGATURES: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Lower case, compatibility-decomposed, accents stripped, ligatures spelled out, quotes and dashes made ASCII. */
export function normalizeWord(word: string): string {
  if (PLAIN_ASCII.test(word)) return word.toLowerCase(); // the common case, ten times cheaper
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æœßøđłı]/g, (c) => LIGATURES[c] ?? c)
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
}
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

const CODE_PATTERNS = [
  /^[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}$/i, // ICD-10-CM with its dot: E11.9, S52.502A
  /^[A-TV-Z]\d[0-9A][0-9A-Z]{1,4}$/, // ICD-10-CM raw, upper case only: E119 (not T2DM)
  /^(?=.*\d)(?=.*[A-HJ-NP-Z])[0-9A-HJ-NP-Z]{7}$/, // ICD-10-PCS: 0DTJ4ZZ
  /^[A-V]\d{4}$/, // HCPCS Level II: J1100
];

// Patterns of every token as constants: a literal in the function body is a new RegExp object at each call.
const ANY_DIGIT = /\d/;
const NUMBER = /^[\p{N}.,/]+$/u;

function classify(raw: string): TokenKind {
  if (!ANY_DIGIT.test(raw)) return 'word';
  if (NUMBER.test(raw)) return 'number';
  return CODE_PATTERNS.some((p) => p.test(raw)) ? 'code' : 'word';
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

// ASCII is read without the Unicode patterns, which then run only on other characters: there \p{L} and \p{N} are the
// letters and digits and \p{M} holds nothing, and a first query compiles no Unicode class for plain words.
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || isAsciiDigit(c);

/** Whether the character at `k` is of `pattern` (LETTER, DIGIT or ALNUM), `ascii` its test on ASCII; false outside the text. */
function classAt(text: string, k: number, pattern: RegExp, ascii: (c: number) => boolean): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return ascii(c);
  return c === c && pattern.test(charAt(text, k)); // c is NaN outside the text
}

/** The end of the run of letters, digits and marks (RUN) that starts at `i`; -1 when none does. */
function runAt(text: string, i: number): number {
  let j = i;
  let c = text.charCodeAt(j);
  while (isAsciiAlnum(c)) c = text.charCodeAt(++j);
  if (c < 128 || (j > i && c !== c)) return j > i ? j : -1; // ended by ASCII that is no letter or digit, or the text's end
  RUN.lastIndex = i;
  return RUN.test(text) ? RUN.lastIndex : -1;
}

/** The end of the punctuation mark (PUNCT) at `i`; -1 when the character there is none. */
function punctAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 9 && c <= 13) || c === 32 || isAsciiAlnum(c) ? -1 : i + 1; // \s in ASCII: tab to CR, space
  PUNCT.lastIndex = i;
  return PUNCT.test(text) ? PUNCT.lastIndex : -1;
}

/**
 * Where a joiner at `at` continues the token that began at `start`, the end of the joined run; else -1.
 * Joins decimals (40.2), thousands (14,610), dotted codes (E11.9), fractions (109/68), short slash forms
 * (s/p, r/o, w/o, h/o, n/v/d) and inner apostrophes (Crohn's).
 */
function joinAt(text: string, start: number, at: number): number {
  const c = text[at];
  if (c !== '.' && c !== ',' && c !== '/' && c !== "'" && c !== '\u2019') return -1;
  const digits = () => classAt(text, at - 1, DIGIT, isAsciiDigit) && classAt(text, at + 1, DIGIT, isAsciiDigit);
  if (!classAt(text, at + 1, ALNUM, isAsciiAlnum)) return -1;
  const after = runAt(text, at + 1);
  const sofar = text.slice(start, at);
  if (c === '.' && digits()) return after;
  if (c === '.' && ICD_STEM.test(sofar)) return after;
  if (c === ',' && classAt(text, at - 1, DIGIT, isAsciiDigit) && /^\d{3}(?!\d)/.test(text.slice(at + 1, at + 5))) return after;
  if ((c === "'" || c === '\u2019') && classAt(text, at - 1, LETTER, isAsciiLetter) && classAt(text, at + 1, LETTER, isAsciiLetter)) return after;
  if (c === '/') {
    if (digits() && /^[\p{N}./]+$/u.test(sofar)) return after;
    if (SHORT_SLASHED.test(sofar) && SHORT_LETTERS.test(text.slice(at + 1, after))) return after;
  }
  return -1;
}

/** Lower-case ASCII words between single spaces: each is a token as written (no joiner, mark or capital to read). */
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/;

/**
 * The norms of a phrase's tokens, as `tokenize(phrase).map((t) => t.norm)`, with a phrase of plain lower-case words
 * split rather than tokenized: for the word lists compiled on first use (the context triggers' 1,545 written forms,
 * which tokenized one by one took tens of ms of the first chart in a cold process).
 */
export function phraseNorms(phrase: string): string[] {
  return PLAIN_WORDS.test(phrase) ? phrase.split(' ') : tokenize(phrase).map((t) => t.norm);
}

/** Splits text into word, number, code and punctuation tokens; whitespace is dropped and hyphens between words split them. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = offset;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++; // a space or line break, the commonest character between tokens: neither a run nor punctuation
      continue;
    }
    let stop = runAt(text, i);
    if (stop > end) stop = end;
    if (stop > i) {
      let j = stop;
      while (j < end) {
        const k = joinAt(text, i, j);
        if (k < 0 || k > end) break;
        j = k;
      }
      // "w/ fever": the slash belongs to the abbreviation for "with".
      if (j - i === 1 && /[wW]/.test(text[i] ?? '') && text[j] === '/' && j + 1 <= end) j += 1;
      const raw = text.slice(i, j);
      tokens.push({ norm: normalizeWord(raw), start: i, end: j, kind: classify(raw) });
      i = j;
      continue;
    }
    const j = punctAt(text, i);
    if (j >= 0 && j <= end) {
      const isJoiner = text[i] === '-' && classAt(text, i - 1, ALNUM, isAsciiAlnum) && classAt(text, j, ALNUM, isAsciiAlnum);
      if (!isJoiner) tokens.push({ norm: normalizeWord(text.slice(i, j)), start: i, end: j, kind: 'punct' });
      i = j;
      continue;
    }
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1; // whitespace or a lone combining mark: not a token
  }
  return tokens;
}

/** True for the tokens that carry words (not punctuation). */
export function isWordToken(token: Token): boolean {
  return token.kind !== 'punct';
}
