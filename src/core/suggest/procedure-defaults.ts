import { BILIARY_ENDOSCOPY } from './biliary-endoscopy';
import { CARDIAC_DEVICES } from './cardiac-devices';
import { SCOPE_INSPECTIONS } from './scope-inspections';
import { JOINT_REPLACEMENTS } from './joint-replacement';
import { NERVE_BLOCKS } from './nerve-blocks';
import { URINARY_STUDIES } from './urinary-studies';
import { SIDE_NAMED_DEFAULTS, SURGERY_DEFAULTS } from './surgery-defaults';
import { VASCULAR_ACCESS } from './vascular-access';

/**
 * Procedures as notes name them, with the ICD-10-PCS code a coder gives when the note says no more (the PCS Index
 * is not on this machine). Written from coding practice; every code is checked against the FY2026 codes file.
 * A code of one side (the eye examinations) takes the other side's sibling when the note names that side.
 */
export const PROCEDURE_DEFAULTS: readonly [phrase: string, code: string][] = [
  ...SURGERY_DEFAULTS,
  ...SIDE_NAMED_DEFAULTS,
  ...BILIARY_ENDOSCOPY,
  ...CARDIAC_DEVICES,
  ...SCOPE_INSPECTIONS,
  ...VASCULAR_ACCESS,
  ...JOINT_REPLACEMENTS,
  ...NERVE_BLOCKS,
  ...URINARY_STUDIES,
  ['hemodialysis', '5A1D70Z'], ['haemodialysis', '5A1D70Z'], ['dialysis', '5A1D70Z'], ['peritoneal dialysis', '3E1M39Z'],
  ['intubation', '0BH17EZ'], ['intubated', '0BH17EZ'], ['orotracheal intubation', '0BH17EZ'],
  // A newborn's surfactant through the endotracheal tube (PCS Index: Introduction of substance, respiratory tract,
  // other therapeutic substance 3E0F7GC), by the words of its giving or its product's name.
  ['surfactant given', '3E0F7GC'], ['surfactant administered', '3E0F7GC'], ['surfactant administration', '3E0F7GC'],
  ['curosurf', '3E0F7GC'], ['survanta', '3E0F7GC'], ['infasurf', '3E0F7GC'], ['poractant', '3E0F7GC'], ['beractant', '3E0F7GC'],
  ['vaginal delivery', '10E0XZZ'], ['delivered vaginally', '10E0XZZ'], ['cesarean section', '10D00Z1'],
  ['caesarean section', '10D00Z1'], ['testicular ultrasound', 'BV44ZZZ'], ['scrotal ultrasound', 'BV44ZZZ'],
  ['testicular ultrasonography', 'BV44ZZZ'],
  // In the titles' words, which charts' 'testicle' and 'ultrasound' also read as: 'Ultrasound showed ... the left testicle'.
  ['testis ultrasonography', 'BV44ZZZ'], ['transfusion', '30233N1'], ['blood transfusion', '30233N1'],
  // Blood products named without the word 'transfusion'; transfusion.ts reads the product said beside the word.
  ['packed red blood cells', '30233N1'], ['fresh frozen plasma', '30233K1'],
  ['lumbar puncture', '009U3ZX'], ['bone marrow biopsy', '07DR3ZX'], ['bone marrow aspirate', '07DR3ZX'],
  ['echocardiogram', 'B246ZZZ'], ['echocardiography', 'B246ZZZ'], ['upper endoscopy', '0DJ08ZZ'],
  // The translated notes' 'oral endoscopy' (Spanish 'endoscopia oral') is the upper one, through the mouth.
  ['oral endoscopy', '0DJ08ZZ'],
  ['colonoscopy', '0DJD8ZZ'], ['bronchoscopy', '0BJ08ZZ'], ['fiberoptic bronchoscopy', '0BJ08ZZ'],
  ['fibrobronchoscopy', '0BJ08ZZ'],
  // Scopes named by the organ they look into (the PCS Index: Inspection of that body part); a mediastinoscope goes
  // through the skin of the neck (percutaneous endoscopic).
  ['fibrogastroscopy', '0DJ68ZZ'], ['esophagogastroduodenoscopy', '0DJ08ZZ'], ['gastroduodenoscopy', '0DJ08ZZ'],
  ['cystourethroscopy', '0TJB8ZZ'], ['mediastinoscopy', '0WJC4ZZ'], ['eeg', '4A00X4Z'], ['electroencephalogram', '4A00X4Z'],
  ['electroencephalography', '4A00X4Z'], ['renal ultrasound', 'BT43ZZZ'], ['kidney ultrasound', 'BT43ZZZ'],
  ['renal ultrasonography', 'BT43ZZZ'], ['parenteral nutrition', '3E0436Z'], ['total parenteral nutrition', '3E0436Z'], ['tpn', '3E0436Z'],
  ['visual acuity', '4A07X0Z'], ['fundus examination', '08J0XZZ'], ['funduscopic examination', '08J0XZZ'],
  ['fundoscopy', '08J0XZZ'], ['funduscopy', '08J0XZZ'], ['ophthalmoscopy', '08J0XZZ'], ['brain ct', 'B020ZZZ'], ['ct of the brain', 'B020ZZZ'],
  ['thoracentesis', '0W993ZZ'], ['paracentesis', '0W9G3ZZ'], ['pericardiocentesis', '0W9D3ZZ'], ['total knee arthroplasty', '0SRC0JZ'],
  ['total knee replacement', '0SRC0JZ'], ['total hip arthroplasty', '0SR90JZ'], ['total hip replacement', '0SR90JZ'],
  ['coronary angiography', 'B2111ZZ'], ['coronary angiogram', 'B2111ZZ'], ['left heart catheterization', '4A023N7'],
  ['drug eluting stent', '027034Z'],
  ['central venous catheter', '02HV33Z'], ['central line', '02HV33Z'], ['bronchoalveolar lavage', '0B9M8ZX'],
  ['exploratory laparotomy', '0WJG0ZZ'], ['exploratory laparoscopy', '0WJG4ZZ'],
  // A laparotomy named alone opens the abdomen to look: Inspection of the Peritoneal Cavity, unless the chart codes an
  // operation on an abdominal organ done through it (integral-inspections.ts).
  ['laparotomy', '0WJG0ZZ'], ['diagnostic laparotomy', '0WJG0ZZ'], ['diagnostic laparoscopy', '0WJG4ZZ'],
  // A chest CT images the lungs (BB24, Bilateral Lungs); the anatomical region BW24 is chest and abdomen together.
  ['chest ct', 'BB24ZZZ'], ['thoracic ct', 'BB24ZZZ'], ['ct of the chest', 'BB24ZZZ'], ['chest ct scan', 'BB24ZZZ'],
  ['high resolution ct', 'BB24ZZZ'], ['hrct', 'BB24ZZZ'], ['pulmonary ct', 'BB24ZZZ'],
  // 'Cranial' names the cranium: a cranial CT is of the skull (BN20); a cranial MRI, of the brain it holds (B030).
  // Written in the titles' words: 'CT' also reads as the title's 'computerized tomography' and 'cranial' as 'head', so
  // only the rarer 'cranial' beside the title's words outweighs CT of Head (BW28).
  ['cranial ct', 'BN20ZZZ'], ['cranial computerized tomography', 'BN20ZZZ'], ['cranial computed tomography', 'BN20ZZZ'],
  // The translations' 'CAT' (computerized axial tomography) without 'scan', which the synonyms read only with it.
  ['cranial cat', 'BN20ZZZ'],
  ['cranial mri', 'B030ZZZ'], ['cranial magnetic resonance imaging', 'B030ZZZ'],
  ['thorax x ray', 'BW03ZZZ'], ['chest x rays', 'BW03ZZZ'], ['chest radiographs', 'BW03ZZZ'],
  // The panoramic dental radiograph (orthopantomography) images all the teeth.
  ['orthopantomography', 'BN0JZZZ'], ['orthopantomogram', 'BN0JZZZ'], ['panoramic radiograph', 'BN0JZZZ'],
  ['urological ultrasound', 'BT4JZZZ'], ['urinary tract ultrasound', 'BT4JZZZ'], ['mammography', 'BH02ZZZ'],
  // The digital rectal examination ('tacto rectal', translated 'rectal touch') inspects the rectum from outside.
  ['rectal examination', '0DJDXZZ'], ['digital rectal examination', '0DJDXZZ'], ['rectal exam', '0DJDXZZ'],
  ['rectal touch', '0DJDXZZ'], ['lower endoscopy', '0DJD8ZZ'],
  ['transesophageal echocardiography', 'B246ZZ4'], ['transesophageal echocardiogram', 'B246ZZ4'],
  ['transesophageal ultrasound', 'B246ZZ4'],
  // The heart's ultrasound named by the adjective or the route, in the translated notes' 'echography': the echocardiogram.
  ['cardiac echography', 'B246ZZZ'], ['cardiac ultrasound', 'B246ZZZ'], ['transthoracic echography', 'B246ZZZ'],
  ['transthoracic echocardiography', 'B246ZZZ'], ['transesophageal echography', 'B246ZZ4'],
  ['parathyroid ultrasound', 'BG43ZZZ'], ['lumbar mri', 'BR39ZZZ'], ['lumbar magnetic resonance imaging', 'BR39ZZZ'],
  // A 'cervical CT' or MRI is of the neck (BW2F, BW3F); one of the spine names it ('cervical spine CT', BR20).
  ['orbital ct', 'BN23ZZZ'], ['orbital computerized tomography', 'BN23ZZZ'], ['ct of the orbit', 'BN23ZZZ'], ['cervical ct', 'BW2FZZZ'], ['cervical computerized tomography', 'BW2FZZZ'],
  ['cervical mri', 'BW3FZZZ'], ['cervical magnetic resonance imaging', 'BW3FZZZ'],
  // A bone scan images the whole skeleton with technetium 99m.
  ['bone scintigraphy', 'CP1Z1ZZ'], ['bone scan', 'CP1Z1ZZ'], ['bone gammagraphy', 'CP1Z1ZZ'],
  ['thyroid ultrasound', 'BG44ZZZ'], ['transrectal ultrasound', 'BV49ZZZ'], ['transrectal ultrasonography', 'BV49ZZZ'],
  // The PCS Index sends electromyography to Measurement, Musculoskeletal (4A0F); the only external code is 4A0FX3Z.
  ['electromyography', '4A0FX3Z'], ['electromyogram', '4A0FX3Z'],
  // ERCP images the biliary and pancreatic ducts with injected contrast (PCS Index: Fluoroscopy, BF1); the kind of
  // contrast unwritten is read as low osmolar, as for any iodinated study (see imaging-contrast.ts).
  // Intravenous (excretory) urography follows the contrast through the kidneys, ureters and bladder (BT14).
  ['intravenous urography', 'BT141ZZ'], ['excretory urography', 'BT141ZZ'],
  ['ercp', 'BF111ZZ'], ['endoscopic retrograde cholangiopancreatography', 'BF111ZZ'],
  ['endoscopic cholangiopancreatography', 'BF111ZZ'],
  ['eye fundus', '08J0XZZ'], ['fundus of the eye', '08J0XZZ'], ['funduscopic', '08J0XZZ'],
  // A drug injected through the eye wall into the vitreous (anti-VEGF, steroid) is Introduction of Other Therapeutic
  // Substance into Eye, Percutaneous (3E0C3GC).
  ['intravitreal injection', '3E0C3GC'], ['intravitreal injections', '3E0C3GC'],
  // Named by the drug, not by the bare 'intravitreal', which also says where a hemorrhage or a body lies.
  ['intravitreal ranibizumab', '3E0C3GC'], ['intravitreal bevacizumab', '3E0C3GC'], ['intravitreal aflibercept', '3E0C3GC'],
  ['intravitreal triamcinolone', '3E0C3GC'], ['intravitreal antibiotics', '3E0C3GC'],
  // Mitomycin C instilled into the bladder through a urethral catheter: Other Antineoplastic into the Genitourinary
  // Tract, Via Natural or Artificial Opening.
  ['intravesical mitomycin', '3E0K705'], ['instillation of mitomycin', '3E0K705'], ['mitomycin instillation', '3E0K705'],
  ['mitomycin instillations', '3E0K705'],
];
