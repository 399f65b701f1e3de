/** Weeks of gestation as charts write them, shared by the pregnancy codes (Z3A, trimesters) and the newborn codes (P07). */

/**
 * '32 weeks', '27+6 weeks', '19.6 weeks' (19 whole weeks), '28 4/7 weeks' (28 whole weeks, not the 7); 'of gestation'
 * or 'pregnant' after it makes it sure.
 */
const WEEKS = /(?<![\d.,/])(\d{1,2})(?:[.,]\d+)?\s*(?:\+\s*\d\s*)?(?:\s[0-6]\/7\s*)?(?:weeks?|wks?)\b/gi;
/** The US obstetric shorthand '28w4d', '39w', '36w 2d': it only ever says a gestational age, so it is sure. */
const SHORTHAND = /(?<![\w.,/])(\d{1,2})w(?:\s?[0-6]d)?\b/i;
const GESTATION_AFTER = /^\s+(?:of\s+)?(?:gestation|pregnancy|pregnant|amenorrh)/i;
/** Weeks since the delivery, not of a gestation: '6 wks s/p NSVD', '6 weeks postpartum', '2 weeks after delivery'. */
const SINCE_DELIVERY = /^\s*(?:s\/p|post-?partum|pp\b|after (?:the )?(?:deliver|birth|c-?section|cesarean)|since (?:the )?deliver)/i;
/** 'pregnancy of 24 weeks and 5 days', 'gestational age of 30 weeks': the gestation named before the weeks. */
const GESTATION_BEFORE = /\b(?:pregnan\w*|gestation(?:al age)?)\s+(?:of\s+|at\s+)?$/i;

/**
 * The weeks of gestation the chart gives: a number of weeks said of the gestation first (before or after it, or in
 * the '28w4d' shorthand), else the first number of weeks.
 */
export function gestationWeeks(text: string): { weeks: number; start: number; end: number } | undefined {
  const short = SHORTHAND.exec(text);
  let first: { weeks: number; start: number; end: number } | undefined;
  for (const m of text.matchAll(WEEKS)) {
    const found = { weeks: Number(m[1]), start: m.index!, end: m.index! + m[0].length };
    if (short && short.index < found.start) break;
    if (SINCE_DELIVERY.test(text.slice(found.end, found.end + 30))) continue;
    if (GESTATION_AFTER.test(text.slice(found.end, found.end + 20)) || GESTATION_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start))) return found;
    first ??= found;
  }
  if (short) return { weeks: Number(short[1]), start: short.index, end: short.index + short[0].length };
  return first;
}
