/**
 * ICD-9 V-code wording of statuses and births in ICD-10-CM's: organs and tissues replaced (V42-V43) are ICD-10-CM's
 * presence of an implant or artificial part (Z95-Z97), and the liveborn infant's place and manner of birth (V30-V39)
 * says 'delivered vaginally' where ICD-9 said 'without mention of cesarean section'; rehabilitation and
 * convalescence are aftercare; a newborn's fetal malnutrition not light-for-dates has no birth weight.
 */
import { everyRule, type Rules } from './icd9-rules';

const STATUS: Rules = [
  // ICD-10-CM names some replaced organs by their system: a bladder's implant is urogenital (Z96.0), a blood
  // vessel's vascular (Z95.828); the short titles say 'replac NEC' or 'replacement NEC'.
  [/^\s*bladder\s+(?=replaced by other means|replac(ement)? nec\b)/i, 'urogenital '],
  [/^\s*blood vessel\s+(?=replaced by other means|replac(ement)? nec\b)/i, 'other vascular '],
  // 'Bladder replaced by other means' (V43.5) is Z96.0 Presence of urogenital implants; 'Limb ...' Z97.1-.
  [/^(.*?)\s+(replaced by other means|replac(ement)? nec)\b/i, 'presence of artificial $1 implant'],
  // ICD-9's cardiac device in situ (V45.0-) is ICD-10-CM's presence of cardiac implants and grafts (Z95.8-).
  [/\bcardiac device in situ\b/i, 'cardiac implants and grafts presence'],
  // 'Ankle joint replacement' (V43.66) is Z96.66- Presence of artificial ankle joint; aftercare and complications
  // of a joint replacement keep their words.
  [/^(?!.*\b(aftercare|complication|infection|loosening|encounter|admission)\b)(.*?)\s*\bjoint replacement\s*$/i, 'presence of $2 artificial joint orthopedic joint implant'],
];

/**
 * ICD-9's care involving rehabilitation procedures (V57) and convalescence (V66) have no encounter codes of their own
 * in ICD-10-CM: they are other specified aftercare (Z51.89); the therapy named would lead to unrelated codes.
 */
const REHABILITATION = /^\s*(care involving|convalescence)\b.*$/i;

const BIRTH = /\b(liveborn|born)\b/i;
const BIRTH_WORDS: Rules = [
  [/\bdelivered without mention of cesarean (section|delivery)\b/gi, 'delivered vaginally'],
  // Z38.0, Z38.3 and Z38.6 are births in hospital unless they say otherwise: the words add nothing.
  [/,?\s*born in hospital\b/gi, ''],
  // ICD-9 divided an infant of a multiple birth (V31-V37) by whether its mates were born alive; ICD-10-CM's
  // liveborn infant codes (Z38.3-Z38.8) do not, and 'still born' led to the mother's outcome of delivery (Z37).
  [/\bother multiple birth \(three or more\)/gi, 'other multiple liveborn infant'],
  [/,?\s*(mates? (all )?(liveborn|still ?born)|unspecified whether mates? liveborn or stillborn)\b/gi, ''],
];

/**
 * ICD-9's fetal malnutrition 'without mention of light-for-dates' (764.2-) is ICD-10-CM's P05.2, which has no birth
 * weights: the weight of the fifth digit would only lead to the light-for-dates codes by weight (P05.0-).
 */
const MALNUTRITION_NOT_LIGHT = /^fetal malnutrition without mention of\W+light-for-dates\b.*$/i;

/** Replaced organs, rehabilitation and the births of liveborn infants in ICD-10-CM words. */
export function statusWording(query: string): string {
  if (REHABILITATION.test(query)) return 'encounter for other specified aftercare';
  if (MALNUTRITION_NOT_LIGHT.test(query)) return 'newborn affected by fetal (intrauterine) malnutrition not light or small for gestational age';
  const text = everyRule(query, STATUS);
  return BIRTH.test(text) ? everyRule(text, BIRTH_WORDS) : text;
}
