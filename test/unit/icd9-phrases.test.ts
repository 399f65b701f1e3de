import { describe, expect, it } from 'vitest';
import { icd10Wording } from '../../src/core/search/icd9-phrases';
import { codesOf, realEngine } from './engine-fixture';

describe('icd10Wording: ICD-9 conventions in ICD-10-CM words', () => {
  it.each([
    // musculoskeletal site fifth digits of joint conditions: the joint of the region
    ['Effusion of joint, upper arm', 'Effusion of joint elbow'],
    ['Pain in joint-forearm', 'Pain in joint wrist'],
    ['Contracture of joint, pelvic region and thigh', 'Contracture of joint hip'],
    ['Viral arthritis-l/leg', 'Viral arthritis knee'],
    ['Bact arthritis-shlder', 'Bact arthritis shoulder'],
    ['Arthropathy, unspecified, site unspecified', 'Arthropathy, unspecified unspecified site'],
    ['Pyogenic arthritis, ankle and foot', 'Pyogenic arthritis ankle and foot'],
    ['Inf arthritis NOS-mult', 'Inf arthritis NOS multiple sites'],
    ['Crystal arthropathy, other specified sites', 'Crystal arthropathy other site vertebrae'],
    // bones keep their region: ICD-10-CM names it too
    ['Osteomyelitis, lower leg', 'Osteomyelitis, lower leg'],
    // episode of care of obstetric codes
    ['Anemia of mother, unspecified as to episode of care or not applicable', 'Anemia complicating pregnancy pregnancy'],
    ['Obesity complicating pregnancy, antepartum condition or complication', 'Obesity complicating pregnancy pregnancy'],
    ['Placenta previa, delivered, with or without mention of antepartum condition', 'Placenta previa childbirth'],
    ['Obesity in the mother, delivered, with mention of postpartum complication', 'Obesity complicating pregnancy puerperium'],
    ['Thyroid dysfunction of mother, postpartum condition or complication', 'Thyroid dysfunction complicating pregnancy puerperium'],
    ['Anemia in preg-antepart', 'Anemia in preg pregnancy'],
    ['Breast abscess-del w p/p', 'Breast abscess puerperium'],
    // a later episode given, the every-episode phrase keeps only the chapter's word
    ['Obesity complicating pregnancy, childbirth, or the puerperium, delivered, with mention of postpartum complication', 'Obesity complicating pregnancy puerperium'],
    ['Obesity complicating pregnancy, childbirth, or the puerperium, antepartum condition or complication', 'Obesity complicating pregnancy, childbirth, or the puerperium pregnancy'],
    ['Obesity in preg-deliv', 'Obesity in preg childbirth'],
    // statuses, rehabilitation and births (V codes)
    ['Care involving other physical therapy', 'encounter for other specified aftercare'],
    ['Convalescence following radiotherapy', 'encounter for other specified aftercare'],
    // a cervical vertebra's dislocation is of the joint above it
    ['Closed dislocation, second cervical vertebra', 'dislocation, C1/C2 cervical vertebrae'],
    ['Disloc 6th cerv vert-cl', 'Disloc C5/C6 cervical vertebrae'],
    ['Closed fracture of sixth cervical vertebra', 'Closed fracture of sixth cervical vertebra'],
    // water transport: the watercraft and what happened on board, not the person
    ['Fall on stairs or ladders in water transport injuring unspecified person', 'fall on board watercraft unspecified watercraft'],
    ['Machinery accident in water transport injuring occupant of small boat, powered', 'Machinery accident on board watercraft other powered watercraft'],
    ['Bladder replaced by other means', 'presence of artificial Bladder implant'],
    ['Ankle joint replacement', 'presence of Ankle artificial joint orthopedic joint implant'],
    ['Aftercare following joint replacement', 'Aftercare following joint replacement'],
    ['Twin birth, mate liveborn, born in hospital, delivered without mention of cesarean section', 'Twin birth, mate liveborn, delivered vaginally'],
    // renamed and reworded conditions
    ['Pseudomonas infection in conditions classified elsewhere and of unspecified site', 'Pseudomonas as the cause of diseases classified elsewhere'],
    ['Other symptoms referable to joint, forearm', 'other symptoms and signs involving the musculoskeletal system'],
    ['Closed fractures involving skull or face with other bones, with no loss of consciousness', 'Closed unspecified fracture of skull'],
    ['Nonallopathic lesions, cervical region', 'segmental and somatic dysfunction, cervical region'],
    ['Other malignant lymphomas, intrathoracic lymph nodes', 'Other non-Hodgkin lymphoma, intrathoracic lymph nodes'],
    ['Unspecified noninfectious disorder of lymphatic channels', 'Unspecified noninfective disorder of lymphatic vessels'],
    ['Nontraumatic rupture of achilles tendon', 'spontaneous rupture of achilles tendon'],
    ['Climacteric arthritis, lower leg', 'other specified arthritis knee'],
    ['Chondrocalcinosis, due to dicalcium phosphate crystals, hand', 'other specified crystal arthropathies, hand'],
    ['Other psoriasis and similar disorders', 'Other papulosquamous disorders'],
    ['Aftercare for healing traumatic fracture of upper arm', 'traumatic fracture of upper arm subsequent encounter for fracture with routine healing'],
    // how a tuberculosis was confirmed is not classified
    ['Tuberculosis of kidney, tubercle bacilli found (in sputum) by microscopy', 'Tuberculosis of kidney'],
    ['Tuberculosis of bladder, bacteriological or histological examination not done', 'Tuberculosis of bladder'],
    ['TB of kidney-cult dx', 'TB of kidney'],
    ['TB of kidney-no exam', 'TB of kidney'],
    ['TB meningitis-unspec', 'TB meningitis'],
    ['Tuberculous meningitis, unspecified', 'Tuberculous meningitis'],
    // induced abortions, whatever their legality or completeness, follow termination of pregnancy
    ['Leg ab w metab dis-inc', 'induced termination of pregnancy w metab dis'],
    ['Illeg abort w shock-unsp', 'induced termination of pregnancy w shock'],
    ['Legally induced abortion, complicated by renal failure, complete', 'induced termination of pregnancy, complicated by renal failure'],
    ['Ab NOS w embolism-inc', 'induced termination of pregnancy w embolism'],
    ['Ab NOS uncomplicat-unsp', 'encounter for elective termination of pregnancy'],
    ['Unspecified abortion, without mention of complication, incomplete', 'encounter for elective termination of pregnancy'],
    ['Spon abort w embol-inc', 'Spon abort w embol incomplete'],
    ['Spon abort w shock-unsp', 'Spon abort w shock complete or unspecified'],
    ['Alcohol ab NOS', 'Alcohol ab NOS'],
    // localized osteoarthrosis: the joint, primary or secondary
    ['Loc 2nd osteoarth-shlder', 'secondary osteoarthritis shoulder'],
    ['Loc prim osteoart-l/leg', 'primary osteoarthritis knee'],
    ['Osteoarthrosis, localized, not specified whether primary or secondary, site unspecified', 'osteoarthritis unspecified unspecified site'],
    // lymph node regions of lymphomas
    ['Hodgkins dis NOS axilla', 'Hodgkins dis NOS lymph nodes of axilla and upper limb'],
    ['Lymphosarcoma thorax', 'Lymphosarcoma intrathoracic lymph nodes'],
    ['Sezary disease inguin', 'Sezary disease lymph nodes of inguinal region and lower limb'],
    ['Burkitts tumor abdom', 'Burkitts tumor intra-abdominal lymph nodes'],
    // course of dependence, open wounds
    ['Cocaine dependence, continuous', 'Cocaine dependence'],
    ['Opioid depend-episod', 'Opioid depend'],
    ['Alcohol dependence, in remission', 'Alcohol dependence, in remission'],
    // a history of an allergy is an allergy status
    ['Hx-seafood allergy', 'seafood allergy status'],
    ['Personal history of allergy to unspecified medicinal agent', 'allergy status to unspecified medicinal agent'],
    // the course of a schizophrenia is not classified
    ['Paran schizo-chr/exacerb', 'Paran schizo'],
    ['Disorganized type schizophrenia, subchronic with acute exacerbation', 'Disorganized type schizophrenia'],
    ['Paranoid type schizophrenia, in remission', 'Paranoid type schizophrenia'],
    // affective disorders: the current episode, psychotic features
    ['Bipolar I disorder, most recent episode (or current) depressed, severe, specified as with psychotic behavior', 'Bipolar I disorder, current episode depressed, severe with psychotic features'],
    ['Bipol I currnt dep w psy', 'Bipol I current episode depressed with psychotic features'],
    ['Opioid/other dep-remiss', 'Opioid/other dep-remiss'],
    // drugs' mental disorders: other psychoactive substance; 'use' unless abuse or dependence is said
    ['Drug withdrawal', 'other psychoactive substance use withdrawal'],
    ['Drug-induced mood disorder', 'other psychoactive substance use psychoactive substance-induced mood disorder'],
    ['Combinations of drug dependence excluding opioid type drug, in remission', 'other psychoactive substance dependence, in remission'],
    ['Drug depend NEC-episodic', 'other psychoactive substance depend NEC'],
    ['Other drug-induced pancytopenia', 'Other drug-induced pancytopenia'],
    ['Open wound of scalp, complicated', 'Open wound of scalp laceration with foreign body'],
    ['Open wound of scalp, without mention of complication', 'Open wound of scalp unspecified open wound'],
    // fractures: the brain or cord injury and the consciousness are coded apart in ICD-10-CM
    ['Closed fracture of base of skull without mention of intracranial injury, with brief [less than one hour] loss of consciousness', 'Closed fracture of base of skull'],
    ['Open fracture of lumbar vertebra without mention of spinal cord injury', 'Open fracture of lumbar vertebra'],
    ['Open fracture of vault of skull with cerebral laceration and contusion, unspecified state of consciousness', 'Open fracture of vault of skull with cerebral laceration and contusion'],
    ['Cl skull vlt fx-mod coma', 'Cl skull vlt fx'],
    // manifestations 'in other diseases'
    ['Ac pericardit in oth dis', 'Ac pericardit in diseases classified elsewhere'],
    ['Hepatitis in oth inf dis', 'Hepatitis in diseases classified elsewhere'],
    ['Other diseases of vocal cords', 'Other diseases of vocal cords'],
    // migraine short titles
    ['Ch mgr wo ara wo nt w st', 'chronic migraine without aura not intractable with status migrainosus'],
    ['Mgrn unsp w ntrc mgr std', 'migraine unsp intractable '],
    // open wounds into a cavity and a dislocation's closed or open are not classified
    ['Injury to kidney without mention of open wound into cavity, laceration', 'Injury to kidney, laceration'],
    ['Subarachnoid hemorrhage following injury with open intracranial wound, unspecified state of consciousness', 'Subarachnoid hemorrhage following injury, unspecified state of consciousness'],
    ['Closed posterior dislocation of elbow', 'posterior dislocation of elbow'],
    ['Open wound of scalp, complicated', 'Open wound of scalp laceration with foreign body'],
    ['Cortex (cerebral) contusion without mention of open intracranial wound, with no loss of consciousness', 'cerebrum contusion without loss of consciousness'],
    // open or closed: the 7th character of a fracture, nothing for a dislocation
    ['Fx astragalus-open', 'Fx astragalus open fracture'],
    ['Fx radius w ulna NOS-cl', 'Fx radius w ulna NOS closed fracture'],
    ['Disloc metacarpal-closed', 'Disloc metacarpal'],
    ['Opn skul vlt fx w/o coma', 'Opn skul vlt fx'],
    ['Cl skl vlt fx-concus NOS', 'Cl skl vlt fx'],
    // intracranial injuries: the loss of consciousness in ICD-10-CM words
    ['Cortex contusion-no coma', 'Cortex contusion without loss of consciousness'],
    ['Extradural hem w/o coma', 'Extradural hem without loss of consciousness'],
    ['Cortex lacerat-mod coma', 'Cortex lacerat with loss of consciousness of 1 hour to 5 hours 59 minutes'],
    ['Cortex contus-deep coma', 'Cortex contus with loss of consciousness greater than 24 hours without return'],
    ['Subdural hemorr-coma NOS', 'Subdural hemorr with loss of consciousness of unspecified duration'],
    ['Hypoglycemic coma', 'Hypoglycemic coma'],
    // one code for every immunization
    ['Need for prophylactic vaccination and inoculation against diphtheria-tetanus-pertussis, combined [DTP] [DTaP]', 'encounter for immunization'],
    ['Need for influenza vaccination', 'encounter for immunization'],
    ['Vaccin for influenza', 'encounter for immunization'],
    ['Need prphyl vc measles', 'encounter for immunization'],
    ['Diphtheria toxoid inoculat', 'encounter for immunization'],
    ['Diphtheria', 'Diphtheria'],
    // transport accidents in the words of the V codes
    ['Motor vehicle traffic accident involving collision with train injuring driver of motor vehicle other than motorcycle', 'traffic accident involving collision with railway train injuring car driver'],
    ['Other motor vehicle traffic accident involving collision with motor vehicle injuring passenger in motor vehicle other than motorcycle', 'Other traffic accident involving collision with motor vehicle injuring car passenger'],
    ['Nontraffic accident involving motor-driven snow vehicle injuring pedestrian', 'Nontraffic accident involving snowmobile injuring pedestrian'],
    ['Other noncollision motor vehicle traffic accident injuring motorcyclist', 'Other noncollision traffic accident injuring motorcycle driver'],
    ['Other noncollision motor vehicle traffic accident injuring rider of animal; occupant of animal-drawn vehicle', 'Other noncollision traffic accident injuring animal-rider'],
    ['Motor vehicle traffic accident due to loss of control, without collision on the highway, injuring passenger on motorcycle', 'traffic accident noncollision transport accident, injuring motorcycle passenger'],
    // phrasing and renamed terms
    ['Chronic myeloid leukemia, without mention of having achieved remission', 'Chronic myeloid leukemia, not having achieved remission'],
    ['Ch lym leuk wo achv rmsn', 'Ch lym leuk not having achieved remission'],
    ['Act lym leuk w rmsion', 'Act lym leuk in remission'],
    ['Migraine with aura, without mention of intractable migraine', 'Migraine with aura, not intractable'],
    ['Carotid stenosis without mention of cerebral infarction', 'Carotid stenosis without cerebral infarction'],
    ['Diabetes mellitus without mention of complication, type II or unspecified type, not stated as uncontrolled', 'Diabetes mellitus without complication, type 2'],
    ['Diabetes with ketoacidosis, type II or unspecified type, uncontrolled', 'Diabetes with ketoacidosis, type 2 with hyperglycemia'],
    ['Diabetes with renal manifestations, type I [juvenile type], not stated as uncontrolled', 'Diabetes with renal manifestations, type 1'],
    ['Salmonella septicemia', 'Salmonella sepsis'],
    ['Osteoarthrosis, generalized', 'osteoarthritis, generalized'],
    ['Nodular lymphoma, spleen', 'follicular lymphoma, spleen'],
    ['Mild mental retardation', 'Mild intellectual disabilities'],
    ['Arteriosclerotic heart disease', 'atherosclerotic heart disease'],
    ['Decubitus ulcer, heel', 'pressure ulcer, heel'],
    ['Late effects of cerebrovascular disease', 'sequelae of cerebrovascular disease'],
    ['Psychostimulant dependence', 'stimulant dependence'],
    ['Other specified venereal diseases', 'Other specified sexually transmitted disease'],
    ['Venereal dis contact', 'sexually transmitted disease contact'],
    ['Reticulosarcoma, spleen', 'diffuse large B-cell lymphoma, spleen'],
    ['Chronic lymphoid leukemia, without mention of having achieved remission', 'chronic lymphocytic leukemia, not having achieved remission'],
    ['Acute lymphoid leukemia, in remission', 'acute lymphoblastic leukemia, in remission'],
    ['Kyphosis due to radiation', 'postradiation Kyphosis'],
    ['Radiation kyphosis', 'postradiation kyphosis'],
    ['Reticulosarcoma thorax', 'diffuse large B-cell lymphoma intrathoracic lymph nodes'],
    // short titles of road accidents: the motor vehicle of its driver or passenger is a car; the person at the end
    ['Mv-train coll-driver', 'car collision with railway train coll-driver'],
    ['Loss control mv acc-psgr', 'Loss control car motor vehicle acc passenger'],
    ['Mv coll w pedes-pers NOS', 'car motor vehicle coll w pedes unspecified occupant'],
    ['Snow veh acc-pasngr', 'snowmobile acc passenger'],
    ['Mv collision NOS-st car', 'Mv collision NOS streetcar occupant'],
    ['Mv traff acc-anim rider', 'Mv traff acc animal-rider'],
    ['Mv coll w obj-mcycl psgr', 'Mv coll w obj motorcycle passenger'],
    ['Mv traff acc NEC-mocycl', 'Mv traff acc NEC motorcycle driver'],
    ['Mv coll w ped-ped cycl', 'Mv coll w ped pedal cyclist'],
  ])('%s -> %s', (icd9, icd10) => {
    expect(icd10Wording(icd9)).toBe(icd10);
  });

  it('leaves words a coder types today unchanged', () => {
    for (const q of ['copd exac', 'fracture left radius distal', 'acute mi', 'type 2 diabetes with hyperglycemia', 'open wound of forearm', 'knee pain']) {
      expect(icd10Wording(q)).toBe(q);
    }
  });
});

describe('search with ICD-9 titles', () => {
  it.each([
    ['Effusion of joint, upper arm', 'M25429'],
    ['Pain in joint-forearm', 'M25539'],
    ['Hodgkins dis NOS axilla', 'C8194'],
    ['Staphylococcal septicemia', 'A412'],
    ['Obesity in the mother, delivered, with mention of postpartum complication', 'O99215'],
    ['Diabetes mellitus of mother, complicating pregnancy, childbirth, or the puerperium, postpartum condition or complication', 'O2493'],
    ['Tuberculosis of kidney, tubercle bacilli found (in sputum) by microscopy', 'A1811'],
    ['Cocaine dependence, continuous', 'F1420'],
    ['Open wound of scalp, complicated', 'S0102XA'],
    ['Osteoarthrosis, localized, primary, lower leg', 'M1710'],
    ['Mental retardation, unspecified', 'F79'],
    ['Open fracture of lumbar vertebra without mention of spinal cord injury', 'S32009B'],
    ['Subdural hemorr-coma NOS', 'S065X9A'],
    ['Need for prophylactic vaccination and inoculation against measles alone', 'Z23'],
    ['Motor vehicle traffic accident involving collision with train injuring passenger in motor vehicle other than motorcycle', 'V456XXA'],
    ['Mv-train coll-pasngr', 'V456XXA'],
    ['Reticulosarcoma spleen', 'C8337'],
    ['TB meningitis-cult dx', 'A170'],
    ['Illeg ab w pelv inf-comp', 'O045'],
    ['Legally induced abortion, complicated by shock, complete', 'O0481'],
    ['Ab NOS uncomplicat-inc', 'Z332'],
    ['Spon abort w embol-inc', 'O032'],
    ['Loc 2nd osteoarth-shlder', 'M19219'],
    ['Fx astragalus-open', 'S92109B'],
    ['Hx-tracheal malignancy', 'Z8512'],
    ['Hmplg mgrn w ntrc w st', 'G43411'],
    ['Ac pericardit in oth dis', 'I32'],
    ['Drug withdrawal', 'F19939'],
    ['Schizo resid subchr/exac', 'F205'],
    ['Bipol I currnt dep w psy', 'F315'],
    ['Malaria in preg-unspec', 'O98619'],
    ['Hx-seafood allergy', 'Z91013'],
    ['Pneumonia due to adenovirus', 'J120'],
    ['Anomalies of adrenal gland', 'Q891'],
    ['Vascular anomalies of eyelid', 'H02879'],
    ['Major depressive affective disorder, recurrent episode, severe, without mention of psychotic behavior', 'F332'],
    ['Unspecified drug dependence, continuous', 'F1920'],
    ['Cortex (cerebral) laceration without mention of open intracranial wound, with moderate [1-24 hours] loss of consciousness', 'S06333A'],
    ['Injury to kidney without mention of open wound into cavity, laceration', 'S37039A'],
    ['Aut neuropthy in oth dis', 'G990'],
    ['Mgr NOS wo ntrc w st mgr', 'G43901'],
    ['Limb replaced by other means', 'Z9710'],
    ['Ankle joint replacement', 'Z96669'],
    ['Other multiple birth (three or more), unspecified whether mates liveborn or stillborn, born in hospital, delivered without mention of cesarean section', 'Z3868'],
    ['Hemophilus influenzae [H. influenzae] infection in conditions classified elsewhere and of unspecified site', 'B963'],
    ['Other symptoms referable to joint, hand', 'R29898'],
    ['Open fractures involving skull or face with other bones, unspecified state of consciousness', 'S0291XB'],
    ['Nonallopathic lesions, lumbar region', 'M9903'],
    ['Other malignant lymphomas, lymph nodes of multiple sites', 'C8588'],
    ['Other noninfectious disorders of lymphatic channels', 'I898'],
    ['Chondrocalcinosis, due to pyrophosphate crystals, lower leg', 'M11869'],
    ['Climacteric arthritis, multiple sites', 'M1389'],
    ['Other psoriasis and similar disorders', 'L448'],
    ['Care involving orthoptic training', 'Z5189'],
    ['Open dislocation, first cervical vertebra', 'S13111A'],
    ['Other and unspecified fall in water transport injuring dockers, stevedores', 'V9339XA'],
    ['Machinery accident in water transport injuring water skier', 'V9369XA'],
    ['Explosion, fire, or burning in watercraft injuring other specified person', 'V9309XA'],
    // an infection by an organism is the disease named for it (word-query's diseasesOf)
    ['Helminth infection, unspecified', 'B839'],
    ['Infection by Histoplasma capsulatum, without mention of manifestation', 'B394'],
    // ICD-9 words read as ICD-10-CM's in the synonym reading (TITLE_SYNONYMS)
    ['Encounter for radiotherapy', 'Z510'],
    ['Deliver-single liveborn', 'Z370'],
    // disease as the title's disorder
    ['Unspecified disease of respiratory system', 'J989'],
    ['Joint dis NOS-hand', 'M259'],
  ])('%s finds %s in the first 3', async (query, code) => {
    const engine = await realEngine();
    expect(codesOf(engine.search(query, { set: 'icd10cm', limit: 3 }).hits)).toContain(code);
  });
});
