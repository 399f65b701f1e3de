/**
 * A tendon's nontraumatic rupture in ICD-10-CM's words. ICD-9 (727.6-) and coders name the tendon; ICD-10-CM's
 * spontaneous ruptures (M66.2-M66.8) name its kind (extensor, flexor, other) and the part of the limb, so the
 * tendon's name alone found only the unspecified tendon (M66.9) or its traumatic strain (S76, S86).
 */
import { everyRule, type Rules } from './icd9-rules';

const NONTRAUMATIC = /\bnontraumatic rupture of (?=(\w+\s+){0,3}tendons?\b|achilles|biceps|quadriceps|patellar)/gi;
const SPONTANEOUS = /\bspontaneous rupture\b/i;

/**
 * Each named tendon as the kind and limb part of its M66 code: the Achilles tendon joins the calf's plantar flexors
 * to the heel (flexor, lower leg), the quadriceps tendon is the knee's extensor above the patella (extensor, thigh),
 * the patellar tendon the same extensor below it (lower leg); the biceps of the arm is one of the other tendons of
 * the upper arm (M66.82-).
 */
const TENDON_KINDS: Rules = [
  [/\b(achilles|achill|calcaneal)( tendons?)?\b/gi, 'flexor tendons, lower leg'],
  [/\b(quadriceps|quadricep)( tendons?)?\b/gi, 'extensor tendons, thigh'],
  [/\bpatellar( tendons?)?\b/gi, 'extensor tendons, lower leg'],
  [/\b(tendons? of biceps|biceps( tendons?)?)( \(long head\))?/gi, 'other tendons, upper arm'],
];

/** A tendon's nontraumatic rupture as ICD-10-CM's spontaneous rupture of its kind and limb part; other text unchanged. */
export function tendonWording(text: string): string {
  text = text.replace(NONTRAUMATIC, 'spontaneous rupture of ');
  return SPONTANEOUS.test(text) ? everyRule(text, TENDON_KINDS) : text;
}
