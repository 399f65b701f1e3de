import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/** Encounters for screening for malignant neoplasms (Z12.-) and for other diseases and disorders (Z13.-). */
const SCREENING = /^Z1[23]/;
/**
 * The sentence that says what the encounter is for: a procedure report's 'Indication:', or 'here for', 'presents
 * for', 'reason for visit'. Not a plan ('schedule screening colonoscopy'), which is a later encounter's.
 */
const FOR_ENCOUNTER = /\bindications?\s*:|\breason for (?:the )?(?:visit|exam\w*|procedure|encounter)\b|\b(?:here|presents?|presented|referred|scheduled)\s+(?:today\s+)?for\b/i;

/**
 * 'A screening code may be a first-listed code if the reason for the visit is specifically the screening exam'; a
 * condition the screening finds is coded after it (Guidelines I.C.21.c.5): a screening colonoscopy stays Z12.11 first
 * when polyps are removed.
 */
export function isScreeningEncounter(f: Finding, text: string, reading: ChartReading): boolean {
  if (!SCREENING.test(f.code) || f.context !== 'affirmed') return false;
  return f.evidence.some((e) => {
    const sentence = sentenceAt(reading, e.start);
    return sentence !== undefined && FOR_ENCOUNTER.test(text.slice(sentence.start, sentence.end));
  });
}
