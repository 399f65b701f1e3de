/**
 * Endoscopies named by the part they look into, with the PCS Index's code (Inspection of that body part, through the
 * natural opening with the scope); joined into PROCEDURE_DEFAULTS. An inspection done on the way to another procedure
 * through the same scope is part of it and is dropped (procedures.ts, guideline B3.11a).
 */
export const SCOPE_INSPECTIONS: readonly [phrase: string, code: string][] = [
  // The rectum and the sigmoid are the lower intestinal tract (PCS Index: Sigmoidoscopy, Proctoscopy,
  // Proctosigmoidoscopy 0DJD8ZZ); the translated notes' 'rectoscopy' is the proctoscopy, and a colonoscopy taken into the
  // terminal ileum is still the lower tract's.
  ['sigmoidoscopy', '0DJD8ZZ'], ['flexible sigmoidoscopy', '0DJD8ZZ'], ['rectosigmoidoscopy', '0DJD8ZZ'],
  ['proctosigmoidoscopy', '0DJD8ZZ'], ['proctoscopy', '0DJD8ZZ'], ['rectoscopy', '0DJD8ZZ'], ['ileocolonoscopy', '0DJD8ZZ'],
  // PCS Index: Esophagoscopy 0DJ08ZZ (the upper intestinal tract); Laryngoscopy 0CJS8ZZ; Hysteroscopy 0UJD8ZZ (the
  // uterus and cervix).
  ['esophagoscopy', '0DJ08ZZ'], ['laryngoscopy', '0CJS8ZZ'], ['direct laryngoscopy', '0CJS8ZZ'],
  ['hysteroscopy', '0UJD8ZZ'],
];

/** The words of an airway secured through the laryngoscope: 'Cormack II', 'endotracheal tube', 'intubation'. */
const AIRWAY = /\b(?:cormac?k|intubat\w*|endotracheal|orotracheal|nasotracheal|airway|tube)\b/i;

/**
 * A laryngoscopy done to pass an endotracheal tube ('Standard laryngoscopy (Cormack II) was performed, the airway was
 * isolated with a 7.5 mm endotracheal tube') is the intubation's, not an inspection of the larynx coded apart.
 */
export function isIntubationLaryngoscopy(code: string, sentence: string): boolean {
  return code.startsWith('0CJS') && AIRWAY.test(sentence);
}
