import { SIGN_WORDS } from './sign-words';
import { INJURY_SYNONYMS } from './injury-synonyms';
import { EYE_SYNONYMS } from './eye-synonyms';
import { ORGANISM_SYNONYMS } from './organism-synonyms';
import { DRUG_SYNONYMS } from './drug-synonyms';
import { VALVE_SYNONYMS } from './valve-synonyms';
import { STAGE_SYNONYMS } from './stage-synonyms';
import { CONTEXT_ABBREVIATIONS } from './context-abbreviations';
import { SUBSTANCE_SYNONYMS } from './substance-synonyms';
import { MOOD_SYNONYMS } from './mood-synonyms';

/**
 * How charts name what titles say otherwise: adjectives for organs ('renal' for kidney), the words for cancer and
 * tumours (titles say 'malignant neoplasm'), 'distal' for 'lower end'. Each word keeps its own terms and gains
 * these, so a sentence matches titles in either wording; '|' separates readings a word has in different titles
 * ('testicle': 'testis' in the neoplasm titles, 'testicular' in the pain ones). Written from clinical usage.
 */
const OWN_SYNONYMS: Readonly<Record<string, string>> = {
  renal: 'kidney', nephric: 'kidney', hepatic: 'liver', pulmonary: 'lung', cardiac: 'heart', gastric: 'stomach',
  cerebral: 'brain', ocular: 'eye', cutaneous: 'skin', dermal: 'skin', osseous: 'bone', vesical: 'bladder',
  splenic: 'spleen', pancreatic: 'pancreas', colonic: 'colon', rectal: 'rectum', ovarian: 'ovary', uterine: 'uterus',
  testicular: 'testis', testicle: 'testis|testicular', testicles: 'testis|testicular', hemiscrotum: 'scrotal', scrotum: 'scrotal', prostatic: 'prostate', thyroidal: 'thyroid', adrenal: 'adrenal gland', biliary: 'bile duct',
  // The translations print the Spanish 'teste' (testis) as 'test': 'a tumour in the inferior pole of the right test',
  // 'two solid lesions in left test'. Read so only with its side said, never a laboratory test ('a positive test');
  // the organ alone is a reading too, for the titles without a side (D49.59 of the Neoplasm Table's 'testis').
  'right test': 'right testis|right testicular|testis|testicular', 'left test': 'left testis|left testicular|testis|testicular',
  'both tests': 'testis|testicular',
  // 'Endometrial carcinoma' (the Table's row is 'endometrium'); Spanish-English 'sigma' is the sigmoid colon.
  endometrial: 'endometrium', sigma: 'sigmoid colon',
  // The nose's ala is its skin over cartilage (Neoplasm Table 'ala nasi (external) - see also Neoplasm, skin, nose'):
  // 'BCC of the left nasal ala' is C44.311.
  'nasal ala': 'skin of nose', 'alar rim': 'skin of nose', 'ala nasi': 'skin of nose',
  // Organ adjectives whose titles name the organ ('Calculus of ureter' for 'ureteral lithiasis').
  // Pain titles say 'abdominal' ('Lower abdominal pain'); charts, 'pain in the lower abdomen'.
  abdomen: 'abdominal', tmj: 'temporomandibular joint', 'collecting system': 'renal pelvis', 'renal collecting system': 'renal pelvis',
  // Urology's adjectives: 'pyelic' is the renal pelvis's ('pielica'), 'intravesical' the bladder's inside.
  pyelic: 'renal pelvis', intravesical: 'bladder',
  // 'Stone(s) - see Calculus' ('ureteral stone' is Calculus of ureter, N20.1).
  stone: 'calculus', stones: 'calculus',
  // The cervix of the uterus, as charts say it: not the neck ('cervical' alone reads as either).
  'uterine cervical': 'cervix uteri', 'uterine cervix': 'cervix uteri', 'cervix uterus': 'cervix uteri',
  // 'Cervical cancer' is the cervix's in clinical usage (the neck's is named by its site or nodes).
  'cervical carcinoma': 'cervix uteri malignant neoplasm', 'cervical cancer': 'cervix uteri malignant neoplasm',
  'cervical adenocarcinoma': 'cervix uteri malignant neoplasm',
  // 'Sebaceous carcinoma' is the Tabular's 'sebaceous cell carcinoma' (C44.-3-: 'of skin of left upper eyelid').
  'sebaceous carcinoma': 'sebaceous cell malignant neoplasm|malignant neoplasm',
  // Heavy menstrual bleeding (HMB) is the gynecologist's name for menorrhagia (N92.0), not a hemorrhage of no site (R58).
  'heavy menstrual bleeding': 'menorrhagia', 'heavy menses': 'menorrhagia', 'heavy periods': 'menorrhagia',
  // 'Pseudoaneurysm - see Aneurysm'.
  pseudoaneurysm: 'aneurysm', pseudoaneurysms: 'aneurysm', pseudoaneurysmal: 'aneurysm',
  ureteral: 'ureter', ureteric: 'ureter', urethral: 'urethra', bronchial: 'bronchus', tracheal: 'trachea',
  laryngeal: 'larynx', pharyngeal: 'pharynx', penile: 'penis', vulvar: 'vulva', cecal: 'cecum',
  intestinal: 'intestine', esophageal: 'esophagus', duodenal: 'duodenum', gingival: 'gum', lingual: 'tongue',
  pleural: 'pleura', peritoneal: 'peritoneum', vertebral: 'vertebra', femoral: 'femur', tibial: 'tibia',
  humeral: 'humerus', cervical: 'cervical', mammary: 'breast', lymphatic: 'lymph', ganglionic: 'lymph node',
  carcinoma: 'malignant neoplasm', cancer: 'malignant neoplasm', adenocarcinoma: 'malignant neoplasm',
  malignancy: 'malignant neoplasm', sarcoma: 'malignant neoplasm', neoplasia: 'neoplasm', tumor: 'neoplasm',
  tumour: 'neoplasm', tumoration: 'neoplasm', metastasis: 'secondary malignant neoplasm',
  metastases: 'secondary malignant neoplasm', metastatic: 'secondary malignant neoplasm',
  distal: 'lower end', proximal: 'upper end', febrile: 'fever', fevers: 'fever', pyrexia: 'fever',
  // 'DM2, hyperglycemic', 'type 2 diabetes, hyperglycemic on admission': the adjective is the finding the diabetes
  // combination names ('Diabetes, type 2, with hyperglycemia E11.65'); the 'hyperglycemic hyperosmolar state' keeps its
  // words (E11.00 is already hyperglycemic: no E11.65 beside it).
  hyperglycemic: 'hyperglycemia', 'hyperglycemic hyperosmolar': 'hyperglycemic hyperosmolar',
  // ACOG's 'preeclampsia without severe features' is the Tabular's 'Mild to moderate pre-eclampsia' (O14.0-), as 'with
  // severe features' is 'Severe pre-eclampsia' (O14.1-); context-rules.ts keeps its 'without' from denying anything.
  // Written 'w/o severe features' the phrase is four words of a chart, past the longest a phrase is read: its first two
  // carry the reading (so that 'severe' is not read as the Severe pre-eclampsia O14.1-).
  'without severe features': 'mild to moderate', 'w/o severe': 'mild to moderate',
  // Either reading whole: 'enlarged lymph nodes' for the symptom (R59.-), 'lymph node' for a metastasis's site.
  lymphadenopathy: 'enlarged lymph nodes|lymph node', adenopathy: 'enlarged lymph nodes|lymph node', adenopathies: 'enlarged lymph nodes|lymph node',
  lymphadenopathies: 'enlarged lymph nodes|lymph node',
  // The Spanish 'adenopático' as translated: 'an adenopathic mass of 7 cm in the left axilla' is the enlarged nodes.
  adenopathic: 'enlarged lymph nodes|lymph node', painful: 'pain', pains: 'pain', ache: 'pain', aches: 'pain',
  vomit: 'vomiting', emesis: 'vomiting', edematous: 'edema', swollen: 'swelling', itching: 'pruritus',
  hta: 'hypertension', smokes: 'nicotine dependence', 'current smoker': 'nicotine dependence',
  // A pack is of cigarettes ('smoker of 1 pack/day', 'smoked 20 packs/year', 'a 15 pack-year smoker'): 'Dependence,
  // drug, nicotine, cigarettes' (F17.21-), not the unspecified product.
  'pack day': 'cigarettes', 'packs day': 'cigarettes', 'pack a day': 'cigarettes', 'packs a day': 'cigarettes',
  'pack per day': 'cigarettes', 'packs per day': 'cigarettes', 'pack year': 'cigarettes', 'pack years': 'cigarettes',
  'packs year': 'cigarettes', 'packs years': 'cigarettes',
  // Cigars and a pipe are 'other tobacco product' (F17.29-: 'Dependence, drug, nicotine, specified product NEC'),
  // not the unspecified product of 'smoker' alone.
  cigar: 'other tobacco product', cigars: 'other tobacco product', cigarillo: 'other tobacco product',
  cigarillos: 'other tobacco product', 'pipe smoker': 'nicotine dependence other tobacco product',
  'smokes a pipe': 'nicotine dependence other tobacco product', 'smoked a pipe': 'nicotine dependence other tobacco product',
  lithiasis: 'calculus', distended: 'distension', lumbago: 'low back pain', sweating: 'hyperhidrosis', bleeding: 'hemorrhage', haemorrhage: 'hemorrhage',
  // The Index sends a hematoma to Contusion ('Hematoma (traumatic) (skin surface intact) - see also Contusion').
  // Titles say 'herpesviral' (B00.4 Herpesviral encephalitis, A60.0- Herpesviral infection of genitalia).
  herpes: 'herpesviral', herpetic: 'herpesviral',
  // 'Abscess, abdomen, wall L02.211', 'Abscess, neck L02.11': the Index's skin sites are titled 'Cutaneous abscess of'.
  abscess: 'cutaneous abscess', abscesses: 'cutaneous abscess',
  hematoma: 'contusion', hematomas: 'contusion', haematoma: 'contusion', haematomas: 'contusion',
  // Procedures as notes name them, in the words of ICD-10-PCS titles.
  'x ray': 'plain radiography', xray: 'plain radiography', radiograph: 'plain radiography', radiography: 'plain radiography',
  radiology: 'plain radiography', ultrasound: 'ultrasonography', ultrasounds: 'ultrasonography', sonography: 'ultrasonography',
  echography: 'ultrasonography', ultrasonographic: 'ultrasonography', ct: 'computerized tomography', tac: 'computerized tomography',
  tomography: 'computerized tomography', mri: 'magnetic resonance imaging', 'magnetic resonance': 'magnetic resonance imaging',
  ecg: 'measurement cardiac electrical activity', ekg: 'measurement cardiac electrical activity',
  electrocardiogram: 'measurement cardiac electrical activity', echocardiogram: 'ultrasonography heart',
  echocardiography: 'ultrasonography heart', colonoscopy: 'inspection lower intestinal tract',
  gastroscopy: 'inspection stomach', endoscopy: 'inspection', cystoscopy: 'inspection bladder',
  bronchoscopy: 'inspection trachea bronchus', biopsy: 'excision', biopsies: 'excision',
  // A fine needle aspiration (FNA, FNAC, FNAB; the Spanish 'PAAF') takes cells of a solid organ or lesion for cytology:
  // a needle biopsy (Excision, Diagnostic), as the PCS Reference Manual codes it; an aspirated fluid is a Drainage.
  'fine needle aspiration': 'excision', fna: 'excision', fnac: 'excision', fnab: 'excision',
  paaf: 'excision', hemodialysis: 'performance urinary filtration',
  dialysis: 'performance urinary filtration', thoracic: 'chest', abdominal: 'abdomen', cranial: 'head', abdominopelvic: 'abdomen pelvis', 'abdominal pelvic': 'abdomen pelvis', 'abdomino pelvic': 'abdomen pelvis', 'abdominal and pelvic': 'abdomen pelvis', pelvic: 'pelvic region', thoracoabdominal: 'chest abdomen',
  // The Spanish 'abdominopélvico' and 'toracoabdominal' as the translations of the case reports print them.
  'non pelvic': 'abdomen pelvis', 'thoraco abdominal': 'chest abdomen', 'toco abdominal': 'chest abdomen',
  nephrectomy: 'resection kidney', appendectomy: 'resection appendix', cholecystectomy: 'resection gallbladder',
  arthrocentesis: 'drainage joint', hysterectomy: 'resection uterus', splenectomy: 'resection spleen', orchiectomy: 'resection testis', cesarean: 'delivery',
  'cat scan': 'computerized tomography', 'x rays': 'plain radiography', radiographs: 'plain radiography', thorax: 'chest',
  'type ii': 'type 2', 'type i': 'type 1', hypertensive: 'hypertension', diabetic: 'diabetes',
  pneumococcal: 'streptococcus pneumoniae', staphylococcal: 'staphylococcus', streptococcal: 'streptococcus',
  // Obstetric periods as notes and ICD-9 titles say them, in ICD-10-CM's words.
  preeclampsia: 'pre eclampsia', 'pre-eclampsia': 'pre eclampsia', postpartum: 'puerperium', puerperal: 'puerperium', antepartum: 'pregnancy', antenatal: 'pregnancy', intrapartum: 'childbirth',
  hyperpotassemia: 'hyperkalemia', hypopotassemia: 'hypokalemia', hypernatremic: 'hypernatremia',
  // Adjectives of conditions, for titles that name the condition as a noun.
  nodular: 'nodule', cystic: 'cyst', ulcerated: 'ulcer', ulcerative: 'ulcer', inflammatory: 'inflammation',
  thrombotic: 'thrombosis', fibrotic: 'fibrosis', necrotic: 'necrosis',
  // 'Embolus - see Embolism': 'bilateral pulmonary emboli' is the embolism the titles name.
  embolus: 'embolism', emboli: 'embolism',
  hemorrhagic: 'hemorrhage', neoplastic: 'neoplasm', septic: 'sepsis', ischemic: 'ischemia', obese: 'obesity',
  asthmatic: 'asthma', allergic: 'allergy', arthritic: 'arthritis', epileptic: 'epilepsy', psychotic: 'psychosis',
  stenotic: 'stenosis', stenosed: 'stenosis', pylorus: 'pyloric', cirrhotic: 'cirrhosis', dyspneic: 'dyspnea', tachycardic: 'tachycardia', hypoxic: 'hypoxia',
  pruritic: 'pruritus', erythematous: 'erythema', calcified: 'calcification', dilated: 'dilatation',
  enlarged: 'enlargement', deformation: 'deformity', deformations: 'deformity', atrophic: 'atrophy', hypertrophic: 'hypertrophy', sclerotic: 'sclerosis',
  edema: 'edema', oedematous: 'edema', hematic: 'blood', cholestatic: 'cholestasis', dysplastic: 'dysplasia',
  lymphomatous: 'lymphoma', leukemic: 'leukemia', purulent: 'pus', suppurative: 'pus',
  // How notes say an abdomen is tender; the regions they name it by are in INDEX_DEFAULTS ('right iliac fossa pain').
  'pain on palpation': 'tenderness', 'painful on palpation': 'tenderness', 'painful to palpation': 'tenderness',
  'tender to palpation': 'tenderness', tender: 'tenderness', diffuse: 'generalized',
  jaundiced: 'jaundice', icteric: 'jaundice', icterus: 'jaundice', anemic: 'anemia', asthenia: 'weakness',
  // 'Hypercalcemic syndrome' or 'crisis' is the hypercalcemia (E83.52), as 'anemic' is the anemia.
  hypercalcemic: 'hypercalcemia',
  // Words of European case reports (and their translations) for what titles say otherwise.
  thrombopenia: 'thrombocytopenia', plaquetopenia: 'thrombocytopenia', plateletopenia: 'thrombocytopenia',
  microhematuria: 'microscopic hematuria', macrohematuria: 'gross hematuria', 'renal fossa': 'flank', 'lumbar fossa': 'flank', palpebral: 'eyelid',
  // Smoking is read as the Index reads 'Smoker': nicotine dependence (F17.2-); in the past, its history (Z87.891).
  smoking: 'nicotine dependence', smoked: 'nicotine dependence',
  // What is smoked, when the chart names it and it is no tobacco, is that drug's use ('smokes cannabis daily' F12.90).
  'smokes cannabis': 'cannabis use', 'smokes marijuana': 'cannabis use', 'smokes weed': 'cannabis use', 'smokes pot': 'cannabis use',
  'smoking cannabis': 'cannabis use', 'smoking marijuana': 'cannabis use', 'smoked cannabis': 'cannabis use', 'smoked marijuana': 'cannabis use',
  'smokes crack': 'cocaine use', 'smoking crack': 'cocaine use', 'smokes methamphetamine': 'stimulant use', 'smokes meth': 'stimulant use',
  // 'Alcohol dependence with withdrawal risk' (CIWA protocol), 'high bleeding risk': a risk named after its finding is
  // no finding yet; the words read as the risk alone ('risk of withdrawal' is hypothetical by context-rules).
  // 'Exposed to COVID-19 at work': the titles' word is the noun ('Contact with and (suspected) exposure to COVID-19').
  exposed: 'exposure',
  // 'Pain, neoplasm related (acute) (chronic) G89.3': the pain a chart ties to the cancer, by any of its names.
  'cancer related pain': 'neoplasm related pain', 'tumor related pain': 'neoplasm related pain',
  'malignancy related pain': 'neoplasm related pain', 'cancer pain': 'neoplasm related pain',
  'withdrawal risk': 'risk', 'bleeding risk': 'risk', 'aspiration risk': 'risk', 'seizure risk': 'risk', 'infection risk': 'risk',
  // The Index: 'Addiction - see Dependence'; 'Overdose, drug - see Table of Drugs and Chemicals, by drug, poisoning'.
  // Bones as notes name them: the pubic ramus is the pubis, the heel bone the calcaneus, L1 the first lumbar vertebra,
  // T12 one of the pair ICD-10-CM codes together from T5 on (T11-T12).
  'pressure injury': 'pressure ulcer', 'pressure injuries': 'pressure ulcer', 'pressure sore': 'pressure ulcer', bedsore: 'pressure ulcer',
  // 'Decubitus (ulcer) - see Ulcer, pressure, by site' (not the lateral decubitus of a radiograph).
  'decubitus ulcer': 'pressure ulcer', 'decubitus ulcers': 'pressure ulcer',
  leg: 'lower limb', legs: 'lower limb', sacrum: 'sacral region', sigmoid: 'large intestine', pubic: 'pubis', heel: 'calcaneus', heels: 'calcaneus', l1: 'first lumbar vertebra', l2: 'second lumbar vertebra', l3: 'third lumbar vertebra', l4: 'fourth lumbar vertebra', l5: 'fifth lumbar vertebra',
  t1: 'first thoracic vertebra', t2: 'second thoracic vertebra', t3: 'third thoracic vertebra', t4: 'fourth thoracic vertebra', t5: 't5 t6 vertebra', t6: 't5 t6 vertebra', t7: 't7 t8 vertebra', t8: 't7 t8 vertebra', t9: 't9 t10 vertebra', t10: 't9 t10 vertebra', t11: 't11 t12 vertebra', t12: 't11 t12 vertebra',
  // A disc level names its region: 'L4-L5 disc herniation' is lumbar (M51.26), 'L5-S1' lumbosacral.
  // The Spanish 'columna dorsal' is the thoracic spine, 'dorsolumbar' its junction with the lumbar ('Stenosis, spinal,
  // thoracolumbar region M48.05').
  dorsolumbar: 'thoracolumbar', 'dorsal spine': 'thoracic spine',
  // The stroke team and its alert: 'Code stroke called at OSH ED' is activated for a suspected stroke (mimics among
  // them), 'NEUROLOGY ADMISSION H&P - STROKE SERVICE' names the team; the stroke is read from its diagnosis, the
  // sentence's own 'acute ischemic stroke' no longer losing its word to the alert's.
  'code stroke': 'emergency team activation', 'stroke alert': 'emergency team activation',
  'stroke code': 'emergency team activation', 'stroke team': 'neurology team', 'stroke service': 'neurology service',
  // The dorsum of the hand is its back, which the burn titles name ('Burn of third degree of back of right hand',
  // T23.36-); word-elsewhere.ts keeps its 'back' from being read as the patient's back.
  dorsum: 'back',
  'l1 l2': 'lumbar', 'l2 l3': 'lumbar', 'l3 l4': 'lumbar', 'l4 l5': 'lumbar', 'l5 s1': 'lumbosacral', 't12 l1': 'thoracolumbar',
  // A reaction to a drug is its adverse effect (the Table of Drugs' column); 'fell' is a fall.
  'allergic reaction': 'adverse effect', 'adverse reaction': 'adverse effect', 'drug reaction': 'adverse effect', fell: 'fall',
  addiction: 'dependence', addict: 'dependence', addicted: 'dependence', overdose: 'poisoning',
  // 'Enolism' (Spanish 'enolismo') is alcoholism; a heavy drinker's drinking is the Index's 'Abuse, alcohol' (F10.1-).
  enolism: 'alcoholism', ethylic: 'alcoholic', enolic: 'alcoholic', 'heavy drinker': 'alcohol abuse', 'heavy drinking': 'alcohol abuse', 'heavy drinkers': 'alcohol abuse',
  // Morphology as pathology reports name it, read as the Neoplasm Table's column (and the site its Index entry gives
  // where the name carries one: 'Seminoma C62.9-', 'Glioblastoma C71.9', 'Meningioma D32.9'); a site written beside
  // it is read as well ('bladder leiomyoma' -> benign neoplasm of bladder, D30.3).
  leiomyosarcoma: 'malignant neoplasm', liposarcoma: 'malignant neoplasm', rhabdomyosarcoma: 'malignant neoplasm',
  fibrosarcoma: 'malignant neoplasm', angiosarcoma: 'malignant neoplasm', myxosarcoma: 'malignant neoplasm',
  chondrosarcoma: 'malignant neoplasm bone', osteosarcoma: 'malignant neoplasm bone', seminoma: 'malignant neoplasm testis',
  glioblastoma: 'malignant neoplasm brain', glioma: 'malignant neoplasm brain', astrocytoma: 'malignant neoplasm brain',
  hypernephroma: 'malignant neoplasm kidney', nephroblastoma: 'malignant neoplasm kidney',
  // 'Tumor, odontogenic D16.5, upper jaw (bone) D16.4', likewise 'Ameloblastoma' and 'Odontoma': tooth-forming tissue of
  // the jaw, the lower jaw unless the upper is named.
  'odontogenic tumor': 'benign neoplasm lower jaw bone', 'odontogenic tumour': 'benign neoplasm lower jaw bone',
  ameloblastoma: 'benign neoplasm lower jaw bone', odontoma: 'benign neoplasm lower jaw bone',
  // 'Wilms' tumor C64.-' (nephroblastoma): an eponym whose 'tumor' alone read as a neoplasm of no site (D49.9).
  'wilms tumor': 'malignant neoplasm kidney', 'wilms tumour': 'malignant neoplasm kidney',
  adenoma: 'benign neoplasm', adenomas: 'benign neoplasm', fibroma: 'benign neoplasm', leiomyoma: 'benign neoplasm',
  // An adenoma by its size ('pituitary macroadenoma') is an adenoma; 'Prolactinoma, unspecified site D35.2'.
  macroadenoma: 'benign neoplasm', microadenoma: 'benign neoplasm', prolactinoma: 'benign neoplasm pituitary gland',
  cystadenoma: 'benign neoplasm', papilloma: 'benign neoplasm', schwannoma: 'benign neoplasm', neurofibroma: 'benign neoplasm',
  myxoma: 'benign neoplasm', osteochondroma: 'benign neoplasm bone', chondroma: 'benign neoplasm bone',
  enchondroma: 'benign neoplasm bone', osteoma: 'benign neoplasm bone', meningioma: 'benign neoplasm meninges',
  pheochromocytoma: 'benign neoplasm adrenal gland',
  // Spanish-English 'adenomegaly' (adenomegalia) is lymph node enlargement.
  ulcus: 'ulcer', polycystosis: 'polycystic', hypotensive: 'hypotension', ankylopoietic: 'ankylosing', paraparesis: 'paraplegia',
  // Respiratory failure by its type, as clinicians number it: type 1 is hypoxemic, type 2 hypercapnic (J96.-1, J96.-2).
  'type 1 respiratory': 'hypoxia respiratory', 'type i respiratory': 'hypoxia respiratory',
  'type 2 respiratory': 'hypercapnia respiratory', 'type ii respiratory': 'hypercapnia respiratory',
  cerebellar: 'cerebellum', 'intraparenchymal hemorrhage': 'intracerebral hemorrhage', 'splenic enlargement': 'splenomegaly',
  'enlarged spleen': 'splenomegaly', 'hepatic enlargement': 'hepatomegaly', 'liver enlargement': 'hepatomegaly', 'enlarged liver': 'hepatomegaly',
  'hepatosplenic enlargement': 'hepatosplenomegaly',
  // The exam's predicate ('the spleen is enlarged'), read only as written: 'enlarged' spread over a sentence would give
  // the organ of 'enlarged splenic hilar nodes' or 'an enlarged portal vein' a megaly. 'Enlargement, thyroid (gland) -
  // see Goiter' (E04.9).
  'spleen is enlarged': 'splenomegaly', 'spleen was enlarged': 'splenomegaly', 'liver is enlarged': 'hepatomegaly',
  'liver was enlarged': 'hepatomegaly', 'enlarged thyroid': 'goiter', 'thyroid enlargement': 'goiter',
  'thyroid is enlarged': 'goiter', 'thyroid was enlarged': 'goiter',
  increase: 'elevation', increased: 'elevated', feverish: 'fever', anemization: 'anemia', adenovirus: 'adenoviral',
  // A wound a bullet, a stab or a knife made is an open wound of its site (S-codes, 'Wound, open'); a bullet's is also
  // its external cause ('Gunshot wound W34.00', intent unknown read as accidental, Guidelines I.C.20.i).
  'bullet wound': 'open wound|gunshot wound', 'gunshot wound': 'open wound|gunshot wound', 'gunshot wounds': 'open wound|gunshot wound', 'stab wound': 'open wound', 'knife wound': 'open wound',
  // 'Vitamin A', 'hepatitis A': the letter would be dropped as the article, leaving any vitamin's deficiency (E56.9)
  // or any hepatitis (K75.9); they are read by the names of what the letter names.
  'vitamin a': 'retinol', 'hepatitis a': 'hav hepatitis',
  hyperlipemia: 'hyperlipidemia', hyporexia: 'anorexia', lumbalgia: 'low back pain', hepatocarcinoma: 'liver cell carcinoma',
  adenomegaly: 'enlarged lymph nodes', adenomegalies: 'enlarged lymph nodes', hemoptoic: 'hemoptysis', myoclonic: 'myoclonus',
  // Words of case reports for what titles name otherwise: 'lymphopenia' is the title's lymphocytopenia.
  // The ileum and the jejunum are the small intestine of K50.0- and the like, and keep their own titles (C17.2).
  pericardium: 'pericardial',
  // 'GIST' is listed capitals-only (the chart's words are read in lower case); as a word 'gist' is not clinical English.
  gist: 'gastrointestinal stromal tumor', gists: 'gastrointestinal stromal tumor',
  ileal: 'ileum|small intestine', ileum: 'small intestine', jejunal: 'jejunum|small intestine', jejunum: 'small intestine',
  lymphopenia: 'lymphocytopenia', hydrocephalia: 'hydrocephalus', melenic: 'melena', melenas: 'melena',
  // 'Non-' written apart is the one word titles use ('Nontraumatic subarachnoid hemorrhage', 'Nonalcoholic
  // steatohepatitis'); read apart, 'non' negates the next word (context-rules) and 'traumatic' picks the S-code.
  // 'Diabetes, non-insulin dependent type - see Diabetes, type 2'.
  // Skin and mucosa described as pale are the Index's 'Pallor' (R23.1); 'oligoanuria' is oliguria (R34); 'Paresis -
  // see also Paralysis'.
  'pale skin': 'pallor', 'paleness': 'pallor', 'pale mucosa': 'pallor', 'pale mucous': 'pallor', 'skin pallor': 'pallor',
  oligoanuria: 'oliguria', paresis: 'paralysis',
  // The mesogastrium is the umbilical region of the abdomen (R10.33 periumbilical pain, R10.815 tenderness).
  mesogastric: 'periumbilical', mesogastrium: 'periumbilical',
  // The epigastrium is the epigastric region ('pain in the epigastrium' R10.13); 'epigastralgia' is epigastric pain,
  // 'rectorrhagia' rectal bleeding (K62.5); the cervical region is the neck ('masses in the cervical region' R22.1).
  epigastrium: 'epigastric', epigastralgia: 'epigastric pain', rectorrhagia: 'rectal bleeding', rectorrhage: 'rectal bleeding',
  'cervical region': 'neck', laterocervical: 'neck', distention: 'distension',
  // A hemithorax is one side of the chest; '-algia' words of European notes are the pain of their part; hypoacusis
  // is hearing loss (the Spanish 'neurosensorial' one sensorineural, H90.3-H90.5); hemihypoesthesia a hypoesthesia
  // of one side.
  hemithorax: 'chest', gonalgia: 'knee pain', coxalgia: 'hip pain', omalgia: 'shoulder pain', hypoacusis: 'hearing loss',
  hypoacusia: 'hearing loss', hemihypoesthesia: 'hypoesthesia', neurosensory: 'sensorineural',
  // A hemorrhage within, beneath or before the retina is a retinal hemorrhage (H35.6-); transvaginal is vaginal.
  intraretinal: 'retinal', subretinal: 'retinal', preretinal: 'retinal', transvaginal: 'vaginal',
  // 'Trauma - see Injury': a trauma of a site is that site's injury ('ocular trauma' S05.9-, 'facial trauma' S09.93-).
  trauma: 'injury', traumatism: 'injury', facial: 'face', cranioencephalic: 'head', craniocerebral: 'head', craneoencephalic: 'head',
  // The Spanish 'motor ocular comun' is the oculomotor (third) nerve; 'Arthritis, septic - see Arthritis, pyogenic'
  // (M00.9); a hemidiaphragm is one side of the diaphragm (its paralysis J98.6).
  'common motor nerve': 'oculomotor nerve', 'common ocular motor nerve': 'oculomotor nerve', 'septic arthritis': 'pyogenic arthritis',
  hemidiaphragm: 'diaphragm',
  // 'Hyperopia - see Hypermetropia' (H52.0-).
  hyperopia: 'hypermetropia', hyperopic: 'hypermetropia', myopic: 'myopia',
  // 'Rhabdolysis' is rhabdomyolysis (M62.82); the knee's compartments name the knee ('patellofemoral arthrosis' M17.-);
  // a 'discal hernia' is a herniated disc (M51.2-), not an abdominal hernia.
  rhabdolysis: 'rhabdomyolysis', 'cyst fibrosis': 'cystic fibrosis', patellofemoral: 'knee', femoropatellar: 'knee', 'femoral patellar': 'knee',
  femorotibial: 'knee', 'discal hernia': 'disc herniation', 'disc hernia': 'disc herniation',
  // The obesity classes (E66.811-E66.813, FY2025) in the Roman numerals notes use; only beside obesity, since
  // Angle's malocclusion classes keep theirs in the titles (M26.21-).
  'obesity class i': 'obesity class 1', 'obesity class ii': 'obesity class 2', 'obesity class iii': 'obesity class 3',
  'class i obesity': 'class 1 obesity', 'class ii obesity': 'class 2 obesity', 'class iii obesity': 'class 3 obesity',
  // 'Arthrosis - see Osteoarthritis'; gonarthrosis is the knee's, coxarthrosis the hip's, rhizarthrosis the thumb's base.
  arthrosis: 'osteoarthritis', gonarthrosis: 'knee osteoarthritis', coxarthrosis: 'hip osteoarthritis',
  rhizarthrosis: 'osteoarthritis of first carpometacarpal joint',
  // The joints of the toes by US notes' letters: the Tabular's arthropathy site is the 'ankle and foot' ('Acute gout
  // flare, L 1st MTP' is M10.072), where its injury titles name the joint itself; podagra is gout of the great toe's joint.
  mtp: 'metatarsophalangeal|ankle and foot', metatarsophalangeal: 'ankle and foot', podagra: 'gout foot',
  // The metatarsals and tarsals are the 'ankle and foot' of the bone and joint titles ('osteomyelitis of R 1st metatarsal'
  // M86.171), where the fracture titles name each bone.
  metatarsal: 'metatarsal|ankle and foot', calcaneus: 'calcaneus|ankle and foot', calcaneal: 'calcaneus|ankle and foot',
  // The visit after a delivery, as obstetric notes head it: 'Encounter for routine postpartum follow-up' (Z39.2).
  'postpartum visit': 'encounter for routine postpartum follow-up', 'postpartum check': 'encounter for routine postpartum follow-up',
  'postpartum follow-up': 'encounter for routine postpartum follow-up', 'pp visit': 'encounter for routine postpartum follow-up',
  // 'Calculus, biliary - see also Cholelithiasis' (K80.20): stones of the biliary system are the gallbladder's unless
  // the duct is named, though 'biliary' alone reads as the bile duct ('biliary obstruction').
  'biliary lithiasis': 'cholelithiasis', 'biliary calculus': 'cholelithiasis', 'biliary calculi': 'cholelithiasis',
  // 'Fracture, mandible' (S02.6-) and the other titles of the lower jaw name the bone, charts its adjective; a
  // hemimandible is one side of it ('left hemimandible pain' is 'Pain, jaw R68.84').
  mandibular: 'mandible', hemimandible: 'mandible|jaw',
  // The mouth's ulcers and lesions when 'oral' stands beside them (the Index's 'Ulcer, mouth K12.1', 'Lesion, mouth
  // K13.70'); apart, 'oral' is the route of a drug.
  'oral ulcer': 'mouth ulcer', 'oral ulcers': 'mouth ulcer', 'oral ulceration': 'mouth ulcer', 'oral ulcerations': 'mouth ulcer',
  'oral lesion': 'mouth lesion', 'oral lesions': 'mouth lesion',
  // The buccal mucosa is oral mucosa ('Lesion, oral mucosa K13.70'); Spanish-English notes call it the 'jugal'
  // mucosa (mucosa yugal), which translations print as 'jugular mucosa': the cheek's, not the jugular vein.
  'buccal mucosa': 'buccal mucosa|oral mucosa', 'jugal mucosa': 'buccal mucosa|oral mucosa',
  'jugular mucosa': 'buccal mucosa|oral mucosa',
  // Charts write 'dilation' where ICD-10-CM titles say 'dilatation' (their stems differ); PCS keeps its own word.
  dilation: 'dilatation', dilations: 'dilatation',
  // The ventricular system is the brain's ('dilation of the ventricular system'), not the heart's ventricles (I51.7).
  'ventricular system': 'cerebral ventricles',
  'non traumatic': 'nontraumatic', 'non alcoholic': 'nonalcoholic', 'non insulin dependent': 'type 2',
};

/**
 * These words with the other lists' (symptoms and signs written as adjectives of the patient, 'cyanotic', 'somnolent';
 * organisms, injuries, eyes, drugs, valves, stages), a later list's reading of a word replacing an earlier one's. Put
 * together as a Map, not by spreading the lists into the literal above: V8 builds a literal of some 530 keys followed by
 * spreads key by key, each a new shape, and that took 40-60 ms of the first search's start (its query words import
 * this file).
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map(
  [OWN_SYNONYMS, SIGN_WORDS, ORGANISM_SYNONYMS, INJURY_SYNONYMS, EYE_SYNONYMS, DRUG_SYNONYMS, VALVE_SYNONYMS, STAGE_SYNONYMS, SUBSTANCE_SYNONYMS, MOOD_SYNONYMS].flatMap(
    (words) => Object.entries(words),
  ),
);

/**
 * 'Post-infarction angina', 'post-herpetic neuralgia': the prefix written apart is one word in the titles
 * ('Postinfarction angina' I23.7); the words apart keep their own reading as well.
 */
const JOINED_AFTER_POST = ['infarction', 'herpetic', 'thrombotic', 'procedural', 'partum', 'inflammatory', 'infective', 'infectious',
  'viral', 'surgical', 'radiation', 'menopausal', 'laminectomy', 'mastectomy', 'transfusion', 'polio', 'concussional',
  'cardiotomy', 'hemorrhagic', 'cholecystectomy', 'encephalitic', 'immunization', 'vaccination', 'operative'];

/**
 * 'Breast ca', 'h/o prostate ca', 'colon ca with liver mets': after an organ, US notes' 'ca' is its cancer. Alone the
 * abbreviation is as often calcium ('serum Ca 8.2') and stays unread (abbreviation-data.ts marks it ambiguous).
 */
const CANCER_ORGANS = ['breast', 'prostate', 'colon', 'rectal', 'rectum', 'lung', 'bladder', 'ovarian', 'ovary', 'pancreatic',
  'pancreas', 'gastric', 'stomach', 'renal', 'kidney', 'thyroid', 'esophageal', 'esophagus', 'endometrial', 'liver', 'skin',
  'tongue', 'laryngeal', 'testicular', 'anal', 'vulvar', 'penile', 'uterine', 'cervical', 'sigmoid', 'cecal', 'bile duct'];
const organOf = (word: string) => (word === 'cervical' ? 'cervix uteri' : (SYNONYMS.get(word) ?? word).split('|')[0]!);

/** The synonyms as a Map: a plain object would answer 'constructor' or 'toString' with a function. */
export const CHART_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ...SYNONYMS,
  ...JOINED_AFTER_POST.map((word): [string, string] => [`post ${word}`, `post${word}`]),
  ...CANCER_ORGANS.map((organ): [string, string] => [`${organ} ca`, `${organOf(organ)} malignant neoplasm`]),
  ...CONTEXT_ABBREVIATIONS,
]);
