/**
 * Drugs whose ongoing use a coder reports with a long-term drug therapy code (Z79, Guidelines I.C.4.a.3 for
 * diabetes drugs): 'T2DM on metformin' -> Z79.84. Written from clinical usage; each code is checked by a test.
 */
export const MEDICATION_STATUS: readonly [drug: string, code: string][] = [
  ['metformin', 'Z7984'], ['glipizide', 'Z7984'], ['glyburide', 'Z7984'], ['glimepiride', 'Z7984'],
  ['sitagliptin', 'Z7984'], ['pioglitazone', 'Z7984'], ['empagliflozin', 'Z7984'], ['dapagliflozin', 'Z7984'],
  ['oral hypoglycemic', 'Z7984'], ['oral antidiabetic', 'Z7984'], ['insulin', 'Z794'],
  ['warfarin', 'Z7901'], ['apixaban', 'Z7901'], ['rivaroxaban', 'Z7901'], ['dabigatran', 'Z7901'],
  ['acenocoumarol', 'Z7901'], ['anticoagulant', 'Z7901'], ['aspirin', 'Z7982'], ['clopidogrel', 'Z7902'],
  ['methotrexate', 'Z79631'], ['tamoxifen', 'Z79810'], ['letrozole', 'Z79811'],
  ['anastrozole', 'Z79811'], ['levothyroxine', 'Z79899'], ['opioid', 'Z79891'],
];
