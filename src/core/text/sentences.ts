/**
 * Sentences and list items with offsets into the original text. A full stop ends a sentence unless it belongs
 * to an abbreviation ("Dr.", "e.g.", "vs."), an initial ("E. coli"), a number or a code ("40.2", "E11.9").
 */

export interface Sentence {
  start: number;
  end: number;
  /** True for a bullet or numbered list item ("1. CHF", "#2 HTN", "- cough"). */
  item: boolean;
}

/** Words after which a full stop does not end the sentence. */
const NO_BREAK_AFTER = new Set([
  'dr', 'drs', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'vs', 'v', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'approx',
  'fig', 'figs', 'no', 'nos', 'ref', 'cf', 'al', 'ca', 'inc', 'dept', 'avg', 'wk', 'wks', 'yr', 'yrs', 'pt', 'pts',
  'sig', 'q', 'b.i.d', 't.i.d', 'q.i.d', 'p.o', 'i.v', 'i.m', 's.c', 'a.m', 'p.m', 'sp', 'spp', 'var',
]);

// A list item marker at line start: bullets, "1." "1)" "(1)" "#2" "a)".
const ITEM_MARK = /^[ \t]*(?:[-*•·▪●◦‣+>]|\(?\d{1,2}[.)](?!\d)|#\d{1,2}\b[.:)]?|\(?[a-z][.)](?=[ \t]))[ \t]*/u;
// A numbered marker anywhere in a line: "1. CHF", "(2) HTN", "#3 DM".
const NUMBER_MARK = /(?<=^|[\s:;.,])(?:\(?(\d{1,2})[.)][ \t]+(?=[\p{L}(])|#(\d{1,2})\b)/gu;
const DIGIT_OR_HASH = /[0-9#]/;

const WORD_OR_DOT = /[\p{L}.]/u; // a constant: a literal in lastWord's loop is a new RegExp object each character
const SPACE = /\s/;

function lastWord(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && WORD_OR_DOT.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase();
}

/** Whether the full stop (or ! or ?) at `i` ends a sentence. */
/** Species epithets of the bacteria and fungi charts abbreviate by the genus's initial ('E. coli', 'S. aureus'). */
const SPECIES = /^\s+(?:coli|aureus|epidermidis|pneumoniae|faecalis|faecium|aeruginosa|influenzae|pyogenes|agalactiae|cloacae|mirabilis|albicans|jirovecii?|marcescens|maltophilia|baumannii|difficile|typhi|enteritidis)\b/i;

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  const next = text[i + 1];
  if (next !== undefined && !/[\s"')\]]/.test(next)) return false; // "40.2", "E11.9", "e.g"
  if (c !== '.') return true;
  const word = lastWord(text, i);
  if (NO_BREAK_AFTER.has(word)) return false;
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[i - 1]!)) {
    // "E. coli", "J. Smith": an initial; a lone capital before a lower-case word is not a sentence end.
    const after = /\s+(\p{L})/u.exec(text.slice(i + 1, i + 4));
    if (after && /\p{Ll}/u.test(after[1]!)) return false;
    // 'E. Coli', 'S. Aureus': a genus's initial before its species written with a capital.
    if (SPECIES.test(text.slice(i + 1, i + 24))) return false;
  }
  return true;
}

/**
 * Starts of list items inside one line, by their numbers: any number at the line start, "1." after a colon or a sentence end,
 * then each following number in sequence ("Diagnoses: 1. CHF 2. HTN 3. COPD"); "#n" always.
 */
function itemMarks(line: string): { at: number; end: number }[] {
  const marks: { at: number; end: number }[] = [];
  // Every mark has a digit or '#': a line without one is not searched position by position (the lookbehind at each).
  if (!DIGIT_OR_HASH.test(line)) return marks;
  let last = 0;
  NUMBER_MARK.lastIndex = 0;
  for (let m = NUMBER_MARK.exec(line); m; m = NUMBER_MARK.exec(line)) {
    const n = Number(m[1] ?? m[2]);
    const before = line.slice(0, m.index);
    const opens = before.trim() === '' || (n === 1 && /(?:[.:;][ \t]*|[ \t]{2,})$/.test(before));
    if (m[2] !== undefined || opens || n === last + 1) {
      marks.push({ at: m.index, end: m.index + m[0].length });
      last = n;
    }
  }
  return marks;
}

/** Cut points inside one line: sentence ends and list item starts. */
function cutsInLine(text: string, start: number, end: number): number[] {
  const marks = itemMarks(text.slice(start, end)).map((m) => ({ at: start + m.at, end: start + m.end }));
  const cuts = marks.map((m) => m.at);
  const stops = /[.!?]/g;
  stops.lastIndex = start;
  for (let m = stops.exec(text); m && m.index < end; m = stops.exec(text)) {
    const i = m.index;
    if (marks.some((k) => i >= k.at && i < k.end)) continue;
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < end && /["')\]]/.test(text[j]!)) j++;
      cuts.push(j);
    }
  }
  return cuts.sort((a, b) => a - b);
}

/** Whether the line break before `next` continues a sentence (a hard-wrapped line starting in lower case). */
function continues(prevLine: string, nextLine: string): boolean {
  return !/[.:;!?]\s*$/.test(prevLine) && prevLine.trim() !== '' && /^[ \t]*\p{Ll}/u.test(nextLine) && !ITEM_MARK.test(nextLine);
}

/** Splits text (or the span [from, to)) into sentences and list items, trimmed, in order, never empty. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number, item: boolean) => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, item });
  };
  let pieceStart = from;
  let pieceItem = false;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    const prev = text.slice(pieceStart, lineStart);
    if (lineStart > pieceStart && !continues(prev.slice(prev.lastIndexOf('\n', prev.length - 2) + 1), line)) {
      push(pieceStart, lineStart, pieceItem);
      pieceStart = lineStart;
    }
    if (pieceStart === lineStart) pieceItem = ITEM_MARK.test(line) && line.trim() !== '';
    for (const cut of cutsInLine(text, lineStart, lineEnd)) {
      if (cut <= pieceStart) continue;
      push(pieceStart, cut, pieceItem);
      pieceStart = cut;
      pieceItem = /^\s*(?:\(?\d{1,2}[.)]\s|#\d)/.test(text.slice(cut, lineEnd)) || (pieceItem && cut === lineStart);
    }
    lineStart = lineEnd + 1;
  }
  push(pieceStart, to, pieceItem);
  return out;
}
