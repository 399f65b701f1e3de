/**
 * Counseling (Z71.-) by its subject, the Alphabetic Index's subterms of 'Counseling (for) Z71.9': 'dietary Z71.3',
 * 'exercise Z71.82', 'tobacco use Z71.6', 'alcohol abuser Z71.41', 'drug abuser Z71.51'. Notes write the subject
 * after the verb ('counseled on diet', 'counseled regarding smoking cessation') or as the title's neighbour does not
 * ('tobacco cessation counseling', where Z71.6 is titled 'Tobacco abuse counseling'); without these the bare
 * 'Counseling, unspecified' (Z71.9) is all the words reach. Joined to INDEX_DEFAULTS, whose test checks each code.
 */
export const COUNSELING_INDEX: readonly [phrase: string, code: string][] = [
  ['diet counseling', 'Z713'], ['nutrition counseling', 'Z713'], ['nutritional counseling', 'Z713'],
  ['exercise counseling', 'Z7182'], ['physical activity counseling', 'Z7182'],
  ['tobacco counseling', 'Z716'], ['tobacco cessation counseling', 'Z716'], ['smoking cessation counseling', 'Z716'],
  ['smoking counseling', 'Z716'], ['vaping cessation counseling', 'Z716'],
  ['alcohol counseling', 'Z7141'], ['alcohol cessation counseling', 'Z7141'],
  ['drug counseling', 'Z7151'], ['substance use counseling', 'Z7151'],
];
