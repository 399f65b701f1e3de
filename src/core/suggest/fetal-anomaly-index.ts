/**
 * Maternal care for a known or suspected fetal abnormality (O35) as obstetric notes write it, 'fetal X': the Index's
 * 'Pregnancy, complicated by, fetal (maternal care for) abnormality or damage O35.9-; anencephaly O35.02-; chromosomal
 * abnormality O35.1-; hydrocephalus O35.06-; spina bifida O35.08-; cardiac anomalies O35.B-' and their neighbours.
 * The 7th character is 0 (a single gestation, or the fetus not named: Guidelines I.C.15.a.1), which fetus-character.ts
 * changes to the fetus a chart names. On the mother's record the fetus's condition is her maternal care code, not the
 * Q code of the anomaly. Joined to INDEX_DEFAULTS, whose test checks each code.
 */
export const FETAL_ANOMALY_INDEX: readonly [phrase: string, code: string][] = [
  ['fetal anomaly', 'O359XX0'], ['fetal anomalies', 'O359XX0'], ['fetal abnormality', 'O359XX0'],
  ['fetal malformation', 'O359XX0'], ['fetal congenital anomaly', 'O359XX0'],
  ['fetal hydrocephalus', 'O3506X0'], ['fetal anencephaly', 'O3502X0'], ['fetal spina bifida', 'O3508X0'],
  ['fetal microcephaly', 'O3507X0'], ['fetal encephalocele', 'O3504X0'], ['fetal holoprosencephaly', 'O3505X0'],
  ['fetal choroid plexus cyst', 'O3503X0'], ['fetal agenesis of the corpus callosum', 'O3501X0'],
  ['fetal chromosomal abnormality', 'O3510X0'], ['fetal trisomy 21', 'O3513X0'], ['fetal down syndrome', 'O3513X0'],
  ['fetal trisomy 18', 'O3512X0'], ['fetal trisomy 13', 'O3511X0'], ['fetal turner syndrome', 'O3514X0'],
  ['fetal cardiac anomaly', 'O35BXX0'], ['fetal heart defect', 'O35BXX0'], ['fetal cardiac defect', 'O35BXX0'],
  ['fetal congenital heart disease', 'O35BXX0'], ['fetal cleft lip', 'O35AXX0'], ['fetal clubfoot', 'O35HXX0'],
];
