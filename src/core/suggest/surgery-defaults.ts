import { ABDOMINAL_SURGERY } from './abdominal-surgery';
import { AMPUTATION_DEFAULTS } from './amputation-procedures';
import { CHEST_SURGERY } from './chest-surgery';
import { ENDOCRINE_SURGERY } from './endocrine-surgery';
import { GRAFT_HARVEST } from './graft-harvest';
import { HEAD_NECK_SURGERY } from './head-neck-surgery';
import { NEURO_SURGERY } from './neuro-surgery';

/**
 * Operations as notes name them ('-ectomy', '-ostomy'), with the ICD-10-PCS code a coder gives when the note says no
 * more: the open approach (the sentence's 'laparoscopic', 'transurethral' or 'percutaneous' changes it, see
 * procedures.ts), the right side of a paired organ, which the side the note names or the one side the chart gives the
 * organ changes and without which the operation is not coded (procedure-sides.ts). Resection takes out the
 * whole body part; 'partial' operations are excisions. Every code is checked against the FY2026 codes file.
 */
export const SURGERY_DEFAULTS: readonly [phrase: string, code: string][] = [
  // Not 'cystectomy' alone: translated notes use it for a cyst's removal (Spanish 'quistectomía') as well.
  ['radical cystectomy', '0TTB0ZZ'], ['total cystectomy', '0TTB0ZZ'], ['partial cystectomy', '0TBB0ZZ'],
  ['prostatectomy', '0VT00ZZ'], ['radical prostatectomy', '0VT00ZZ'],
  // Words that name more than one body part give the others too (compound-operations.ts).
  ['cystoprostatectomy', '0TTB0ZZ'], ['radical cystoprostatectomy', '0TTB0ZZ'], ['nephroureterectomy', '0TT00ZZ'],
  // An open adenomectomy enucleates the adenoma and leaves the prostate's capsule: an excision.
  ['prostatic adenomectomy', '0VB00ZZ'], ['prostate adenomectomy', '0VB00ZZ'],
  // A transurethral resection of the prostate (TURP) takes part of it through the urethroscope; of a bladder tumour
  // (TURBT), part of the bladder.
  ['turp', '0VB08ZZ'], ['prostate tur', '0VB08ZZ'], ['turbt', '0TBB8ZZ'],
  // Without the prostate named, a transurethral resection is of the bladder's lesion ('transurethral resection of the
  // described lesion'): the prostate's names its organ, whose longer reading is kept.
  ['transurethral resection', '0TBB8ZZ'], ['transurethral resection of the prostate', '0VB08ZZ'],
  // A stone taken out of the bladder through an incision (Extirpation of matter).
  ['cystolithotomy', '0TCB0ZZ'],
  // The stomach joined to the jejunum (Roux-en-Y or Billroth II): a bypass of the stomach to the jejunum.
  ['gastric bypass', '0D160ZA'], ['gastrojejunostomy', '0D160ZA'],
  ['orchiectomy', '0VT90ZZ'], ['orchidectomy', '0VT90ZZ'], ['radical orchiectomy', '0VT90ZZ'],
  ['inguinal orchiectomy', '0VT90ZZ'], ['bilateral orchiectomy', '0VTC0ZZ'],
  // The tongue: half or part of it is an excision, all of it a resection.
  ['partial glossectomy', '0CB70ZZ'], ['hemiglossectomy', '0CB70ZZ'], ['total glossectomy', '0CT70ZZ'],
  ['thyroidectomy', '0GTK0ZZ'], ['total thyroidectomy', '0GTK0ZZ'], ['hemithyroidectomy', '0GTH0ZZ'],
  ['adrenalectomy', '0GT30ZZ'], ['gastrectomy', '0DT60ZZ'], ['total gastrectomy', '0DT60ZZ'],
  ['partial gastrectomy', '0DB60ZZ'], ['subtotal gastrectomy', '0DB60ZZ'],
  // A sleeve gastrectomy cuts the stomach along its length: an excision with the qualifier Vertical (3).
  ['sleeve gastrectomy', '0DB60Z3'], ['vertical gastrectomy', '0DB60Z3'],
  // A feeding tube put into the stomach through the skin under the gastroscope's view (PEG).
  ['percutaneous endoscopic gastrostomy', '0DH64UZ'],
  // Not 'colectomy' alone: most are of one segment, which the note must name.
  ['total colectomy', '0DTE0ZZ'], ['right hemicolectomy', '0DTF0ZZ'],
  ['left hemicolectomy', '0DTG0ZZ'], ['sigmoidectomy', '0DTN0ZZ'],
  // A subtotal or partial colectomy takes most of the colon, not all of it: Excision of the Large Intestine (B3.8).
  ['subtotal colectomy', '0DBE0ZZ'], ['partial colectomy', '0DBE0ZZ'],
  ['mastectomy', '0HTT0ZZ'], ['bilateral mastectomy', '0HTV0ZZ'], ['penectomy', '0VTS0ZZ'], ['partial penectomy', '0VBS0ZZ'],
  // Lymph node regions by the PCS body part key: inguinal nodes are lower extremity lymphatics, retroperitoneal aortic.
  ['inguinal lymphadenectomy', '07TF0ZZ'], ['pelvic lymphadenectomy', '07TC0ZZ'], ['axillary lymphadenectomy', '07T50ZZ'],
  ['retroperitoneal lymphadenectomy', '07TD0ZZ'],
  // The obturator and iliac nodes are pelvic; the para-aortic and interaortocaval, aortic; the cervical, the neck's of
  // one side. Not 'neck dissection': its words are the bladder neck's too ('the neck was dissected').
  ['obturator lymphadenectomy', '07TC0ZZ'], ['iliac lymphadenectomy', '07TC0ZZ'], ['paraaortic lymphadenectomy', '07TD0ZZ'],
  ['para aortic lymphadenectomy', '07TD0ZZ'], ['interaortocaval lymphadenectomy', '07TD0ZZ'],
  ['cervical lymphadenectomy', '07T10ZZ'],
  // An inguinal hernia repaired with mesh is a supplement (0YU5); sutured alone, a repair (0YQ5).
  ['inguinal herniorrhaphy', '0YQ50ZZ'], ['inguinal hernia repair', '0YQ50ZZ'], ['inguinal hernioplasty', '0YU50JZ'],
  // Not 'ileostomy' alone: notes name the stoma the patient has ('ileostomy output', 'ileostomy closure') as often.
  ['terminal ileostomy', '0D1B0Z4'], ['loop ileostomy', '0D1B0Z4'],
  // The adnexa are the ovary and its tube; the ovaries' code is given here, the tubes' (0UT7) the coder adds.
  ['oophorectomy', '0UT00ZZ'], ['salpingo oophorectomy', '0UT00ZZ'], ['bilateral oophorectomy', '0UT20ZZ'],
  ['bilateral salpingo oophorectomy', '0UT20ZZ'], ['bilateral adnexectomy', '0UT20ZZ'],
  // A salpingectomy takes out the whole tube (Resection); 'bilateral' gives the tubes' bilateral body part (0UT7).
  ['salpingectomy', '0UT50ZZ'], ['bilateral salpingectomy', '0UT70ZZ'],
  // 'Double' is the Spanish notes' both sides ('doble anexectomía').
  ['double adnexectomy', '0UT20ZZ'],
  // The PCS Index sends vasectomy to Excision, Male Reproductive System; both vasa are cut.
  ['vasectomy', '0VBQ0ZZ'],
  // Biopsies of the liver, the kidney, the pleura and the prostate are done with a needle unless said otherwise.
  ['liver biopsy', '0FB03ZX'], ['renal biopsy', '0TB03ZX'], ['kidney biopsy', '0TB03ZX'], ['pleural biopsy', '0BBN3ZX'],
  // The prostate's needle passes through the rectal or perineal wall, a puncture of mucous membrane or skin.
  ['prostate biopsy', '0VB03ZX'], ['prostatic biopsy', '0VB03ZX'],
  // A biopsy through a scope that names its organ is a diagnostic excision of that organ (the inspection is part of it).
  ['gastroscopy with biopsy', '0DB68ZX'], ['gastroscopy with biopsies', '0DB68ZX'],
  ['colonoscopy with biopsy', '0DBE8ZX'], ['colonoscopy with biopsies', '0DBE8ZX'],
  // The colon is the large intestine of the PCS body parts (0DBE), whose titles never say 'colon' alone.
  ['colon biopsy', '0DBE8ZX'], ['colonic biopsy', '0DBE8ZX'],
  ['cystoscopy with biopsy', '0TBB8ZX'], ['bronchoscopy with biopsy', '0BBK8ZX'], ['transbronchial biopsy', '0BBK8ZX'],
  // A ventriculoperitoneal shunt reroutes the fluid of a cerebral ventricle to the peritoneum through synthetic tubing.
  ['ventriculoperitoneal shunt', '00160J6'],
  ['tracheostomy', '0B110F4'], ['tracheotomy', '0B110F4'], ['percutaneous tracheostomy', '0B113F4'],
  ['chest tube', '0W9930Z'], ['pleural drainage', '0W9930Z'], ['nephrostomy', '0T9330Z'], ['percutaneous nephrostomy', '0T9330Z'],
  // A double-J stent is placed through the cystoscope to keep the ureter open: dilation with an intraluminal device.
  // Shock waves from outside break the stone in the kidney pelvis (Fragmentation, external approach).
  ['extracorporeal lithotripsy', '0TF3XZZ'], ['extracorporeal shock wave lithotripsy', '0TF3XZZ'],
  ['double j catheter', '0T768DZ'], ['double j stent', '0T768DZ'], ['ureteral stent', '0T768DZ'],
  ['bladder catheterization', '0T9B70Z'], ['urinary catheterization', '0T9B70Z'], ['bladder catheter', '0T9B70Z'],
  ['urethral catheterization', '0T9B70Z'],
  // A suprapubic cystostomy drains the bladder through the skin (percutaneous) with its tube left in.
  ['suprapubic cystostomy', '0T9B30Z'], ['cystostomy tube', '0T9B30Z'],
  ['urinary catheter', '0T9B70Z'], ['foley catheter', '0T9B70Z'], ['vesical catheter', '0T9B70Z'],
  ['urethral catheter', '0T9B70Z'], ['ureteroscopy', '0TJ98ZZ'],
  ['plasmapheresis', '6A550Z3'], ['plasma exchange', '6A550Z3'], ['enteral nutrition', '3E0G76Z'],
  ['contact isolation', '8E0ZXY6'], ['respiratory isolation', '8E0ZXY6'],
  ...HEAD_NECK_SURGERY,
  ...NEURO_SURGERY,
  ...ABDOMINAL_SURGERY,
  ...CHEST_SURGERY,
  ...ENDOCRINE_SURGERY,
  ...GRAFT_HARVEST,
  ...AMPUTATION_DEFAULTS,
];

/**
 * Operations on a paired organ named without 'right' or 'left' in their usual phrase, given like every other with the
 * right side's code (see above). The nephrectomy by its side is also a title's words ('left nephrectomy').
 */
export const SIDE_NAMED_DEFAULTS: readonly [phrase: string, code: string][] = [
  ['nephrectomy', '0TT00ZZ'], ['radical nephrectomy', '0TT00ZZ'], ['simple nephrectomy', '0TT00ZZ'],
  ['partial nephrectomy', '0TB00ZZ'],
];
