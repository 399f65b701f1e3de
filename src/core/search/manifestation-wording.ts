/**
 * Manifestations 'in diseases classified elsewhere' in ICD-10-CM's words. ICD-10-CM names most manifestation codes
 * by the organ, not the inflammation (K77 Liver disorders, N51 Disorders of male genital organs, M90 Osteopathy in
 * diseases classified elsewhere), and a mental disorder 'in conditions classified elsewhere' (ICD-9 293-294) is one
 * 'due to known physiological condition' (F01-F09); left as written, the inflammation found the infection's own
 * codes (hepatitis -> B19 viral hepatitis) instead of the manifestation code the words ask for.
 */
import { everyRule, type Rules } from './icd9-rules';

const ELSEWHERE = /\bclassified elsewhere\b|\bnonbac dis\b/i;
const NOT_ELSEWHERE = /\bnot elsewhere classified\b|\bas the cause of\b/i;

const MENTAL = /\b(mental|mood|amnestic|psychotic|delusional|anxiety|personality|catatonic|dementia|delirium)\b/i;
const PHYSIOLOGICAL_CONDITION = /\b(in|due to) (conditions|diseases|disorders) classified elsewhere\b/gi;

/** Each inflammation (or involvement) of an organ, and the organ as ICD-10-CM's manifestation titles name it. */
const ORGANS: Rules = [
  [/\bhepatitis\b/gi, 'liver disorders'],
  [/\b(orchitis( and epididymitis)?|epididymitis)\b/gi, 'disorders of male genital organs'],
  [/\b(other )?(infections involving bone|bone involvement|bone involv)\b/gi, 'osteopathy'],
  [/\besophagitis\b/gi, 'disorders of esophagus'],
  [/\bcholecystitis\b/gi, 'disorders of gallbladder'],
  [/\bcystitis\b/gi, 'bladder disorders'],
  [/\burethritis\b/gi, 'urethral disorders'],
  [/\b(iritis|iridocyclitis)\b/gi, 'disorders of iris and ciliary body'],
  [/\bchorioretinitis\b/gi, 'chorioretinal disorders'],
  [/\bretinitis\b/gi, 'retinal disorders'],
  // ICD-9's 'nonbacterial organisms' are G02's other infectious and parasitic diseases (the bacterial ones G01).
  [/\b(due to )?(other )?nonbacterial organisms\b|\b(in )?(oth )?nonbac dis\b/gi, 'in other infectious and parasitic diseases classified elsewhere'],
];

/** A manifestation asked for in diseases classified elsewhere, in the words of ICD-10-CM's manifestation titles. */
export function manifestationWording(text: string): string {
  if (!ELSEWHERE.test(text) || NOT_ELSEWHERE.test(text)) return text;
  if (MENTAL.test(text)) return text.replace(PHYSIOLOGICAL_CONDITION, 'due to known physiological condition');
  return everyRule(text, ORGANS);
}
