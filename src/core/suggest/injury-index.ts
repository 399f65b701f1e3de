/**
 * Injuries as the ICD-10-CM Alphabetic Index reads them, where the titles do not use the chart's words. Joined to
 * INDEX_DEFAULTS; each code is checked against the FY2026 order file by its test.
 */
export const INJURY_INDEX: readonly [phrase: string, code: string][] = [
  // 'Contusion, eyeball S05.1-' (the side refined from the text): a contusion of the eye is the globe's, not an injury
  // of unspecified body region.
  ['eye contusion', 'S0510XA'],
  // 'Fracture, pelvis, pelvic (bone) S32.9', 'Fracture, mandible S02.609', 'Fracture, face bone S02.92'.
  ['pelvic fracture', 'S329XXA'], ['fracture of the pelvis', 'S329XXA'], ['mandibular fracture', 'S02609A'],
  ['fracture of the mandible', 'S02609A'], ['facial fracture', 'S0292XA'],
];
