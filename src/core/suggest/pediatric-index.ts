/**
 * Alphabetic Index entries of the pediatric office visit in the words of US pediatric notes. Joined to
 * INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const PEDIATRIC_INDEX: readonly [phrase: string, code: string][] = [
  // 'Examination, child (over 28 days old) Z00.129, with abnormal findings Z00.121' (the findings are read by
  // withPreventiveVisit): the well-child check of the pediatric schedule.
  ['well child check', 'Z00129'], ['well child exam', 'Z00129'], ['well child examination', 'Z00129'],
  ['well baby check', 'Z00129'], ['well baby visit', 'Z00129'], ['routine child health exam', 'Z00129'],
  ['child health examination', 'Z00129'], ['well child care', 'Z00129'],
  // 'Examination, newborn, 8 to 28 days old Z00.111, under 8 days old Z00.110' (the age decides, newborn-encounter.ts).
  ['newborn visit', 'Z00111'], ['newborn check', 'Z00111'], ['newborn weight check', 'Z00111'], ['newborn exam', 'Z00111'],
  // 'Pharyngitis, streptococcal J02.0', as notes shorten it.
  ['strep pharyngitis', 'J020'],
  // 'Croup, croupous (catarrhal) (infective) (inflammatory) (nondiphtheritic) J05.0'; 'Pharyngitis, viral NEC J02.8'.
  ['croup', 'J050'], ['viral croup', 'J050'], ['viral pharyngitis', 'J028'],
  // 'Syndrome, infant of diabetic mother P70.1; gestational diabetes P70.0': the newborn's, not the mother's diabetes.
  // 'Lice, head B85.0' (Pediculosis, capitis).
  ['head lice', 'B850'],
  // 'Delay, development R62.50; global F88; speech (and language) F80.9'.
  ['developmental delay', 'R6250'], ['global developmental delay', 'F88'], ['speech delay', 'F809'],
  ['speech and language delay', 'F809'], ['language delay', 'F809'],
  // 'Exposure (to), tobacco smoke (second hand) Z77.22': the child's, not a smoker's own use.
  ['exposure to secondhand smoke', 'Z7722'], ['secondhand smoke exposure', 'Z7722'], ['exposure to second hand smoke', 'Z7722'],
  // 'Cephalhematoma (cephalohematoma), newborn (birth injury) P12.0' (traumatic: see Hematoma, head): said with the newborn.
  ['newborn cephalohematoma', 'P120'], ['neonatal cephalohematoma', 'P120'], ['cephalohematoma of newborn', 'P120'],
  ['infant of a diabetic mother', 'P701'], ['infant of diabetic mother', 'P701'],
  ['infant of a gestational diabetic mother', 'P700'],
  // 'Pinworm (disease) (infection) (infestation) B80' (the title says 'Enterobiasis').
  ['pinworms', 'B80'], ['pinworm infection', 'B80'],
];
