/**
 * Alphabetic Index entries of pregnancy and childbirth in the words US delivery notes use, where the titles word them
 * otherwise. Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const OBSTETRIC_INDEX: readonly [phrase: string, code: string][] = [
  // 'Failed, trial of labor (TOLAC), following previous cesarean delivery O66.41' (title: 'Failed attempted vaginal
  // birth after previous cesarean delivery').
  ['failed trial labor after cesarean', 'O6641'], ['failed trial labor after previous cesarean', 'O6641'], ['failed tolac', 'O6641'],
  ['failed vbac', 'O6641'],
  // 'Carrier (suspected) of, streptococci group B Z22.330'; in a pregnancy or a delivery it is O99.82- (see
  // childbirth-codes.ts).
  ['group b streptococcus carrier', 'Z22330'], ['group b strep carrier', 'Z22330'], ['gbs carrier', 'Z22330'], ['gbs positive', 'Z22330'],
  ['group b strep positive', 'Z22330'], ['group b streptococcus positive', 'Z22330'],
  // 'Mastitis, obstetric (interstitial) (nonpurulent), associated with puerperium O91.22, with lactation O91.23; purulent
  // O91.12, O91.13': the postpartum or breastfeeding woman's is not the nonpuerperal N61.0 the bare word finds.
  ['postpartum mastitis', 'O9122'], ['puerperal mastitis', 'O9122'], ['lactational mastitis', 'O9123'],
  ['lactation mastitis', 'O9123'], ['postpartum breast abscess', 'O9112'], ['puerperal breast abscess', 'O9112'],
  ['lactational breast abscess', 'O9113'],
];
