/** Weeks of gestation as charts write them, shared by the pregnancy codes (Z3A, trimesters) and the newborn codes (P07). */

/** '32 weeks', '27+6 weeks', '19.6 weeks' (19 whole weeks); 'of gestation' or 'pregnant' after it makes it sure. */
const WEEKS = /(?<![\d.,])(\d{1,2})(?:[.,]\d+)?\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)\b/gi;
const GESTATION_AFTER = /^\s+(?:of\s+)?(?:gestation|pregnancy|pregnant|amenorrh)/i;
/** 'pregnancy of 24 weeks and 5 days', 'gestational age of 30 weeks': the gestation named before the weeks. */
const GESTATION_BEFORE = /\b(?:pregnan\w*|gestation(?:al age)?)\s+(?:of\s+|at\s+)?$/i;

/**
 * The weeks of gestation the chart gives: a number of weeks said of the gestation first (before or after it), else
 * the first number of weeks.
 */
export function gestationWeeks(text: string): { weeks: number; start: number; end: number } | undefined {
  let first: { weeks: number; start: number; end: number } | undefined;
  for (const m of text.matchAll(WEEKS)) {
    const found = { weeks: Number(m[1]), start: m.index!, end: m.index! + m[0].length };
    if (GESTATION_AFTER.test(text.slice(found.end, found.end + 20)) || GESTATION_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start))) return found;
    first ??= found;
  }
  return first;
}
