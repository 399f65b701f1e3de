/**
 * Sides as US notes abbreviate them: 'L knee pain', 'R hip fracture', 'Lt ankle sprain', 'RLE cellulitis', 'LLE DVT',
 * 'BLE edema', 'bilat'. A lone capital L or R is a side only before a word of letters ('L knee'), a joint's letters
 * ('L MTP', 'R 1st MTP', after the digit's ordinal) or at the end of the span read, where the finding follows; not a
 * unit or a level ('2 L of oxygen', 'L4', 'L-spine'). Read where a finding's side is looked for (refine.ts), like the
 * eye's 'OD' / 'OS'.
 */
const LIMB_SIDES: readonly [abbreviation: RegExp, side: string][] = [
  [/(?<![\w.\-/]|\d\s)L(?=\s+(?:(?:1st|2nd|3rd|[45]th)\s+)?(?:[a-z]{3,}|[A-Z]{3,}\b)|\s*$)|\b(?:Lt|LT|lt)\b\.?|\b(?:LLE|LUE)\b/g, 'left'],
  [/(?<![\w.\-/]|\d\s)R(?=\s+(?:(?:1st|2nd|3rd|[45]th)\s+)?(?:[a-z]{3,}|[A-Z]{3,}\b)|\s*$)|\b(?:Rt|RT|rt)\b\.?|\b(?:RLE|RUE)\b/g, 'right'],
  // 'AOM, bilat', 'TMs bulging bilaterally'.
  [/\b(?:BLE|BUE|B\/L|b\/l)\b|\b[Bb]ilat(?:erally)?\b\.?/g, 'bilateral'],
];
const WORD_CHAR = /\w/;
const LEADING_PART = /^\w+/;
const TRAILING_PART = /\w+$/;

/**
 * The words of text[from, to) with each side abbreviation spelled as its side word ('L knee pain' -> ' left  knee
 * pain'). A word the window cuts is left as it is: 'repo|rt concludes' is no side.
 */
export function spellLimbSides(text: string, from: number, to: number): string {
  const span = text.slice(Math.max(0, from), to);
  const lead = from > 0 && WORD_CHAR.test(text[from - 1] ?? '') ? (LEADING_PART.exec(span)?.[0].length ?? 0) : 0;
  const tail = to < text.length && WORD_CHAR.test(text[to] ?? '') ? (TRAILING_PART.exec(span)?.[0].length ?? 0) : 0;
  if (lead + tail >= span.length) return span;
  const middle = span.slice(lead, span.length - tail);
  const spelled = LIMB_SIDES.reduce((words, [abbreviation, side]) => words.replace(abbreviation, ` ${side} `), middle);
  return span.slice(0, lead) + spelled + span.slice(span.length - tail);
}
