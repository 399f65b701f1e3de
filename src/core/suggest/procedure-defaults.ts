/**
 * Procedures as notes name them, with the ICD-10-PCS code a coder gives when the note says no more (the PCS Index
 * is not on this machine). Written from coding practice; every code is checked against the FY2026 codes file.
 * A code of one side (the eye examinations) takes the other side's sibling when the note names that side.
 */
export const PROCEDURE_DEFAULTS: readonly [phrase: string, code: string][] = [
  ['hemodialysis', '5A1D70Z'], ['haemodialysis', '5A1D70Z'], ['dialysis', '5A1D70Z'], ['peritoneal dialysis', '3E1M39Z'],
  ['intubation', '0BH17EZ'], ['intubated', '0BH17EZ'], ['orotracheal intubation', '0BH17EZ'],
  ['vaginal delivery', '10E0XZZ'], ['delivered vaginally', '10E0XZZ'], ['cesarean section', '10D00Z1'],
  ['caesarean section', '10D00Z1'], ['testicular ultrasound', 'BV44ZZZ'], ['scrotal ultrasound', 'BV44ZZZ'],
  ['testicular ultrasonography', 'BV44ZZZ'], ['transfusion', '30233N1'], ['blood transfusion', '30233N1'],
  ['lumbar puncture', '009U3ZX'], ['bone marrow biopsy', '07DR3ZX'], ['bone marrow aspirate', '07DR3ZX'],
  ['echocardiogram', 'B246ZZZ'], ['echocardiography', 'B246ZZZ'], ['upper endoscopy', '0DJ08ZZ'],
  ['colonoscopy', '0DJD8ZZ'], ['bronchoscopy', '0BJ08ZZ'], ['fiberoptic bronchoscopy', '0BJ08ZZ'],
  ['fibrobronchoscopy', '0BJ08ZZ'], ['eeg', '4A00X4Z'], ['electroencephalogram', '4A00X4Z'],
  ['electroencephalography', '4A00X4Z'], ['renal ultrasound', 'BT43ZZZ'], ['kidney ultrasound', 'BT43ZZZ'],
  ['renal ultrasonography', 'BT43ZZZ'], ['parenteral nutrition', '3E0436Z'], ['total parenteral nutrition', '3E0436Z'],
  ['visual acuity', '4A07X0Z'], ['fundus examination', '08J0XZZ'], ['funduscopic examination', '08J0XZZ'],
  ['fundoscopy', '08J0XZZ'], ['funduscopy', '08J0XZZ'], ['ophthalmoscopy', '08J0XZZ'], ['brain ct', 'B020ZZZ'], ['ct of the brain', 'B020ZZZ'],
  ['thoracentesis', '0W993ZZ'], ['paracentesis', '0W9G3ZZ'], ['total knee arthroplasty', '0SRC0JZ'],
  ['total knee replacement', '0SRC0JZ'], ['total hip arthroplasty', '0SR90JZ'], ['total hip replacement', '0SR90JZ'],
  ['coronary angiography', 'B2111ZZ'], ['coronary angiogram', 'B2111ZZ'], ['left heart catheterization', '4A023N7'],
  ['drug eluting stent', '027034Z'],
  ['central venous catheter', '02HV33Z'], ['central line', '02HV33Z'], ['bronchoalveolar lavage', '0B9M8ZX'],
  ['exploratory laparotomy', '0WJG0ZZ'], ['exploratory laparoscopy', '0WJG4ZZ'],
];
