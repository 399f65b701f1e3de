/**
 * ICD-9's ill-defined findings and deaths (793, 798) in the words of ICD-10-CM's symptoms chapter. Its nonspecific
 * findings 'on radiological and other examination' of a part are ICD-10-CM's abnormal findings on diagnostic imaging
 * of it (R93), where the gastrointestinal tract is the digestive tract (R93.3); ICD-10-CM has no code for a sudden
 * infant death, a death within 24 hours of the symptoms or an unattended death (WHO's R95-R98): its Index sends each to
 * R99 Ill-defined and unknown cause of mortality. Left as written, SIDS found its family history (Z84.82).
 */
import { everyRule, type Rules } from './icd9-rules';

const DEATH =
  /^\s*(sudden infant death (syndrome|synd)|death (occurring in less than 24 hours from onset of symptoms|within 24 hr sympt)\b.*|instantaneous death|unattended death|sudden death,? cause unknown)\s*$/i;

const IMAGING = /\bnonspecific \(?abnormal\)? findings on radiological and other examinations? of\b|^\s*nonsp (abn|ab) (find|fd|fnd)\s*-\s*/i;
const IMAGING_WORDS: Rules = [
  [IMAGING, 'abnormal findings on diagnostic imaging of '],
  [/\b(gastrointestinal|gi) tract\b/gi, 'digestive tract'],
  [/\bbilry tract\b/gi, 'biliary tract'],
];

/** Ill-defined findings and deaths in ICD-10-CM's words; other text unchanged. */
export function findingsWording(text: string): string {
  if (DEATH.test(text)) return 'ill-defined and unknown cause of mortality';
  return IMAGING.test(text) ? everyRule(text, IMAGING_WORDS).replace(/\s+/g, ' ').trim() : text;
}
