/**
 * The NIH Stroke Scale score a stroke chart reports ('NIHSS 14', 'NIHSS score of 7', 'NIH stroke scale: 22',
 * 'initial NIHSS was 3'): R29.700-R29.742, the score as the last two characters. The Guidelines (I.C.18.j) pair it
 * with an acute cerebral infarction (I63) and code the initial score when several are documented, so only the
 * chart's first score counts ('NIHSS 14 ... NIHSS at discharge 6' is R29.714).
 */
const NIHSS = /\b(?:NIHSS|NIH\s+stroke\s+scale|National\s+Institutes?\s+of\s+Health\s+Stroke\s+Scale)(?:\s+score)?(?:\s+(?:of|was|is|=|on\s+(?:arrival|admission)))?\s*:?\s*(\d{1,2})\b(?!\s*(?:-|to)\s*\d)/i;

export interface NihssScore {
  code: string;
  start: number;
  end: number;
}

/** The R29.7- code of the chart's first NIHSS score (0-42), with where it is written. */
export function nihssScore(text: string): NihssScore | undefined {
  const m = NIHSS.exec(text);
  if (!m || Number(m[1]) > 42) return undefined;
  return { code: `R297${m[1]!.padStart(2, '0')}`, start: m.index, end: m.index + m[0].length };
}
