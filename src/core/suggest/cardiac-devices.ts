/**
 * Cardiac rhythm devices, the left heart's imaging, the heart-lung machine and the cardioversion as cardiology notes
 * name them, with their ICD-10-PCS codes (joined to PROCEDURE_DEFAULTS; each code is checked against the FY2026
 * codes file by procedure-defaults.test.ts).
 * A transvenous pacemaker or defibrillator is coded in parts (ICD-10-PCS guideline B3.2): the generator put into a
 * pocket cut in the chest (Insertion into Chest Subcutaneous Tissue and Fascia, Open, 0JH6-) and each lead passed
 * through a vein into its chamber (Insertion into Right Atrium 02H6- or Right Ventricle 02HK-, Percutaneous; the left
 * ventricle's through the coronary sinus, 02HL-). The titles' words ('Pacemaker, Dual Chamber into Chest
 * Subcutaneous Tissue and Fascia') are not the notes' ('dual-chamber permanent pacemaker').
 */
export const CARDIAC_DEVICES: readonly [phrase: string, code: string][] = [
  ['dual chamber pacemaker', '0JH606Z'], ['dual chamber permanent pacemaker', '0JH606Z'], ['dual chamber ppm', '0JH606Z'],
  ['single chamber pacemaker', '0JH604Z'], ['single chamber permanent pacemaker', '0JH604Z'], ['single chamber ppm', '0JH604Z'],
  // Not 'CRT-P': a phrase's words are read in any order, and 's/p CRT-D' would read as it.
  ['biventricular pacemaker', '0JH607Z'], ['crt pacemaker', '0JH607Z'],
  ['biventricular defibrillator', '0JH609Z'], ['biventricular icd', '0JH609Z'], ['crt-d', '0JH609Z'],
  ['implantable cardioverter defibrillator', '0JH608Z'], ['implantable cardioverter-defibrillator', '0JH608Z'],
  ['aicd', '0JH608Z'], ['defibrillator generator', '0JH608Z'],
  ['atrial lead', '02H63JZ'], ['right atrial lead', '02H63JZ'], ['ra lead', '02H63JZ'],
  ['ventricular lead', '02HK3JZ'], ['right ventricular lead', '02HK3JZ'], ['rv lead', '02HK3JZ'],
  ['coronary sinus lead', '02HL3JZ'], ['left ventricular lead', '02HL3JZ'], ['lv lead', '02HL3JZ'],
  ['defibrillator lead', '02HK3KZ'], ['shock lead', '02HK3KZ'], ['defibrillation lead', '02HK3KZ'],
  // The left ventricle filled with contrast through the catheter of a left heart catheterization: Fluoroscopy of
  // the Left Heart, the contrast unwritten read as low osmolar (see imaging-contrast.ts).
  ['left ventriculography', 'B2151ZZ'], ['left ventriculogram', 'B2151ZZ'],
  // The heart-lung machine that takes over the heart's output during the operation: Performance of Cardiac Output,
  // Continuous (5A1221Z).
  ['cardiopulmonary bypass', '5A1221Z'], ['heart-lung machine', '5A1221Z'],
  // A shock that restores the rhythm: Restoration of Cardiac Rhythm, Single (5A2204Z). Named electrical: a
  // 'pharmacologic cardioversion' is a drug, no shock.
  ['electrical cardioversion', '5A2204Z'], ['dc cardioversion', '5A2204Z'], ['dccv', '5A2204Z'],
  ['synchronized cardioversion', '5A2204Z'], ['direct current cardioversion', '5A2204Z'],
  // A catheter ablation of atrial fibrillation or flutter destroys the conduction tissue through a vein: Destruction of
  // Conduction Mechanism, Percutaneous (02583ZZ; the pulsed-field one, irreversible electroporation, is 02583ZF).
  ['atrial fibrillation ablation', '02583ZZ'], ['atrial flutter ablation', '02583ZZ'], ['afib ablation', '02583ZZ'],
  ['pulsed field ablation', '02583ZF'],
  // A transcatheter aortic valve is bovine or porcine pericardium on a frame (Sapien, Evolut): Replacement of Aortic
  // Valve with Zooplastic Tissue, Percutaneous (02RF38Z); through the apex, the qualifier H (02RF38H).
  ['transcatheter aortic valve replacement', '02RF38Z'], ['transcatheter aortic valve implantation', '02RF38Z'],
  ['transapical aortic valve replacement', '02RF38H'],
];
