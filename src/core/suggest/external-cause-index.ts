/**
 * External causes as the External Cause Index names them, in the chart's words. Built into the concept dictionary beside
 * INDEX_DEFAULTS and read beside the injury the same words name (find-mentions keeps both).
 */
export const EXTERNAL_CAUSE_INDEX: readonly [phrase: string, code: string][] = [
  // 'Gunshot wound W34.00': a firearm's discharge whose intent the chart does not give is accidental (I.C.20.i).
  ['gunshot wound', 'W3400XA'],
  // 'Bite, arthropod (nonvenomous) NEC W57', 'Sting, insect, nonvenomous W57' (a mosquito's or a tick's through
  // injury-synonyms).
  ['insect bite', 'W57XXXA'],
  // 'Nosocomial condition Y95': the hospital where a condition was acquired ('nosocomial pneumonia' J18.9 and Y95).
  ['nosocomial', 'Y95'],
];
