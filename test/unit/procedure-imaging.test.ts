import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Imaging as the dev charts (../shared/eval/charts-codiesp-dev.jsonl) name it, to the B-section body part. */
describe('imaging body parts', () => {
  it('reads a region of two ("Chest and Abdomen") only when both are named', async () => {
    expect(await pcsOf('A chest CT scan showed multiple cystic lung lesions.')).toEqual(['BB24ZZZ']);
    expect(await pcsOf('Thoracic and abdominal CT showed no metastatic lesions.')).toEqual(['BW24ZZZ']);
    expect(await pcsOf('CT of the abdomen-pelvis revealed a mass of 6 x 3 cm in the left cord.')).toEqual(['BW21ZZZ']);
    expect(await pcsOf('The pelvic CT scan described an oval tumor with well-defined contours.')).toEqual(['BW2GZZZ']);
  });

  it('reads a cranial CT as of the skull, head CT as of the head', async () => {
    expect(await pcsOf('Cranial CT showed an intra-axial mass with predominantly annular enhancement.')).toEqual(['BN20ZZZ']);
    expect(await pcsOf('A head CT scan was repeated.')).toEqual(['BW28ZZZ']);
  });

  it('reads the translations\' cranial CAT without "scan" as of the skull', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await pcsOf('The imaging tests requested (chest X-ray, abdominal ultrasound, cranial CAT, transthoracic echocardiography) do not show significant pathology.')).toContain('BN20ZZZ');
  });

  it('reads the CAT scan, the thorax and plural radiographs', async () => {
    expect(await pcsOf('The control abdominal CAT scan showed multiple peritoneal lesions.')).toEqual(['BW20ZZZ']);
    expect(await pcsOf('In the complementary tests (thorax X-ray and electrocardiogram), no significant pathological changes were found.')).toContain('BW03ZZZ');
    expect(await pcsOf('Chest and abdominal X-rays are normal.')).toEqual(expect.arrayContaining(['BW03ZZZ', 'BW00ZZZ']));
  });

  it('reads the transesophageal echocardiogram, the lumbar MRI, the orbital and the cervical (neck) CT', async () => {
    expect(await pcsOf('A transesophageal ultrasound was also performed, ruling out secondary endocarditis.')).toEqual(['B246ZZ4']);
    expect(await pcsOf('A new control lumbar MRI after six weeks of antibiotic treatment showed complete resolution of the subdural empyema.')).toEqual(['BR39ZZZ']);
    expect(await pcsOf('The orbital CT showed mucosal thickening of the right maxillary sinus.')).toEqual(['BN23ZZZ']);
    expect(await pcsOf('A cervical CT scan showed a large hematoma with internal growth that was significantly compressing the trachea.')).toEqual(['BW2FZZZ']);
  });

  it('reads the transrectal ultrasound (prostate and seminal vesicles) and electromyography', async () => {
    expect(await pcsOf('Transrectal ultrasound showed a prostate of 28 cc.')).toEqual(['BV49ZZZ']);
    expect(await pcsOf('Asymptomatic except for occasional and mild paresthesias in the lower limbs, with normal electromyography.')).toEqual(['4A0FX3Z']);
  });

  it('reads a paired body part imaged with no side named as both sides, where the table has that value', async () => {
    expect(await pcsOf('Abdominal CT, mammography, MRI of the breast and bone scintigraphy showed no evidence of tumor pathology.')).toContain('BH32ZZZ');
    expect(await pcsOf('Urological ultrasound of the kidneys is normal, with no alterations in the parenchyma or collecting system.')).toContain('BT43ZZZ');
    expect(await pcsOf('Ultrasound of the left breast showed a nodule of 2 cm.')).toEqual(['BH41ZZZ']);
  });

  it('reads the organ a study reports its finding in as the finding\'s site, not a study of its own', async () => {
    expect(await pcsOf('An abdominal ultrasound showed multiple hepatic and renal cysts.')).toEqual(['BW40ZZZ']);
    expect(await pcsOf('Abdominal ultrasound: heteroechoic liver, irregular surface with hypertrophy of the caudate lobe.')).toEqual(['BW40ZZZ']);
    // Body parts listed before one study word share it.
    expect((await pcsOf('Chest and abdominal X-rays are normal.')).sort()).toEqual(['BW00ZZZ', 'BW03ZZZ']);
  });

  it('reads a body part with the study said in its clause, not with another study reported before it', async () => {
    // The chest is the X-ray's; the abdomen the ultrasound's and the CT's (not Chest and Abdomen, BW24; not an X-ray, BW00).
    expect((await pcsOf('A chest X-ray was normal and an abdominal ultrasound and CT scan showed massive ascites.')).sort()).toEqual(['BW03ZZZ', 'BW20ZZZ', 'BW40ZZZ']);
    // Studies listed together share the body part said with either.
    expect((await pcsOf('Plain radiography and skull CT showed an osteolytic lesion of sclerotic margins.')).sort()).toEqual(['BN00ZZZ', 'BN20ZZZ']);
    expect(await pcsOf('Transcutaneous abdominal ultrasound, gastroscopy, and abdominal CT were performed.')).toContain('BW20ZZZ');
    // Listed studies each said with a region of their own share none.
    expect((await pcsOf('Chest X-ray and abdominal ultrasound were normal.')).sort()).toEqual(['BW03ZZZ', 'BW40ZZZ']);
    expect((await pcsOf('Brain CT and chest X-ray were normal.')).sort()).toEqual(['B020ZZZ', 'BW03ZZZ']);
    expect((await pcsOf('Chest X-ray, cranial and thoracic-abdominal computed tomography (CAT) were normal.')).sort()).toEqual(['BN20ZZZ', 'BW03ZZZ', 'BW24ZZZ']);
    expect((await pcsOf('Abdominal ultrasound and abdominal CT were normal.')).sort()).toEqual(['BW20ZZZ', 'BW40ZZZ']);
  });

  it('reads a study whose result, a negation after it, reaches only part of its words', async () => {
    expect(await pcsOf('A CT scan of the chest, abdomen and pelvis, as well as bone scan, ruled out bone tumor or metastasis.')).toContain('BW25ZZZ');
    expect(await pcsOf('No CT scan of the chest, abdomen and pelvis was performed.')).toEqual([]);
  });

  it('reads the orbits\' CT in the TAC and CAT of the translated notes, the heart\'s echography and the parathyroid ultrasound', async () => {
    expect(await pcsOf('A new orbital TAC confirmed the sealant, compatible with recovery.')).toEqual(['BN23ZZZ']);
    expect(await pcsOf('The diagnosis was confirmed by an orbital computed axial tomography (CAT).')).toEqual(['BN23ZZZ']);
    expect(await pcsOf('Cardiac echography was normal.')).toEqual(['B246ZZZ']);
    expect(await pcsOf('Cardiac, transthoracic, and transesophageal echography showed a patent foramen ovale.')).toContain('B246ZZ4');
    expect(await pcsOf('Parathyroid ultrasound was performed without visualization.')).toEqual(['BG43ZZZ']);
  });

  it('reads a study named by its kind alone as of the organ its report names', async () => {
    expect(await pcsOf('Computed tomography showed a mixed expansive lesion in the body of the right jawbone that had 4.5x3 cm.')).toEqual(['BN26ZZZ']);
    expect(await pcsOf('Ultrasound showed an exophytic nodule of 4 x 2 cm in diameter larger at the upper pole of the right kidney.')).toEqual(['BT41ZZZ']);
    expect(await pcsOf('Computed tomography (CT) was performed, demonstrating the presence of a rounded tumor in front of the upper pole of the left kidney.')).toEqual(['BT22ZZZ']);
    // A paired organ without its side is not guessed; a fetus's organ is not the study's; the next study ends the report.
    expect(await pcsOf('CT scan confirmed the presence of a solid and heterogeneous mass of approximately 6 cm, located in the upper pole of the kidney.')).toEqual([]);
    expect(await pcsOf('CT scan confirmed the presence of a solid and heterogeneous mass of approximately 6 cm, located in the upper pole of the right kidney.')).toEqual(['BT21ZZZ']);
    expect(await pcsOf('The prenatal ultrasound diagnosis of this girl shows agenesis of the corpus callosum and multicystic dysplastic right kidney.')).toEqual([]);
    expect(await pcsOf('Left CT scan revealed a retroesophageal mass of 5.6 x 3.2 x 6.8 cm, and the image was confirmed by bilateral adrenal gammagraphy.')).not.toContain('BG22ZZZ');
  });

  it('reads a study whose words a hedge on the finding reaches only in part', async () => {
    expect(await pcsOf('The diagnostic suspicion of acute inflammatory diverticula was established by abdominal computed tomography, which revealed a diverticulum in the small intestine.')).toEqual(['BW20ZZZ']);
  });

  it('reads an ultrasound that finds its lesion in the testicle as of the scrotum', async () => {
    expect(await pcsOf('Ultrasound showed an enlarged, heterogeneous left testicle, with an area of necrosis.')).toEqual(['BV44ZZZ']);
    // What lies in the scrotum around the testis, and the report said in other words.
    expect(await pcsOf('Ultrasound was performed and informed as nodular intratesticular image of well-defined borders, suggestive of testicular neoplasia.')).toEqual(['BV44ZZZ']);
    expect(await pcsOf('Physical examination was normal, except for an increase in size of the genitals, so an ultrasound was performed, with the result of a bilateral hydrocele, more marked on the left side.')).toEqual(['BV44ZZZ']);
    expect(await pcsOf('Doppler ultrasonography was requested, which was reported as a large left hydrocele and multiple epi-calcifications.')).toEqual(['BV44ZZZ']);
    // The translation's 'test' is the testis only with its side.
    expect(await pcsOf('The echography revealed calcified right test with normal characteristics.')).toEqual(['BV44ZZZ']);
    expect(await pcsOf('Ultrasound showed a positive test for free fluid.')).toEqual([]);
  });

  it('reads a study whose report names the sinuses, the maxilla or the parotid as of them', async () => {
    expect(await pcsOf('Computed tomography (CT) showed a right maxillary tumor with antral induration and nasal cavity measuring 3 x 3 cm in diameter.')).toEqual(['BN25ZZZ']);
    expect(await pcsOf('CT scan showed pansinusitis, a subperiostic phlegmon in the medial wall of the right orbit.')).toEqual(['B922ZZZ']);
    expect(await pcsOf('Magnetic resonance imaging showed a mass in the left maxillary sinus.')).toEqual(['B932ZZZ']);
    expect(await pcsOf('Computed tomography showed a well-defined parotid nodule of about 25mm in maximum diameter.')).toEqual(['B926ZZZ']);
    // A study said with its own region is of that region, whatever its report names.
    expect(await pcsOf('To study the extent of the lesion a cervical magnetic resonance (MR) is performed in which a tumor is visualized at the right parotid level.')).toEqual(['BW3FZZZ']);
  });

  it('reads a study whose report names a goiter or the abdomen filled as of the thyroid or the abdomen', async () => {
    expect(await pcsOf('Ultrasound showed typical images of multinodular goiter with the presence of a solid nodule in the right lobe.')).toEqual(['BG44ZZZ']);
    expect(await pcsOf('The CT scan showed a large cystic mass of 29.5 cm x 27.5 cm, occupying almost the entire abdomen.')).toEqual(['BW20ZZZ']);
    expect(await pcsOf('A computed tomography (CT) was requested, which reported the presence of free fluid, pneumoperitoneum, and thickening of the entire colon wall.')).toEqual(['BW20ZZZ']);
  });

  it('reads a study whose report names the prostate, the uterus or the retroperitoneum by the title each kind gives it', async () => {
    expect(await pcsOf('Ultrasonography showed no abnormalities of interest, except for a prostate of approximately 65 grams.')).toEqual(['BV49ZZZ']);
    expect(await pcsOf('Magnetic resonance imaging showed a prostatic nodule in the peripheral zone.')).toEqual(['BV33ZZZ']);
    expect(await pcsOf('Ultrasound showed an enlarged uterus with several myomas.')).toEqual(['BU46ZZZ']);
    expect(await pcsOf('Magnetic resonance imaging (MRI) showed a retroperitoneal mass.')).toEqual(['BW3HZZZ']);
    // No CT of the retroperitoneum in the tables: nothing is guessed.
    expect(await pcsOf('CT scan showed two heterogeneous cystic masses in the retroperitoneal space.')).toEqual([]);
  });

  it('reads a study whose report names a part of the brain as of the brain', async () => {
    expect(await pcsOf('On the third day of admission, a 1.5 T MRI scan revealed a solitary microinfarction in the deep white matter.')).toEqual(['B030ZZZ']);
    expect(await pcsOf('On admission, a computed tomography (CT) showed a right cerebellar intraparenchymal hemorrhage with mild edema.')).toEqual(['B020ZZZ']);
    // The heart's ventricle is not the brain's.
    expect(await pcsOf('Ultrasound showed a dilated left ventricle with reduced ejection fraction.')).not.toContain('B040ZZZ');
  });

  it('reads intravenous urography as fluoroscopy of the kidneys, ureters and bladder with contrast', async () => {
    expect(await pcsOf('Initially, ultrasound and intravenous urography were performed, which showed a 3 cm diameter bladder trigone tumor.')).toContain('BT141ZZ');
  });

  it('reads cystography, voiding cystourethrography and urethrography as fluoroscopy of their part with contrast', async () => {
    expect(await pcsOf('Due to lack of response to treatment, a cystography was performed that was normal.')).toEqual(['BT101ZZ']);
    expect((await pcsOf('Intravenous urography and voiding cystography showed findings consistent with ureterocele.')).sort()).toEqual(['BT141ZZ', 'BT1B1ZZ']);
    expect(await pcsOf('VCUG showed grade III vesicoureteral reflux on the left.')).toEqual(['BT1B1ZZ']);
    expect(await pcsOf('Retrograde urethrography showed a bulbar urethral stricture.')).toEqual(['BT151ZZ']);
  });

  it('reads a bone scan as whole-skeleton nuclear imaging', async () => {
    expect(await pcsOf('Complete-body bone scintigraphy showed no metastatic lesions.')).toEqual(['CP1Z1ZZ']);
    // The scan of a 'CT scan' is the CT's, not a bone scan of the bone its finding names.
    expect(await pcsOf('The CT scan showed a fracture in the hamate bone.')).toEqual([]);
  });

  it('reads the translations of abdominopelvic ("non-pelvic") and thoracoabdominal ("toco-abdominal")', async () => {
    expect(await pcsOf('The control non-pelvic CT scan showed a reservoir with no signs of recurrence.')).toEqual(['BW21ZZZ']);
    expect(await pcsOf('Emergency toco-abdominal computed tomography (CAT) revealed free fluid.')).toEqual(['BW24ZZZ']);
  });

  it('reads ERCP as fluoroscopy of the biliary and pancreatic ducts with contrast', async () => {
    expect(await pcsOf('Endoscopic retrograde cholangiopancreatography (ERCP) was performed, revealing dilation of the main bile duct.')).toEqual(['BF111ZZ']);
    // The sphincterotomy is a code of its own (biliary-endoscopy.test.ts).
    expect(await pcsOf('Obstructive stricture resolved after endoscopic cholangiopancreatography and sphincterotomy.')).toContain('BF111ZZ');
  });
});

/** The 5th character of an imaging code, Contrast, from the words beside the study. */
describe('imaging contrast', () => {
  it('takes the contrast a study was done with: low osmolar for a CT, other contrast (gadolinium) for an MRI', async () => {
    expect(await pcsOf('Contrast-enhanced abdominal CT showed no evidence of retroperitoneal lymphadenopathy.')).toEqual(['BW201ZZ']);
    expect(await pcsOf('A gadolinium-enhanced magnetic resonance imaging (MRI) of the brain was normal.')).toEqual(['B030YZZ']);
    expect(await pcsOf('An abdominal CT with and without intravenous contrast showed a hypodense lesion.')).toEqual(['BW2010Z']);
  });

  it('keeps None without a word of contrast given for the study', async () => {
    expect(await pcsOf('Abdominal computed tomography (CT) without intravenous contrast (IV) was performed in the follow-up of the lesion.')).toEqual(['BW20ZZZ']);
    expect(await pcsOf('There was a history of allergy to contrast agents and prophylaxis with glucocorticoids was performed. The abdominal CT showed a mass.')).toEqual(['BW20ZZZ']);
  });
});

/** Imaging that guides a needle is the procedure's way, not a study of the body part (coded only if the facility asks). */
describe('imaging guidance', () => {
  it('codes the procedure an image guided, not a diagnostic study of its body part', async () => {
    expect(await pcsOf('CT-guided biopsy of the liver mass was performed.')).toEqual(['0FB03ZX']);
    expect(await pcsOf('US-guided paracentesis was performed with removal of 4 L of ascites.')).toEqual(['0W9G3ZZ']);
    expect(await pcsOf('Ultrasound-guided thoracentesis of the right pleural effusion.')).toEqual(['0W993ZZ']);
    // Quoted from a dev chart: the renal biopsy's side is queried; no ultrasound of the kidneys is listed.
    expect(await pcsOf('In 2007, due to deterioration of renal function, it was decided to perform an ultrasound-guided renal biopsy, which revealed moderate-severe chronic interstitial nephritis.')).toEqual([]);
  });

  it('keeps a study done for its own sake', async () => {
    expect((await pcsOf('Abdominal ultrasound showed ascites; paracentesis was then performed.')).sort()).toEqual(['0W9G3ZZ', 'BW40ZZZ']);
  });
});
