import { URINARY_INDEX_DEFAULTS } from './index-defaults-urinary';
import { FRACTURE_INDEX } from './fracture-index';
import { SIGN_DEFAULTS } from './sign-defaults';
import { INFECTION_INDEX } from './infection-index';
import { INJURY_INDEX } from './injury-index';
import { DIGESTIVE_INDEX } from './digestive-index';
import { ENDOSCOPY_INDEX } from './endoscopy-index';
import { CIRCULATORY_INDEX } from './circulatory-index';
import { CARDIOLOGY_INDEX } from './cardiology-index';
import { EYE_INDEX } from './eye-index';
import { NEOPLASM_INDEX } from './neoplasm-index';
import { SKIN_INDEX } from './skin-index';
import { MUSCULOSKELETAL_INDEX } from './musculoskeletal-index';
import { PROSTHETIC_JOINT_INDEX } from './prosthetic-joint';
import { DEVICE_COMPLICATION_INDEX } from './device-complication-index';
import { SOCIAL_INDEX } from './social-index';
import { COUNSELING_INDEX } from './counseling-index';
import { FETAL_ANOMALY_INDEX } from './fetal-anomaly-index';
import { NEURO_MENTAL_INDEX } from './neuro-mental-index';
import { CONGENITAL_INDEX } from './congenital-index';
import { OBSTETRIC_INDEX } from './obstetric-index';
import { RESPIRATORY_INDEX } from './respiratory-index';
import { EAR_INDEX } from './ear-index';
import { LYMPHOMA_INDEX } from './lymphoma-index';
import { ENDOCRINE_BLOOD_INDEX } from './endocrine-blood-index';
import { NEURO_NAMED_INDEX } from './neuro-named-index';
import { ORGAN_WORDING_INDEX } from './organ-wording-index';
import { SUBSTANCE_INDEX } from './substance-index';
import { MUSCLE_TENDON_INDEX } from './muscle-tendon-index';
import { MASS_INDEX } from './mass-index';
import { EPILEPSY_INDEX } from './epilepsy-index';
import { STROKE_INDEX } from './stroke-index';
import { PEDIATRIC_INDEX } from './pediatric-index';
import { OFFICE_ENCOUNTER_INDEX } from './office-encounter-index';

/**
 * What the ICD-10-CM Alphabetic Index gives a main term written with no modifier ('Infection' -> B99.9,
 * 'Tumor' -> see Neoplasm, unspecified behavior -> D49.9), for the common terms charts use. The Index itself is
 * not on this machine; when it is supplied, its own paths join the concept dictionary beside these.
 * Written from the Index conventions; every code is checked against the FY2026 order file by a test.
 */
export const INDEX_DEFAULTS: readonly [phrase: string, code: string][] = [
  ...SIGN_DEFAULTS,
  ['infection', 'B999'], ['necrosis', 'I96'], ['gangrene', 'I96'], ['erythema', 'L539'], ['trauma', 'T1490XA'],
  ['injury', 'T1490XA'], ['tumor', 'D499'], ['neoplasm', 'D499'], ['renal mass', 'N2889'], ['kidney mass', 'N2889'],
  ['abdominal mass', 'R1900'], ['pelvic mass', 'R1900'], ['breast mass', 'N630'], ['breast lump', 'N630'],
  ['lung mass', 'R918'], ['pulmonary nodule', 'R911'], ['lung nodule', 'R911'], ['neck mass', 'R221'],
  ['lymphadenopathy', 'R591'], ['adenopathy', 'R599'], ['enlarged lymph nodes', 'R599'],
  ['hypertransaminasemia', 'R7401'], ['elevated transaminases', 'R7401'], ['leukocytosis', 'D72829'],
  ['leukopenia', 'D72819'], ['thrombocytopenia', 'D696'], ['neutropenia', 'D709'], ['pancytopenia', 'D61818'],
  ['anemia', 'D649'], ['fever', 'R509'], ['pain', 'R52'], ['asthenia', 'R531'], ['weakness', 'R531'],
  ['fatigue', 'R5383'], ['malaise', 'R5381'], ['weight loss', 'R634'], ['anorexia', 'R630'], ['dyspnea', 'R0600'],
  ['cough', 'R059'], ['headache', 'R519'], ['dizziness', 'R42'], ['syncope', 'R55'], ['nausea', 'R110'],
  ['vomiting', 'R1110'], ['diarrhea', 'R197'], ['constipation', 'K5900'], ['abdominal pain', 'R109'],
  ['jaundice', 'R17'], ['hematuria', 'R319'], ['proteinuria', 'R809'], ['edema', 'R609'], ['ascites', 'R188'],
  ['hepatomegaly', 'R160'], ['splenomegaly', 'R161'], ['hepatosplenomegaly', 'R162'], ['seizure', 'R569'],
  ['convulsions', 'R569'], ['paresthesia', 'R202'], ['hypoesthesia', 'R201'], ['pruritus', 'L299'], ['rash', 'R21'],
  ['pallor', 'R231'], ['cyanosis', 'R230'], ['hemoptysis', 'R042'], ['hematemesis', 'K920'], ['melena', 'K921'],
  ['dysphagia', 'R1310'],
  // 'Dysphagia, oropharyngeal phase R13.12', as SLP reports name it after a stroke; 'Esophageal dysphagia' is R13.19's
  // inclusion term.
  ['oropharyngeal dysphagia', 'R1312'], ['esophageal dysphagia', 'R1319'],
  ['tachycardia', 'R000'], ['bradycardia', 'R001'], ['hypotension', 'I959'],
  ['hypertension', 'I10'], ['arterial hypertension', 'I10'], ['dyslipidemia', 'E785'], ['hyperlipidemia', 'E785'],
  ['hypercholesterolemia', 'E7800'], ['obesity', 'E669'], ['diabetes mellitus', 'E119'], ['diabetes', 'E119'],
  ['renal failure', 'N19'], ['acute renal failure', 'N179'], ['chronic renal failure', 'N189'], ['renal colic', 'N23'], ['nephritic colic', 'N23'], ['ureteral colic', 'N23'],
  ['hydronephrosis', 'N1330'], ['urinary tract infection', 'N390'], ['sepsis', 'A419'], ['pneumonia', 'J189'],
  ['hepatitis c', 'B1920'], ['hepatitis b', 'B1910'], ['alcoholism', 'F1020'], ['alcohol abuse', 'F1010'],
  ['depression', 'F32A'], ['depressive syndrome', 'F32A'], ['anxiety', 'F419'], ['heart failure', 'I509'], ['atrial fibrillation', 'I4891'],
  ['asthma', 'J45909'], ['peritonitis', 'K659'], ['scar', 'L905'], ['abscess', 'L0291'], ['pleural effusion', 'J90'],
  ['metastasis', 'C799'], ['hypokalemia', 'E876'], ['hyponatremia', 'E871'], ['hyperkalemia', 'E875'],
  ['hypercalcemia', 'E8352'], ['hypoglycemia', 'E162'], ['hyperglycemia', 'R739'], ['dehydration', 'E860'],
  ['malnutrition', 'E46'], ['tremor', 'R251'], ['ataxia', 'R270'], ['gait disturbance', 'R269'], ['confusion', 'R410'],
  ['coma', 'R4020'], ['hemorrhage', 'R58'], ['bleeding', 'R58'], ['insomnia', 'G4700'], ['arthralgia', 'M2550'],
  ['myalgia', 'M7910'], ['back pain', 'M549'], ['low back pain', 'M5450'], ['chest pain', 'R079'], ['neck pain', 'M542'],
  ['dysuria', 'R300'], ['urinary retention', 'R339'], ['urinary incontinence', 'R32'], ['lymphedema', 'I890'],
  ['thrombosis', 'I8290'], ['deep vein thrombosis', 'I82409'], ['pulmonary embolism', 'I2699'],
  ['hypothyroidism', 'E039'], ['hyperthyroidism', 'E0590'], ['cirrhosis', 'K7460'], ['pancreatitis', 'K8590'],
  ['cholecystitis', 'K819'], ['appendicitis', 'K37'], ['gastritis', 'K2970'], ['colitis', 'K529'],
  ['osteoporosis', 'M810'], ['osteomyelitis', 'M869'], ['arthritis', 'M1990'], ['vasculitis', 'I776'],
  ['endocarditis', 'I38'], ['pericarditis', 'I319'], ['myocarditis', 'I514'], ['meningitis', 'G039'],
  ['encephalitis', 'G0490'], ['dementia', 'F0390'], ['cellulitis', 'L0390'], ['candidiasis', 'B379'],
  ['tuberculosis', 'A159'], ['toxoplasmosis', 'B589'], ['cytomegalovirus infection', 'B259'], ['herpes zoster', 'B029'],
  ['hypoxemia', 'R0902'], ['respiratory failure', 'J9690'], ['shock', 'R579'], ['cardiac arrest', 'I469'], ['cardiorespiratory arrest', 'I469'], ['cardiopulmonary arrest', 'I469'],
  ['hydrocephalus', 'G919'], ['epistaxis', 'R040'], ['cancer', 'C801'], ['carcinoma', 'C801'],
  ['atypical chest pain', 'R0789'], ['morbid obesity', 'E6601'], ['severe obesity', 'E6601'],
  ['nephrolithiasis', 'N200'], ['renal lithiasis', 'N200'], ['urolithiasis', 'N209'], ['lumbar pain', 'M5450'],
  ['fell', 'W19XXXA'], ['accidental fall', 'W19XXXA'], ['corticosteroid therapy', 'Z7952'], ['long term steroids', 'Z7952'],
  ['palliative care', 'Z515'], ['penicillin allergy', 'Z880'], ['allergic to penicillin', 'Z880'],
  // Abdominal regions as European notes name them, for the quadrants of R10.1-, R10.3- and R10.81-.
  ['right iliac fossa pain', 'R1031'], ['left iliac fossa pain', 'R1032'], ['right hypochondrium pain', 'R1011'],
  ['left hypochondrium pain', 'R1012'], ['right iliac fossa tenderness', 'R10813'], ['left iliac fossa tenderness', 'R10814'],
  ['right hypochondrium tenderness', 'R10811'], ['left hypochondrium tenderness', 'R10812'], ['epigastric tenderness', 'R10816'],
  ['gastroesophageal reflux', 'K219'], ['gastroesophageal reflux disease', 'K219'], ['pneumocystis pneumonia', 'B59'],
  ['pneumocystis jirovecii pneumonia', 'B59'], ['pneumocystosis', 'B59'], ['bladder lesion', 'N3289'],
  ['penile lesion', 'N4889'], ['urinary urgency', 'R3915'], ['oral mucosal lesion', 'K1370'],
  ['burning sensation', 'R208'], ['burning on urination', 'R300'], ['urethral burning', 'R300'],
  ['kidney transplant', 'Z940'], ['renal transplant', 'Z940'], ['heart transplant', 'Z941'], ['lung transplant', 'Z942'],
  ['liver transplant', 'Z944'], ['bone marrow transplant', 'Z9481'], ['paralysis', 'G839'], ['fistula', 'L988'], ['allergy to penicillin', 'Z880'], ['sulfa allergy', 'Z882'], ['allergic to sulfa', 'Z882'], ['coronary stent', 'Z955'], ['post stent', 'Z955'],
  ['intestinal angina', 'K551'], ['abdominal angina', 'K551'], ['mesenteric angina', 'K551'], ['gingival hyperplasia', 'K061'],
  ['renal artery stenosis', 'I701'], ['placental detachment', 'O4590'], ['placental abruption', 'O4590'], ['caries', 'K029'],
  ['pneumonitis', 'J189'], ['decreased visual acuity', 'H547'], ['reduced visual acuity', 'H547'], ['obstructive jaundice', 'K831'],
  ['coagulation disorder', 'D689'], ['cocaine', 'F1490'], ['heroin', 'F1190'], ['heroin dependence', 'F1120'],
  ['heroin abuse', 'F1110'], ['rib fracture', 'S2239XA'], ['multiple rib fractures', 'S2249XA'],
  ['heel pain', 'M79673'], ['lumbar disc herniation', 'M5126'], ['herniated lumbar disc', 'M5126'],
  ['cervical disc herniation', 'M5020'], ['herniated cervical disc', 'M5020'], ['thoracic disc herniation', 'M5124'],
  ['lumbosacral disc herniation', 'M5127'], ['alcohol withdrawal', 'F10939'], ['alcohol withdrawal syndrome', 'F10939'],
  ['chemotherapy induced neutropenia', 'D701'], ['neutropenia secondary to chemotherapy', 'D701'], ['fall', 'W19XXXA'],
  // 'Falling, falls (repeated) R29.6': falls told as recurring are the patient's condition, not an accident's cause.
  ['recurrent falls', 'R296'], ['frequent falls', 'R296'], ['multiple falls', 'R296'], ['repeat falls', 'R296'],
  // 'Neutropenia, due to cytoreductive cancer chemotherapy D70.1'; 'Thrombocytopenia, due to drugs D69.59';
  // 'Pancytopenia, due to antineoplastic chemotherapy D61.810', as notes tie them to the chemotherapy.
  ['neutropenia due to chemotherapy', 'D701'], ['thrombocytopenia due to chemotherapy', 'D6959'],
  ['chemotherapy induced thrombocytopenia', 'D6959'], ['pancytopenia due to chemotherapy', 'D61810'],
  ['chemotherapy induced pancytopenia', 'D61810'],
  ['acute blood loss anemia', 'D62'],
  // FY2023's acidosis codes: 'Lactic acidosis NOS' is an inclusion term of E87.20 (Acidosis, unspecified), 'Acute
  // lactic acidosis' of E87.21 (Acute metabolic acidosis), 'Chronic lactic acidosis' of E87.22; E87.29 is the
  // respiratory and other acidosis.
  ['lactic acidosis', 'E8720'], ['acute lactic acidosis', 'E8721'], ['chronic lactic acidosis', 'E8722'],
  // 'Examination, medical (adult), annual (periodic) (physical) Z00.00, with abnormal findings Z00.01' (a child's chart
  // takes Z00.12-, general-exam.ts).
  ['annual wellness visit', 'Z0000'], ['routine physical exam', 'Z0000'],
  ['annual physical with abnormal findings', 'Z0001'], ['physical exam with abnormal findings', 'Z0001'],
  ['do not resuscitate', 'Z66'], ['dnr status', 'Z66'], ['scalp laceration', 'S0101XA'], ['anterior stemi', 'I2109'],
  ['anterior wall stemi', 'I2109'], ['anterior myocardial infarction', 'I2109'], ['inferior stemi', 'I2119'],
  ['inferior wall stemi', 'I2119'], ['inferior myocardial infarction', 'I2119'], ['femoral vein thrombosis', 'I82419'],
  ['popliteal vein thrombosis', 'I82439'], ['iliac vein thrombosis', 'I82429'],
  ['femoral deep vein thrombosis', 'I82419'], ['popliteal deep vein thrombosis', 'I82439'], ['iliac deep vein thrombosis', 'I82429'],
  ['atrial fibrillation with rapid ventricular response', 'I4891'],
  ['aspiration pneumonitis', 'J690'], ['klebsiella', 'B961'], ['pseudomonas', 'B965'], ['proteus', 'B964'],
  // Organisms as the cause of an infection coded elsewhere (B95-B96, Index: 'Infection, bacterial, as cause of
  // disease classified elsewhere'); the susceptible Staphylococcus aureus is the one a culture names without more.
  ['staphylococcus aureus', 'B9561'], ['s aureus', 'B9561'], ['resistant to penicillin', 'Z1611'], ['penicillin resistant', 'Z1611'],
  ['streptococcus pyogenes', 'B950'], ['streptococcus agalactiae', 'B951'],
  ['escherichia coli', 'B9620'], ['haemophilus influenzae', 'B963'], ['bacteroides fragilis', 'B966'],
  ['enterococcus', 'B952'], ['subdural hematoma', 'S065XAA'], ['status epilepticus', 'G40901'],
  ['anemia due to chemotherapy', 'D6481'], ['chemotherapy induced anemia', 'D6481'], ['neutropenic fever', 'D709'],
  ['febrile neutropenia', 'D709'],
  ['dislocation of shoulder', 'S43006A'], ['shoulder dislocation', 'S43006A'], ['contusion of chest wall', 'S2020XA'],
  ['chest wall contusion', 'S2020XA'], ['foreign body in eye', 'T1590XA'], ['postoperative wound infection', 'T8140XA'],
  ['wound dehiscence', 'T8130XA'], ['slipped on ice and fell', 'W000XXA'], ['fell on ice', 'W000XXA'], ['pacemaker infection', 'T827XXA'], ['infection of pacemaker', 'T827XXA'],
  // Office visits: the encounters and the everyday diagnoses of a clinic's notes.
  ['vaginal candidiasis', 'B3731'], ['ingrown toenail', 'L600'], ['ingrown nail', 'L600'], ['rotator cuff tear', 'M75100'],
  // 'Tear, rotator cuff (nontraumatic), complete M75.12-, incomplete M75.11-; traumatic S46.01-' (a full-thickness tear
  // is complete, a partial-thickness one incomplete).
  ['complete rotator cuff tear', 'M75120'], ['full thickness rotator cuff tear', 'M75120'], ['incomplete rotator cuff tear', 'M75110'],
  ['partial thickness rotator cuff tear', 'M75110'], ['traumatic rotator cuff tear', 'S46019A'],
  ['menopause', 'Z780'], ['flu vaccine', 'Z23'], ['influenza vaccine', 'Z23'], ['flu shot', 'Z23'],
  ['screening mammogram', 'Z1231'], ['annual physical exam', 'Z0000'], ['annual physical', 'Z0000'],
  ['well child visit', 'Z00129'], ['autism', 'F840'], ['dry eye', 'H04129'], ['baker cyst', 'M7120'],
  ["baker's cyst", 'M7120'], ['microalbuminuria', 'R809'], ['hemochromatosis', 'E83119'], ['iron overload', 'E83119'], ['vegetative state', 'R403'], ['pneumonia associated with mechanical ventilation', 'J95851'],
  ['pyeloureteral junction stenosis', 'N135'], ['ureteropelvic junction stenosis', 'N135'], ['pyeloureteral stenosis', 'N135'],
  ['pyeloureteral junction stenosis with hydronephrosis', 'N130'], ['ureteropelvic junction stenosis with hydronephrosis', 'N130'],
  // Main terms and common two-word entries whose Index code the titles do not name in the chart's words
  // ('Hyperbilirubinemia' -> E80.7, 'Lesion, skin' -> L98.9, 'Metastasis, liver' -> C78.7, 'Fracture' -> T14.8-).
  // 'Edema, macula H35.81'; a cystoid one is the Index's 'Degeneration, macula, cystoid' (H35.35-, the side refined).
  // 'Adenoma, prostate - see Hyperplasia, prostate' (N40.0), not a benign neoplasm of it; 'Ptosis (eyelid) H02.40-'.
  // A soft-tissue sarcoma with no site: 'Leiomyosarcoma - see Neoplasm, connective tissue, malignant' (C49.9).
  ['leiomyosarcoma', 'C499'], ['liposarcoma', 'C499'], ['rhabdomyosarcoma', 'C499'], ['fibrosarcoma', 'C499'],
  // Index main terms the titles do not use: 'Chylothorax J94.0', 'Prostatism N40.1', 'Myeloma (multiple) C90.0-', 'Choluria R82.2', 'Bronchospasm (acute) J98.01', 'Polyarthralgia - see
  // Pain, joint' (M25.50), 'Endometrioma N80.9'; a raised transaminase in one word is R74.01.
  // 'Necrosis, bone - see Osteonecrosis' (M87.9): an avascular or aseptic necrosis is the bone's, not gangrene (I96).
  ['avascular necrosis', 'M879'], ['aseptic necrosis', 'M879'],
  // 'Wilkie's disease or syndrome K55.1', 'Hypertension, intracranial G93.2', 'Paralysis, facial G51.0', 'Opacity, lens -
  // see Cataract' (H26.9).
  // 'Infection, urinary (tract) N39.0', 'Infection, intestinal A09'; an AMI of a named wall (its abbreviation
  // expanded between the wall and the infarction).
  ['urinary infection', 'N390'], ['intestinal infection', 'A09'], ['gastrointestinal infection', 'A09'],
  ['digestive tract infection', 'A09'], ['inferior acute myocardial infarction', 'I2119'],
  ['anterior acute myocardial infarction', 'I2109'],
  // 'Ulcer, lower limb (non-pressure) L97.9-' (the side refined); 'Arteriopathy I77.9'.
  ['leg ulcer', 'L97909'], ['ulcer of the leg', 'L97909'], ['lower limb ulcer', 'L97909'], ['ulcer of the lower limb', 'L97909'],
  ['ulcer of the lower extremity', 'L97909'], ['lower extremity ulcer', 'L97909'], ['arteriopathy', 'I779'],
  // 'Syndrome, pain, complex regional I' (G90.5-): charts seldom write the type's numeral.
  ['complex regional pain syndrome', 'G9050'], ['reflex sympathetic dystrophy', 'G9050'],
  ['pleuritic pain', 'R0781'], ['pleuritic chest pain', 'R0781'], ['retinol deficiency', 'E509'], ['hav hepatitis', 'B159'],
  ['chronic hepatitis c', 'B182'], ['chronic hepatitis b', 'B181'],
  ['migraine with aura', 'G43109'], ['spermatocele', 'N4340'],
  ['polycystic disease', 'Q613'], ['wilkie syndrome', 'K551'], ["wilkie's syndrome", 'K551'],
  ['superior mesenteric artery syndrome', 'K551'],
  ['intracranial hypertension', 'G932'], ['facial paralysis', 'G510'], ['facial palsy', 'G510'], ['facial nerve palsy', 'G510'],
  ['lens opacity', 'H269'], ['opacity of the lens', 'H269'], ['lens opacities', 'H269'],
  ['bone lesion', 'M899'], ['bone lesions', 'M899'], ['chylothorax', 'J940'], ['prostatism', 'N401'], ['malt lymphoma', 'C8840'], ['myeloma', 'C9000'], ['osteomalacia', 'M839'],
  ['choluria', 'R822'], ['bronchospasm', 'J9801'], ['polyarthralgia', 'M2550'], ['endometrioma', 'N809'],
  ['hypertransaminemia', 'R7401'], ['transaminitis', 'R7401'],
  ['prostatic adenoma', 'N400'], ['prostate adenoma', 'N400'], ['adenoma of the prostate', 'N400'],
  // 'Hypertrophy, prostate - see Enlargement, enlarged, prostate' and 'Hyperplasia, prostate' (N40.0): the benign
  // enlargement whether or not the chart says 'benign' (N40.1 where it has lower urinary tract symptoms, combine.ts).
  ['prostatic hypertrophy', 'N400'], ['prostate hypertrophy', 'N400'], ['hypertrophy of the prostate', 'N400'],
  ['prostatic hyperplasia', 'N400'], ['prostate hyperplasia', 'N400'], ['hyperplasia of the prostate', 'N400'], ['ptosis', 'H02409'],
  ['macular edema', 'H3581'], ['cystoid macular edema', 'H35359'], ['cystic macular edema', 'H35359'],
  ['hyperbilirubinemia', 'E807'], ['skin lesion', 'L989'], ['skin lesions', 'L989'], ['orchiepididymitis', 'N453'],
  ['epididymoorchitis', 'N453'], ['epididymitis', 'N451'], ['orchitis', 'N452'],
  ['obstructive pulmonary disease', 'J449'], ['chronic obstructive pulmonary disease', 'J449'],
  ['liver metastases', 'C787'], ['liver metastasis', 'C787'], ['hepatic metastases', 'C787'],
  ['lung metastases', 'C7800'], ['pulmonary metastases', 'C7800'], ['bone metastases', 'C7951'],
  ['brain metastases', 'C7931'], ['peritoneal carcinomatosis', 'C786'], ['peritoneal metastases', 'C786'],
  ['lymph node metastases', 'C779'], ['renal lesion', 'N289'], ['liver lesion', 'K7689'],
  ['hepatic lesion', 'K7689'], ['liver disease', 'K769'], ['hepatopathy', 'K769'], ['hepatitis', 'K759'],
  ['nephropathy', 'N289'], ['kidney disease', 'N289'], ['renal insufficiency', 'N289'],
  ['chronic renal insufficiency', 'N189'], ['hiv infection', 'B20'],
  // 'Human immunodeficiency virus (HIV) disease (infection) B20' (not 'Immunodeficiency' D84.9 and 'Infection' B99.9).
  ['human immunodeficiency virus', 'B20'], ['human immunodeficiency virus infection', 'B20'],
  // 'HIV, positive, seropositive Z21'.
  ['hiv seropositive', 'Z21'], ['hiv seropositivity', 'Z21'], ['seropositive for hiv', 'Z21'], ['cardiopathy', 'I519'],
  ['heart disease', 'I519'], ['valvulopathy', 'I38'], ['venous thrombosis', 'I8290'], ['varicose veins', 'I8390'],
  ['esophageal varices', 'I8500'], ['hypoalbuminemia', 'E8809'], ['hyperuricemia', 'E790'],
  ['hypomagnesemia', 'E8342'], ['hypophosphatemia', 'E8339'], ['hypocalcemia', 'E8351'], ['hypernatremia', 'E870'],
  ['elevated c reactive protein', 'R7982'], ['elevated erythrocyte sedimentation rate', 'R700'],
  ['hematochezia', 'K921'], ['rectal bleeding', 'K625'], ['gastrointestinal bleeding', 'K922'],
  ['digestive hemorrhage', 'K922'], ['hypoxia', 'R0902'], ['tachypnea', 'R0682'], ['abdominal distension', 'R140'],
  ['bloating', 'R140'], ['weight gain', 'R635'], ['night sweats', 'R61'], ['chills', 'R6883'], ['vertigo', 'R42'],
  ['diplopia', 'H532'], ['blurred vision', 'H538'], ['visual loss', 'H547'], ['loss of vision', 'H547'],
  ['abdominal tenderness', 'R10819'], ['epigastric pain', 'R1013'], ['flank pain', 'R10A0'], ['pelvic pain', 'R1020'],
  ['scrotal pain', 'N5082'], ['testicular pain', 'N50819'], ['testicular mass', 'N5089'], ['scrotal mass', 'N5089'],
  ['hydrocele', 'N433'], ['varicocele', 'I861'], ['renal cyst', 'N281'], ['kidney cyst', 'N281'],
  ['lymphocytosis', 'D72820'], ['eosinophilia', 'D7210'], ['polycythemia', 'D751'], ['coagulopathy', 'D689'],
  ['stroke', 'I639'], ['hemiparesis', 'G8190'], ['hemiplegia', 'G8190'], ['paraplegia', 'G8220'],
  ['neuropathy', 'G629'], ['polyneuropathy', 'G629'], ['migraine', 'G43909'], ['epilepsy', 'G40909'],
  ['dysarthria', 'R471'], ['aphasia', 'R4701'], ['disorientation', 'R410'], ['somnolence', 'R400'],
  ['muscle weakness', 'M6281'], ['osteopenia', 'M8580'], ['scoliosis', 'M419'], ['gout', 'M109'],
  ['hypertriglyceridemia', 'E781'], ['hepatic steatosis', 'K760'], ['fatty liver', 'K760'],
  ['cholelithiasis', 'K8020'], ['gallstones', 'K8020'], ['choledocholithiasis', 'K8050'],
  ['diverticulosis', 'K5790'], ['diverticulitis', 'K5792'], ['intestinal obstruction', 'K56609'],
  ['bowel obstruction', 'K56609'], ['ileus', 'K567'], ['hemorrhoids', 'K649'], ['esophagitis', 'K2090'],
  ['hiatal hernia', 'K449'], ['inguinal hernia', 'K4090'], ['umbilical hernia', 'K429'],
  ['incisional hernia', 'K432'], ['pneumothorax', 'J939'], ['atelectasis', 'J9811'], ['pulmonary fibrosis', 'J8410'],
  ['bronchiectasis', 'J479'], ['pulmonary infiltrate', 'R918'], ['lung infiltrate', 'R918'], ['bronchitis', 'J40'],
  ['sinusitis', 'J329'], ['pharyngitis', 'J029'], ['otitis media', 'H6690'], ['conjunctivitis', 'H109'],
  ['uveitis', 'H209'], ['cataract', 'H269'], ['glaucoma', 'H409'], ['papilledema', 'H4710'], ['papillary edema', 'H4710'], ['edema of the papilla', 'H4710'], ['edema of the optic disc', 'H4710'],
  ['exophthalmos', 'H0520'], ['proptosis', 'H0520'], ['strabismus', 'H509'], ['esotropia', 'H5000'],
  ['exotropia', 'H5010'], ['nystagmus', 'H5500'], ['keratitis', 'H169'], ['dermatitis', 'L309'], ['eczema', 'L309'],
  ['urticaria', 'L509'], ['psoriasis', 'L409'],
  // 'Arthritis, psoriatic L40.50'; 'Spondylitis, psoriatic L40.53'. Without these 'arthritis' alone gave M19.90.
  ['psoriatic arthritis', 'L4050'], ['psoriatic arthropathy', 'L4050'], ['psoriatic spondylitis', 'L4053'],
  ['psoriatic spondyloarthritis', 'L4053'], ['psoriatic spondyloarthropathy', 'L4053'], ['alopecia', 'L659'], ['pressure ulcer', 'L8990'],
  ['lipoma', 'D179'], ['fracture', 'T148XXA'],
  // 'Osteoporosis, age-related, with current pathologic fracture M80.0-'; the bone is read by pathological-fracture.ts.
  ['osteoporotic fracture', 'M8000XA'], ['osteoporotic vertebral fracture', 'M8008XA'], ['osteoporotic vertebral compression', 'M8008XA'],
  ['osteoporotic vertebral collapse', 'M8008XA'], ['osteoporotic fracture of the vertebra', 'M8008XA'], ['contusion', 'T148XXA'], ['laceration', 'T148XXA'],
  ['wound', 'T148XXA'], ['open wound', 'T148XXA'], ['surgical wound infection', 'T8140XA'], ['amenorrhea', 'N912'], ['metrorrhagia', 'N921'], ['menorrhagia', 'N920'],
  ['dysmenorrhea', 'N946'], ['vaginal bleeding', 'N939'], ['erectile dysfunction', 'N529'], ['pollakiuria', 'R350'],
  ['urinary frequency', 'R350'], ['nocturia', 'R351'], ['polyuria', 'R3589'], ['gross hematuria', 'R310'],
  ['macroscopic hematuria', 'R310'], ['microscopic hematuria', 'R3129'], ['glycosuria', 'R81'],
  ['polydipsia', 'R631'], ['cachexia', 'R64'], ['hypovolemia', 'E861'], ['adrenal insufficiency', 'E2740'],
  ['hyperparathyroidism', 'E213'],
  // 'Hyperparathyroidism, secondary (renal) N25.81; non-renal E21.1': secondary is renal unless the chart says otherwise.
  ['secondary hyperparathyroidism', 'N2581'], ['gonorrhea', 'A549'],
  // 'Stenosis, coronary (artery) - see Disease, heart, ischemic, atherosclerotic' (I25.10).
  ['tracheal stenosis', 'J398'],
  // 'Neuropathy, sciatic G57.0-'; 'Findings, abnormal, culture, blood, positive - see Bacteremia' (R78.81).
  ['gait ataxia', 'R260'], ['aspergillus', 'B449'], ['aspergillus fumigatus', 'B449'],
  // 'Detachment, vitreous (body) H43.81-'.
  ['vitreous detachment', 'H43819'],
  // 'Carcinomatosis C80.0; peritonei C78.6'; 'Paraganglioma D44.7'.
  ['carcinomatosis', 'C800'], ['carcinomatosis peritonei', 'C786'], ['paraganglioma', 'D447'], ['pterygium', 'H11009'], ['internuclear palsy', 'H5120'], ['posterior vitreous detachment', 'H43819'], ['detachment of the posterior vitreous', 'H43819'], ['ataxic gait', 'R260'], ['candida albicans', 'B379'], ['candida', 'B379'],
  ['dislocation of the temporomandibular joint', 'S0300XA'], ['temporomandibular joint dislocation', 'S0300XA'],
  ['temporomandibular joint pain', 'M26629'], ['pain in the temporomandibular joint', 'M26629'],
  ['sciatic neuropathy', 'G5700'], ['sciatic nerve neuropathy', 'G5700'], ['sciatic nerve lesion', 'G5700'],
  ['positive blood culture', 'R7881'], ['positive blood cultures', 'R7881'], ['blood cultures were positive', 'R7881'],
  ['coagulase negative staphylococcus', 'B957'], ['coagulase negative staphylococci', 'B957'], ['coronary artery stenosis', 'I2510'], ['coronary stenosis', 'I2510'], ['stenosis of the coronary artery', 'I2510'],
  ['coronary stent stenosis', 'T82855A'], ['stenosis of the coronary stent', 'T82855A'], ['coronary stent restenosis', 'T82855A'], ['klippel trenaunay', 'Q872'], ['klippel trenaunay syndrome', 'Q872'], ['hypoparathyroidism', 'E209'], ['thyroid nodule', 'E041'],
  ['vitamin d deficiency', 'E559'], ['leukemia', 'C9590'], ['multiple myeloma', 'C9000'], ['melanoma', 'C439'],
  ['septic shock', 'R6521'], ['severe sepsis', 'R6520'], ['bacteremia', 'R7881'], ['sarcoidosis', 'D869'],
  ['amyloidosis', 'E859'], ['systemic lupus erythematosus', 'M329'], ['rheumatoid arthritis', 'M069'],
  ['polymyalgia rheumatica', 'M353'], ['atrial flutter', 'I4892'], ['heart murmur', 'R011'],
  ['cardiomegaly', 'I517'], ['aortic stenosis', 'I350'], ['mitral regurgitation', 'I340'],
  ['peripheral arterial disease', 'I739'], ['claudication', 'I739'], ['cardiac insufficiency', 'I509'],
  ['palpitations', 'R002'], ['orthostatic hypotension', 'I951'], ['pulmonary hypertension', 'I2720'],
  ['portal hypertension', 'K766'], ['dyspepsia', 'R1013'], ['heartburn', 'R12'], ['hiccups', 'R066'],
  ['odynophagia', 'R1310'], ['hearing loss', 'H9190'], ['tinnitus', 'H9319'], ['allergic rhinitis', 'J309'],
  ['dysphonia', 'R490'], ['hoarseness', 'R490'], ['stridor', 'R061'], ['wheezing', 'R062'], ['orthopnea', 'R0601'],
  ['sleep apnea', 'G4730'],
  // 'Spondylitis (chronic) - see also Spondylopathy, inflammatory' (M46.9-, by region); 'Arteritis, temporal M31.6';
  // 'Paralysis, diaphragm (flaccid) J98.6'; 'Decrease(d), vision NEC H54.7' (the side refined).
  ['spondylitis', 'M4690'], ['cervical spondylitis', 'M4692'], ['thoracic spondylitis', 'M4694'],
  ['lumbar spondylitis', 'M4696'], ['lumbosacral spondylitis', 'M4697'], ['temporal arteritis', 'M316'],
  ['giant cell arteritis', 'M316'], ['diaphragmatic paralysis', 'J986'], ['paralysis of the diaphragm', 'J986'],
  ['decreased vision', 'H547'], ['decrease in vision', 'H547'], ['decrease of vision', 'H547'], ['reduced vision', 'H547'],
  ['diminished vision', 'H547'], ['vision loss', 'H547'],
  // 'Palsy, oculomotor (nerve) - see Strabismus, paralytic, third nerve' (H49.0-).
  ['oculomotor nerve palsy', 'H4900'], ['oculomotor palsy', 'H4900'], ['oculomotor nerve paralysis', 'H4900'],
  // 'Aneurysm, aorta, aortic (nonsyphilitic) I71.9; abdominal I71.4-; thorax, thoracic (arch) I71.2-', as charts write
  // the vessel rather than its adjective.
  ['aneurysm of the aorta', 'I719'], ['aorta aneurysm', 'I719'], ['aneurysm of the thoracic aorta', 'I7120'],
  ['thoracic aorta aneurysm', 'I7120'], ['aneurysm of the abdominal aorta', 'I7140'], ['abdominal aorta aneurysm', 'I7140'],
  ['aneurysm of the infrarenal abdominal aorta', 'I7143'], ['infrarenal abdominal aorta aneurysm', 'I7143'],
  // 'Pain, cervical - see Cervicalgia' (M54.2); 'Syndrome, inappropriate secretion of antidiuretic hormone E22.2';
  // 'Neuralgia, postherpetic NEC B02.29'.
  ['cervical pain', 'M542'], ['inappropriate secretion syndrome', 'E222'], ['inappropriate antidiuretic hormone secretion', 'E222'],
  ['postherpetic neuralgia', 'B0229'],
  // 'Syndrome, Fisher G61.0' (Miller Fisher, under Guillain-Barre); 'Syndrome, phantom limb (without pain) G54.7, with
  // pain G54.6'; 'Atrophy, muscle, muscular M62.50'; elevated bilirubin is the Index's 'Hyperbilirubinemia E80.7'.
  ['fisher syndrome', 'G610'], ['miller fisher syndrome', 'G610'], ['phantom limb pain', 'G546'], ['phantom limb syndrome', 'G547'],
  ['phantom pain', 'G546'], ['muscular atrophy', 'M6250'], ['elevated bilirubin', 'E807'], ['raised bilirubin', 'E807'],
  // 'Lumbago with sciatica M54.4-' (the side refined), as European notes write it; 'Paralysis, periodic (familial)
  // (hyperkalemic) (hypokalemic) G72.3'.
  ['lumbosciatic pain', 'M5440'], ['lumbosciatica', 'M5440'], ['lumbosciatalgia', 'M5440'], ['lumbago with sciatica', 'M5440'],
  ['periodic paralysis', 'G723'], ['hyperkalemic paralysis', 'G723'], ['hypokalemic paralysis', 'G723'],
  // A melanoma of the eye is the eye part's malignant neoplasm (the Table's 'choroid' C69.3-, 'ciliary body' and iris
  // C69.4-, 'conjunctiva' C69.0-, 'orbit' C69.6-), not the skin's C43.9; the side is refined.
  ['choroidal melanoma', 'C6930'], ['choroid melanoma', 'C6930'], ['melanoma of the choroid', 'C6930'], ['uveal melanoma', 'C6940'],
  ['ciliary body melanoma', 'C6940'], ['iris melanoma', 'C6940'], ['conjunctival melanoma', 'C6900'], ['orbital melanoma', 'C6960'],
  // 'Cardiomyopathy, hypertensive - see Hypertension, heart' (I11.9); 'Myelitis, transverse G37.3'; an inferior
  // (Spanish 'lower') infarction is the inferior wall's STEMI, as 'inferior acute myocardial infarction' above.
  ['hypertensive cardiomyopathy', 'I119'], ['transverse myelitis', 'G373'], ['inferior infarction', 'I2119'],
  ['lower infarction', 'I2119'],
  // 'Detachment, retina, serous (without retinal break) H33.2-' (the macula's is the retina's, the side refined);
  // 'Arnold-Chiari disease, obstruction or syndrome Q07.00'; 'Dandy-Walker syndrome Q03.1'; 'Arteriosclerosis,
  // arteriosclerotic (disease) I70.90'.
  ['serous macular detachment', 'H3320'], ['arnold chiari', 'Q0700'], ['arnold chiari syndrome', 'Q0700'],
  ['arnold chiari malformation', 'Q0700'], ['dandy walker', 'Q031'], ['dandy walker syndrome', 'Q031'],
  ['atherosclerotic disease', 'I7090'],
  // 'Hemorrhage, brain (miliary) (nontraumatic) - see Hemorrhage, intracranial, intracerebral' (I61.9), 'cerebral,
  // cerebrum' likewise; 'Hemorrhage, intracranial (nontraumatic) I62.9'; not the site-free R58.
  ['brain hemorrhage', 'I619'], ['hemorrhagic stroke', 'I619'],
  ['cerebral bleeding', 'I619'], ['intracranial hemorrhage', 'I629'], ['intracranial bleeding', 'I629'],
  // A traumatic one is the injury's ('Injury, intracranial, traumatic hemorrhage' S06.36-; consciousness status unknown).
  ['traumatic intracranial hemorrhage', 'S0636AA'], ['traumatic cerebral hemorrhage', 'S0636AA'],
  // 'Disease, heart, ischemic (chronic or with a stated duration of over 4 weeks) I25.9' (acute is I24.9 only when
  // said); 'Occlusion, intestine - see Obstruction, intestine'; 'Infection, respiratory (tract) NEC J98.8'; 'Pain,
  // bone - see Disorder, bone, specified type NEC' (M89.8X9).
  ['ischemic heart disease', 'I259'], ['ischemic cardiopathy', 'I259'], ['intestinal occlusion', 'K56609'],
  ['bowel occlusion', 'K56609'], ['respiratory infection', 'J988'], ['respiratory tract infection', 'J988'],
  ['bone pain', 'M898X9'],
  // 'Failure, renal, end stage (chronic) N18.6'; 'Lesion, lung J98.4'; 'Infection, herpesvirus B00.9'.
  ['end stage renal failure', 'N186'], ['end stage kidney failure', 'N186'], ['lung lesion', 'J984'],
  ['lung lesions', 'J984'], ['pulmonary lesion', 'J984'], ['pulmonary lesions', 'J984'], ['herpes virus infection', 'B009'],
  ['herpesvirus infection', 'B009'],
  // 'Herpes, herpesvirus ... simplex B00.9': the bare word is the simplex virus; zoster, genitalis, labialis have their own.
  ['herpes', 'B009'], ['herpetic lesion', 'B009'], ['herpes simplex', 'B009'], ['genital herpes', 'A6000'], ['herpes genitalis', 'A6000'], ['allergic rhinoconjunctivitis', 'J309'],
  // 'Arthritis, rheumatoid, seronegative M06.0-', seropositive (with rheumatoid factor) M05.9; 'Obesity, severe E66.01';
  // 'Bicornate or bicornis uterus Q51.3'.
  ['seronegative rheumatoid arthritis', 'M0600'], ['seropositive rheumatoid arthritis', 'M059'],
  // A primary disorder is its own code where the Index lists one ('Hyperparathyroidism, primary E21.0'); the concepts
  // read 'primary' as a placing word (primary osteoarthritis is the Index's default), so these are listed.
  ['primary hyperparathyroidism', 'E210'], ['primary amenorrhea', 'N910'], ['primary oligomenorrhea', 'N913'],
  ['primary dysmenorrhea', 'N944'], ['primary insomnia', 'F5101'], ['primary hypersomnia', 'F5111'],
  ['primary pulmonary hypertension', 'I270'], ['primary adrenal insufficiency', 'E271'],
  ['primary adrenocortical insufficiency', 'E271'],
  ['primary ovarian failure', 'E2839'], ['primary ovarian insufficiency', 'E2839'],
  ['primary spontaneous pneumothorax', 'J9311'], ['primary hyperoxaluria', 'E72539'],
  ['primary sclerosing cholangitis', 'K8301'], ['primary biliary cholangitis', 'K743'], ['primary biliary cirrhosis', 'K743'],
  // 'Galactorrhea O92.6, not associated with childbirth N64.3': the chapter 15 code only after a delivery.
  ['galactorrhea', 'N643'], ['postpartum galactorrhea', 'O926'], ['puerperal galactorrhea', 'O926'], ['extreme obesity', 'E6601'], ['bicornuate uterus', 'Q513'],
  // Pain by site, as the Index sends it: 'Pain, groin - see Pain, abdominal, lower' (R10.30); 'Pain, radicular
  // (spinal) - see Radiculopathy' (M54.10); 'Pain, penis N48.89'; 'Pain, spine, thoracic M54.6'; 'Pain, eye - see
  // Pain, ocular' (H57.1-, the side refined); 'Pain, ear - see subcategory H92.0' (otalgia).
  ['groin pain', 'R1030'], ['inguinal pain', 'R1030'], ['pain in the groin', 'R1030'], ['radicular pain', 'M5410'],
  ['penile pain', 'N4889'], ['glans pain', 'N4889'], ['thoracic spine pain', 'M546'], ['midthoracic pain', 'M546'],
  ['thoracic back pain', 'M546'], ['dorsal pain', 'M549'], ['eye pain', 'H5710'], ['ocular pain', 'H5710'],
  ['ear pain', 'H9209'], ['psoas abscess', 'K6812'],
  // 'Abscess, intra-abdominal K65.1'; 'Abscess, testis N45.4'; 'Abscess, scrotum N49.2'. An 'abdominal abscess' is the
  // cavity's ('Abscess, abdomen, cavity K65.1'); the wall's is named so ('wall L02.211').
  ['abdominal abscess', 'K651'], ['intra abdominal abscess', 'K651'], ['intraabdominal abscess', 'K651'], ['abdominal cavity abscess', 'K651'],
  ['testicular abscess', 'N454'], ['abscess of the testis', 'N454'], ['scrotal abscess', 'N492'],
  // 'Infarct, myocardium, transmural' is an ST elevation infarction (I21.3 when no wall is named).
  ['transmural infarction', 'I213'], ['transmural myocardial infarction', 'I213'], ['transmural infarct', 'I213'],
  // 'Retardation, mental - see Disability, intellectual' (F79; mild F70, moderate F71, severe F72, profound F73);
  // 'Deafness (acquired) (complete) (hereditary) (partial) H91.9-'.
  ['mental retardation', 'F79'], ['mild mental retardation', 'F70'], ['moderate mental retardation', 'F71'],
  ['severe mental retardation', 'F72'], ['profound mental retardation', 'F73'], ['intellectual disability', 'F79'],
  // 'Pallor R23.1' as examinations write it.
  ['pale skin', 'R231'], ['skin pallor', 'R231'], ['pale mucous membranes', 'R231'], ['mucosal pallor', 'R231'],
  ['deafness', 'H9190'], ['deep venous thrombosis', 'I82409'], ['pericardial effusion', 'I3139'],
  // Index main terms the titles do not use: 'Exanthem, exanthema (see also Rash) R21', 'Cryptorchid, cryptorchism,
  // cryptorchidism Q53.9', 'Priapism N48.30', 'Sialorrhea - see Ptyalism' (K11.7), 'Chemosis, conjunctiva - see Edema,
  // conjunctiva' (H11.42-), 'Hyperemesis R11.10', 'Hypoproteinemia E77.8', 'Gastropathy K31.9' ('portal
  // hypertensive K31.89'), 'Lymphocele I89.8', 'Condyloma A63.0', 'Polyp, nasal J33.9', 'Keratopathy H18.9',
  // 'Granuloma L92.9'.
  ['exanthema', 'R21'], ['exanthem', 'R21'], ['cryptorchidism', 'Q539'], ['bilateral cryptorchidism', 'Q5320'],
  ['left cryptorchidism', 'Q5310'], ['right cryptorchidism', 'Q5310'], ['unilateral cryptorchidism', 'Q5310'],
  ['priapism', 'N4830'], ['sialorrhea', 'K117'], ['chemosis', 'H11429'], ['conjunctival chemosis', 'H11429'],
  ['hyperemesis', 'R1110'], ['hypoproteinemia', 'E778'], ['gastropathy', 'K319'], ['portal hypertensive gastropathy', 'K3189'],
  ['gastropathy secondary to portal hypertension', 'K3189'], ['gastropathy due to portal hypertension', 'K3189'],
  ['lymphocele', 'I898'], ['condyloma', 'A630'], ['condylomas', 'A630'], ['nasal polyposis', 'J339'], ['keratopathy', 'H189'],
  ['granuloma', 'L929'],
  // 'Hyperhidrosis R61', 'Diaphoresis (excessive) R61', 'Sweating, excessive R61'; 'Swelling, testis N50.89', 'Swollen
  // - see Swelling' ('glands R59.9'); 'Tenderness, abdominal, periumbilic R10.815'. (Swelling alone is left unread:
  // translated notes write it for edema as often as for a localized swelling, R22.9.)
  ['hyperhidrosis', 'R61'], ['diaphoresis', 'R61'], ['profuse sweating', 'R61'],
  ['testicular swelling', 'N5089'], ['scrotal swelling', 'N5089'], ['swollen lymph nodes', 'R599'], ['swollen glands', 'R599'],
  // 'Hypoesthesia R20.1' (R20.0 is anesthesia of skin), 'Hyporeflexia R29.2', 'Tenesmus (rectal) R19.8', 'Dysmetria
  // R27.8'.
  ['hyporeflexia', 'R292'], ['tenesmus', 'R198'], ['dysmetria', 'R278'],
  // 'Hemorrhage, gingiva K06.8'.
  ['gingival bleeding', 'K068'], ['gingival hemorrhage', 'K068'],
  ['periumbilical tenderness', 'R10815'], ['distended abdomen', 'R140'], ['abdomen distension', 'R140'],
  // 'Injury, by site': the unspecified injury of a region whose title names it with its neighbours ('wrist, hand and
  // finger(s)', 'shoulder and upper arm') or by another word (thorax); the side is refined from the text.
  ['hand injury', 'S6990XA'], ['wrist injury', 'S6990XA'], ['finger injury', 'S6990XA'], ['arm injury', 'S4990XA'],
  ['shoulder injury', 'S4990XA'], ['leg injury', 'S8990XA'], ['chest injury', 'S299XXA'], ['thoracic injury', 'S299XXA'],
  // 'Injury, knee S89.9-' (the knee's chapter block is the lower leg's); 'Injury, genital organs, external S39.94'
  // (penis, scrotum, testis); 'Injury, pelvis S39.93'.
  ['knee injury', 'S8990XA'], ['penile injury', 'S3994XA'], ['testicular injury', 'S3994XA'], ['scrotal injury', 'S3994XA'],
  ['genital injury', 'S3994XA'], ['pelvic injury', 'S3993XA'],
  // 'Fracture, penis S39.840' (of its corpus cavernosum: no bone).
  ['penile fracture', 'S39840A'], ['fracture of the penis', 'S39840A'],
  ...URINARY_INDEX_DEFAULTS,
  ...INFECTION_INDEX,
  ...INJURY_INDEX,
  ...DIGESTIVE_INDEX,
  ...ENDOSCOPY_INDEX,
  ...CIRCULATORY_INDEX,
  ...CARDIOLOGY_INDEX,
  ...EYE_INDEX,
  ...NEOPLASM_INDEX,
  ...SKIN_INDEX,
  ...MUSCULOSKELETAL_INDEX,
  ...PROSTHETIC_JOINT_INDEX,
  ...DEVICE_COMPLICATION_INDEX,
  ...NEURO_MENTAL_INDEX,
  ...CONGENITAL_INDEX,
  ...OBSTETRIC_INDEX,
  ...RESPIRATORY_INDEX,
  ...EAR_INDEX,
  ...LYMPHOMA_INDEX,
  ...ENDOCRINE_BLOOD_INDEX,
  ...SOCIAL_INDEX,
  ...COUNSELING_INDEX,
  ...FETAL_ANOMALY_INDEX,
  ...FRACTURE_INDEX,
  ...NEURO_NAMED_INDEX,
  ...EPILEPSY_INDEX,
  ...STROKE_INDEX,
  ...ORGAN_WORDING_INDEX,
  ...SUBSTANCE_INDEX,
  ...MUSCLE_TENDON_INDEX,
  ...MASS_INDEX,
  ...PEDIATRIC_INDEX,
  ...OFFICE_ENCOUNTER_INDEX,
];
