/**
 * Contrast studies of the lower urinary tract as notes name them, with the ICD-10-PCS code a coder gives (PCS Index:
 * Cystography, Cystourethrography, Urethrography, see Fluoroscopy, Urinary System BT1). The contrast is filled into
 * the bladder or the urethra by its nature, so each is written with it: the iodinated contrast whose osmolality is not
 * said is Low Osmolar (1), as imaging-contrast.ts reads it for any study.
 */
export const URINARY_STUDIES: readonly [phrase: string, code: string][] = [
  // A cystogram images the bladder filled through a catheter (Fluoroscopy of Bladder).
  ['cystography', 'BT101ZZ'], ['cystogram', 'BT101ZZ'], ['retrograde cystography', 'BT101ZZ'],
  // Voiding (micturating) cystourethrography images the bladder and the urethra the contrast is passed through.
  ['voiding cystourethrography', 'BT1B1ZZ'], ['voiding cystourethrogram', 'BT1B1ZZ'], ['vcug', 'BT1B1ZZ'],
  ['voiding cystography', 'BT1B1ZZ'], ['micturating cystourethrography', 'BT1B1ZZ'], ['cystourethrography', 'BT1B1ZZ'],
  ['retrograde urethrography', 'BT151ZZ'], ['urethrography', 'BT151ZZ'], ['urethrogram', 'BT151ZZ'],
  ['retrograde urethrogram', 'BT151ZZ'],
];
