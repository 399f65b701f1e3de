/**
 * Alphabetic Index entries of the epilepsies by seizure type, as neurology notes name them (ILAE words beside the
 * Index's): the bare 'epilepsy' is G40.909, but 'Epilepsy, localization-related (focal) (partial), symptomatic, with
 * complex partial seizures G40.209; with simple partial seizures G40.109'. A focal seizure 'with impaired awareness'
 * is the complex partial seizure of the classification, a 'focal aware' one the simple partial. 'Epilepsy, partial,
 * focal' without the seizure type is the symptomatic localization-related default, G40.109. The intractable and
 * status epilepticus axes are read from the sentence afterwards (intractable-status.ts). Joined to INDEX_DEFAULTS,
 * whose test checks each code against the FY2026 set.
 */
export const EPILEPSY_INDEX: readonly [phrase: string, code: string][] = [
  ['focal epilepsy', 'G40109'], ['partial epilepsy', 'G40109'], ['localization-related epilepsy', 'G40109'],
  ['localization-related symptomatic epilepsy', 'G40109'], ['symptomatic focal epilepsy', 'G40109'],
  ['focal epilepsy with simple partial seizures', 'G40109'], ['focal epilepsy with focal aware seizures', 'G40109'],
  ['epilepsy with simple partial seizures', 'G40109'],
  ['focal epilepsy with impaired awareness seizures', 'G40209'], ['focal epilepsy with complex partial seizures', 'G40209'],
  ['focal impaired awareness epilepsy', 'G40209'], ['epilepsy with complex partial seizures', 'G40209'],
  ['complex partial epilepsy', 'G40209'], ['localization-related symptomatic epilepsy with complex partial seizures', 'G40209'],
  ['temporal lobe epilepsy', 'G40209'],
  // 'Seizure(s), psychogenic F44.5' (Conversion disorder with seizures or convulsions): the PNES of an epilepsy
  // monitoring unit are not epileptic, nor the unspecified convulsions (R56.9) the word 'seizures' reads.
  ['psychogenic nonepileptic seizures', 'F445'], ['psychogenic non-epileptic seizures', 'F445'], ['psychogenic seizures', 'F445'],
  ['pnes', 'F445'],
];
