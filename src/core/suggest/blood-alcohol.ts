/**
 * The blood alcohol level as US notes write it in the labs: 'BAL 164', 'BAL 164 mg/dL', 'blood alcohol level of 210',
 * 'serum ethanol 88', 'EtOH level 250' (not a bare 'alcohol 6', which counts drinks); as a percent, 'BAC 0.16' (grams per 100 ml: 160 mg/100 ml). A
 * level in mg/dL is in mg/100 ml, the Y90 titles' unit.
 */
const LEVEL = /\b(?:BAL|blood alcohol(?: level| concentration)?|(?:serum|blood) (?:ethanol|etoh|alcohol)(?: level)?|(?:ethanol|etoh|alcohol) level)\s*(?:of|was|is|:|=)?\s*(\d{1,3}(?:\.\d+)?|0?\.\d+)(?!\s*%|\d|\s*\/|\s*(?:drinks?|beers?|units?|oz|glasses|shots|times|x)\b)/i;
const PERCENT = /\bBAC\s*(?:of|was|is|:|=)?\s*(0?\.\d+)\s*%?/i;

/** The Y90 code of a level in mg/100 ml: Y90.0 under 20, a code every 20 up to 120, 120-199, 200-239, 240 or more. */
export function bloodAlcoholCode(level: number): string {
  if (level < 20) return 'Y900';
  if (level < 120) return `Y90${Math.floor(level / 20)}`;
  return level < 200 ? 'Y906' : level < 240 ? 'Y907' : 'Y908';
}

/** The blood alcohol level the chart gives, in mg/100 ml, with where it is written; undefined when it gives none. */
export function bloodAlcoholLevel(text: string): { level: number; start: number; end: number } | undefined {
  const percent = PERCENT.exec(text);
  if (percent) return { level: Math.round(Number(percent[1]) * 1000), start: percent.index, end: percent.index + percent[0].length };
  const m = LEVEL.exec(text);
  if (!m || m[1]!.startsWith('.') || m[1]!.startsWith('0.')) return undefined;
  return { level: Number(m[1]), start: m.index, end: m.index + m[0].length };
}
