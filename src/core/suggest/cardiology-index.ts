/**
 * Cardiology's own wording of Index entries, as US cardiology notes write them (joined to INDEX_DEFAULTS, whose test
 * checks each code against the FY2026 set):
 * - A STEMI named by its culprit artery, as cath reports abbreviate it: 'Infarct, myocardium, ST elevation, involving
 *   coronary artery of anterior wall, left anterior descending I21.02', 'left main I21.01', 'right coronary artery
 *   I21.11', 'left circumflex I21.21' ('STEMI involving the LAD' was read as 'other sites', I21.29).
 * - A type 2 infarction told by type beside the NSTEMI or STEMI words: Guidelines I.C.9.e.5, 'Type 2 myocardial
 *   infarction (due to demand ischemia or secondary to ischemic imbalance) is assigned to code I21.A1'.
 * - An infarction by the wall the Tabular's inclusion terms name: inferoposterior I21.11, inferolateral I21.19.
 * - 'Syndrome, tachycardia-bradycardia I49.5', as notes shorten it ('tachy-brady syndrome').
 * - 'Hypertension, renovascular I15.0'.
 * - The cardiologist's clearance before an operation: 'Examination, preprocedural, cardiovascular Z01.810', listed
 *   first with the reason for the operation and the findings after it (Guidelines IV.M).
 */
export const CARDIOLOGY_INDEX: readonly [phrase: string, code: string][] = [
  ['stemi lad', 'I2102'], ['stemi left anterior descending', 'I2102'], ['lad stemi', 'I2102'],
  ['stemi left main', 'I2101'], ['left main stemi', 'I2101'],
  ['stemi rca', 'I2111'], ['stemi right coronary artery', 'I2111'], ['rca stemi', 'I2111'],
  ['stemi lcx', 'I2121'], ['stemi left circumflex', 'I2121'], ['stemi circumflex', 'I2121'], ['lcx stemi', 'I2121'],
  ['type 2 nstemi', 'I21A1'], ['nstemi type 2', 'I21A1'], ['type 2 stemi', 'I21A1'], ['type ii nstemi', 'I21A1'],
  ['type 2 mi', 'I21A1'], ['type ii mi', 'I21A1'], ['type ii myocardial infarction', 'I21A1'],
  // The Tabular's inclusion terms by wall: 'Inferoposterior transmural (Q wave) infarction (acute)' under I21.11,
  // 'Inferolateral transmural (Q wave) infarction (acute)' under I21.19 (read as 'unspecified', I21.9, before).
  // 'Inferoposterior AMI': the abbreviation's reading is taken whole, its 'acute' with it.
  ['inferoposterior myocardial infarction', 'I2111'], ['inferoposterior infarction', 'I2111'], ['inferoposterior acute myocardial infarction', 'I2111'],
  ['inferolateral myocardial infarction', 'I2119'], ['inferolateral infarction', 'I2119'], ['inferolateral acute myocardial infarction', 'I2119'],
  ['tachy brady syndrome', 'I495'], ['tachycardia bradycardia syndrome', 'I495'], ['brady tachy syndrome', 'I495'],
  // Named as the visit's purpose, before the operation: a surgical note's 'cardiac clearance was obtained' is no visit.
  ['preoperative cardiac clearance', 'Z01810'], ['preoperative cardiology clearance', 'Z01810'],
  ['preoperative cardiovascular clearance', 'Z01810'], ['pre op cardiac clearance', 'Z01810'], ['preop cardiac clearance', 'Z01810'],
  ['preoperative cardiac evaluation', 'Z01810'], ['preoperative cardiovascular evaluation', 'Z01810'],
  ['preoperative cardiac risk assessment', 'Z01810'],
  // 'Hypertension, renovascular NEC I15.0'; written as the stenosis' hypertension it is read in secondary-hypertension.ts.
  ['renovascular hypertension', 'I150'],
];
