/**
 * Procedures as notes name them, with the ICD-10-PCS code a coder gives when the note says no more (the PCS Index
 * is not on this machine). Written from coding practice; every code is checked against the FY2026 codes file.
 */
export const PROCEDURE_DEFAULTS: readonly [phrase: string, code: string][] = [
  ['hemodialysis', '5A1D70Z'], ['haemodialysis', '5A1D70Z'], ['dialysis', '5A1D70Z'], ['peritoneal dialysis', '3E1M39Z'],
  ['intubation', '0BH17EZ'], ['intubated', '0BH17EZ'], ['orotracheal intubation', '0BH17EZ'],
  ['vaginal delivery', '10E0XZZ'], ['delivered vaginally', '10E0XZZ'], ['cesarean section', '10D00Z1'],
  ['caesarean section', '10D00Z1'], ['testicular ultrasound', 'BV44ZZZ'], ['scrotal ultrasound', 'BV44ZZZ'],
  ['testicular ultrasonography', 'BV44ZZZ'], ['transfusion', '30233N1'], ['blood transfusion', '30233N1'],
  ['lumbar puncture', '009U3ZX'], ['bone marrow biopsy', '07DR3ZX'], ['bone marrow aspirate', '07DR3ZX'],
  ['echocardiogram', 'B246ZZZ'], ['echocardiography', 'B246ZZZ'], ['upper endoscopy', '0DJ08ZZ'],
  ['colonoscopy', '0DJD8ZZ'],
];
