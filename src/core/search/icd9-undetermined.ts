/**
 * ICD-9's injuries 'undetermined whether accidentally or purposely inflicted' (E980-E989; short titles 'Undetermin
 * circ-handgun', 'Undet fall natural site') are ICD-10-CM's events of undetermined intent (Y21-Y33). A fall from a
 * high place is ICD-10-CM's one falling, jumping or pushed (Y30), whatever the site: ICD-9's sites (residential
 * premises, natural sites, man-made structures) led to accidental falls into water and from buildings.
 */
const UNDETERMINED = /\bundetermined whether accidentally or purposely inflicted\b/i;
const SHORT_UNDETERMINED = /^\s*(undetermined|undetermin|undeterm|undet)\s+(circumstances|circumst|circ)?\s*-?\s*/i;
const FALL = /\b(falling|fall)\b/i;

/** An injury of undetermined intent in ICD-10-CM's words; other text unchanged. */
export function undeterminedIntentWording(text: string): string {
  const long = UNDETERMINED.test(text);
  if (!long && !SHORT_UNDETERMINED.test(text)) return text;
  if (FALL.test(text)) return 'falling, jumping or pushed from a high place, undetermined intent';
  // The long phrase stays: its words find the Index's undetermined-intent entries (Y33 for means Y21-Y32 do not name).
  return long ? text : `${text.replace(SHORT_UNDETERMINED, '')} undetermined intent`;
}
