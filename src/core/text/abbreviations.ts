/**
 * The abbreviation and synonym list as a lookup, and its application to token sequences: each
 * abbreviation's span is rewritten to the words of its expansion, offsets kept on the original span.
 */
import { BRITISH, CLINICAL, CUES, LAY, MISSPELLINGS, SHORT_TITLE, type AbbreviationRow } from './abbreviation-data';
import { tokenize, type Token } from './tokenize';

export type AbbreviationKind = 'clinical' | 'shortTitle' | 'lay' | 'cue';

export interface Abbreviation {
  /** Normalised words as the tokenizer gives them, joined by one space ("copd exac", "s/p"). */
  key: string;
  /** Each expansion as normalised words; the first is the usual reading. */
  expansions: string[][];
  /** An ICD-10-CM code (raw) a coder would expect for the entry alone, where one exists. */
  example?: string;
  kind: AbbreviationKind;
  /** The expansions are different meanings ("ms": multiple sclerosis or mitral stenosis), not synonyms. */
  ambiguous: boolean;
  /** An everyday word in lower case ("all", "as"): expanded only where written in capitals. */
  upperOnly: boolean;
  /**
   * The findings of a listed phrase, each its own code ('n/v/d': nausea with vomiting, diarrhea), written '; ' apart
   * in the row; a chart reads them as so many words. A search reads the one expansion of all their words.
   */
  listed?: readonly string[];
}

function wordsOf(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.kind !== 'punct').map((t) => t.norm);
}

function fromRow(row: AbbreviationRow, kind: AbbreviationKind): Abbreviation {
  const [key, expansions, example, flags = ''] = row;
  let words: string[][] | undefined;
  return {
    key,
    // Split into words on first use: tokenizing all the rows cost every cold start ~8 ms, and a query meets few.
    get expansions() {
      words ??= expansions.split('|').map(wordsOf);
      return words;
    },
    ...(example ? { example } : {}),
    kind,
    ambiguous: flags.includes('ambiguous'),
    upperOnly: flags.includes('upper'),
    ...(expansions.includes('; ') ? { listed: expansions.split('; ') } : {}),
  };
}

const LISTS: readonly (readonly [rows: readonly AbbreviationRow[], kind: AbbreviationKind])[] = [
  [CLINICAL, 'clinical'],
  [SHORT_TITLE, 'shortTitle'],
  [LAY, 'lay'],
  [CUES, 'cue'],
];

/**
 * Each key's place in the list (list << 16 | row), a later row winning a repeated key; the entries themselves are made
 * on first lookup: making all of them at module load cost every cold start ~5 ms, and a query meets few.
 */
const BY_KEY = new Map<string, number>();
let MAX_WORDS = 0;
for (let l = 0; l < LISTS.length; l++) {
  const rows = LISTS[l]![0];
  for (let r = 0; r < rows.length; r++) {
    const key = rows[r]![0];
    BY_KEY.set(key, (l << 16) | r);
    let words = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
    MAX_WORDS = Math.max(MAX_WORDS, words);
  }
}
const made = new Map<number, Abbreviation>();
const SPELLING = new Map<string, string>([...BRITISH, ...MISSPELLINGS]);

/** The entry at a place of BY_KEY, one object per entry however often it is looked up. */
function entryAt(at: number): Abbreviation {
  let entry = made.get(at);
  if (!entry) {
    const [rows, kind] = LISTS[at >>> 16]!;
    made.set(at, (entry = fromRow(rows[at & 0xffff]!, kind)));
  }
  return entry;
}

let all: readonly Abbreviation[] | undefined;
/** Every entry of the list, in the order of the data file (the objects lookupAbbreviation returns). */
export function allAbbreviations(): readonly Abbreviation[] {
  all ??= LISTS.flatMap(([rows], l) => rows.map((_, r) => entryAt((l << 16) | r)));
  return all;
}

/** Every key of the list ("chf", "copd exac"), without making its entries (see BY_KEY): for what reads only keys. */
export function abbreviationKeys(): IterableIterator<string> {
  return BY_KEY.keys();
}

/** The entry for a normalised key ("chf", "copd exac"), or undefined. */
export function lookupAbbreviation(key: string): Abbreviation | undefined {
  const at = BY_KEY.get(key);
  return at === undefined ? undefined : entryAt(at);
}

/** American, correctly spelled form of one normalised word ("haemorrhage" -> "hemorrhage"); other words unchanged. */
export function correctSpelling(norm: string): string {
  return SPELLING.get(norm) ?? norm;
}

export interface AbbreviationMatch {
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
  /** Character span in the original text. */
  start: number;
  end: number;
  entry: Abbreviation;
}

function isUpper(text: string | undefined, start: number, end: number): boolean {
  if (text === undefined) return false;
  const raw = text.slice(start, end);
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** Words of a key starting at token `i`: a full stop after a one-letter word is skipped ("E. coli", "H. pylori"). */
function matchAt(tokens: readonly Token[], i: number, text?: string): AbbreviationMatch | undefined {
  const words: string[] = [];
  const ends: number[] = [];
  for (let j = i; j < tokens.length && words.length < MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      if (t.norm === '.' && words.length === 1 && words[0]!.length === 1) continue;
      break;
    }
    words.push(t.norm);
    ends.push(j + 1);
  }
  for (let n = words.length; n > 0; n--) {
    const entry = lookupAbbreviation(words.slice(0, n).join(' '));
    if (!entry) continue;
    const to = ends[n - 1]!;
    const start = tokens[i]!.start;
    const end = tokens[to - 1]!.end;
    if (entry.upperOnly && !isUpper(text, start, end)) continue;
    return { from: i, to, start, end, entry };
  }
  return undefined;
}

/** Longest matches of list entries, left to right, not overlapping. Pass `text` so capitals-only entries ("ALL") can match. */
export function findAbbreviations(tokens: readonly Token[], text?: string): AbbreviationMatch[] {
  const matches: AbbreviationMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = tokens[i]!.kind === 'punct' ? undefined : matchAt(tokens, i, text);
    if (m) matches.push(m);
    i = m ? m.to : i + 1;
  }
  return matches;
}

const MAX_ALTERNATIVES = 16;

function rewrite(tokens: readonly Token[], matches: readonly AbbreviationMatch[], choice: (m: AbbreviationMatch) => string[] | undefined): Token[] {
  const out: Token[] = [];
  let i = 0;
  for (const m of matches) {
    for (; i < m.from; i++) out.push(respell(tokens[i]!));
    const words = choice(m);
    if (words === undefined) for (; i < m.to; i++) out.push(tokens[i]!);
    else for (const norm of words) out.push({ norm, start: m.start, end: m.end, kind: 'word' });
    i = m.to;
  }
  for (; i < tokens.length; i++) out.push(respell(tokens[i]!));
  return out;
}

function respell(t: Token): Token {
  const norm = t.kind === 'word' ? correctSpelling(t.norm) : t.norm;
  return norm === t.norm ? t : { ...t, norm };
}

/**
 * Alternative readings of a token sequence with abbreviations expanded and spelling corrected. The first is
 * the usual reading (ambiguous entries left as written); each further one swaps in one other expansion.
 * Expanded words carry the abbreviation's span, so evidence still slices back to what was written. Empty when
 * nothing in the tokens is in the list; at most 16 readings.
 */
export function expandAbbreviations(tokens: readonly Token[], text?: string): Token[][] {
  const matches = findAbbreviations(tokens, text);
  const usual = (m: AbbreviationMatch) => (m.entry.ambiguous ? undefined : m.entry.expansions[0]);
  const first = rewrite(tokens, matches, usual);
  const changed = matches.length > 0 || first.some((t, k) => t !== tokens[k]);
  if (!changed) return [];
  const readings = [first];
  for (const m of matches) {
    const others = m.entry.ambiguous ? m.entry.expansions : m.entry.expansions.slice(1);
    for (const words of others) {
      if (readings.length >= MAX_ALTERNATIVES) return readings;
      readings.push(rewrite(tokens, matches, (x) => (x === m ? words : usual(x))));
    }
  }
  return readings;
}
