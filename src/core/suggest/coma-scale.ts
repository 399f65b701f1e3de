import { sentenceAt } from '../text/analyze';
import type { ChartReading } from './chart-reading';

/**
 * The Glasgow coma scale total a chart reports ('Glasgow 8-9', 'a Glasgow score of 15', 'an 8-point Glasgow coma
 * scale', 'GCS 14'): R40.24- by band, its 7th character when it was taken (Guidelines I.C.18.e). Only the first score
 * of the chart is coded, the one of the initial evaluation.
 */
const AFTER = /\b(?:Glasgow(?:\s+coma)?(?:\s+scale)?|GCS)(?:\s+(?:total\s+)?score)?(?:\s+(?:of|was|is|was of|=))?\s*:?\s*(\d{1,2})\b(?!\s*(?:years?|days?|hours?|h\b|months?|minutes?|%))/i;
const BEFORE = /\b(\d{1,2})[- ]points?\s+(?:on\s+the\s+)?(?:Glasgow|GCS)\b/i;

/** When the score was taken, as the 7th character: in the field 1, in the emergency department 2, at admission 3. */
const WHEN: [RegExp, string][] = [
  [/\b(?:in the field|at the scene|pre-?hospital|ambulance|paramedics?)\b/i, '1'],
  [/\b(?:emergency (?:department|room|service|unit)|ER|ED)\b/, '2'],
  [/\b(?:on|at|upon)(?: the time of)? admission\b|\badmitted\b/i, '3'],
];

export interface ComaScale {
  code: string;
  start: number;
  end: number;
}

/** The coma scale code of the chart's first Glasgow total, with where it is written; none without a score of 3-15. */
export function comaScale(text: string, reading: ChartReading): ComaScale | undefined {
  const found = [AFTER.exec(text), BEFORE.exec(text)].filter((m): m is RegExpExecArray => m !== null && Number(m[1]) >= 3 && Number(m[1]) <= 15);
  const m = found.sort((a, b) => a.index - b.index)[0];
  if (!m) return undefined;
  const score = Number(m[1]);
  const band = score >= 13 ? 'R40241' : score >= 9 ? 'R40242' : 'R40243';
  // The sentence the score is written in says when it was taken.
  const at = sentenceAt(reading, m.index);
  const sentence = at ? text.slice(at.start, at.end) : m[0];
  const when = WHEN.find(([words]) => words.test(sentence))?.[1] ?? '0';
  return { code: `${band}${when}`, start: m.index, end: m.index + m[0].length };
}
