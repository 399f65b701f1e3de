import { formatCode } from '../codeset/format';
import type { Prompt, RawCode } from '../types';

/**
 * Signs and symptoms that are routinely part of a disease (Guidelines I.B.5): cough and dyspnea of a pneumonia or a
 * COPD exacerbation, fever of an infection, abdominal pain of an appendicitis. Coded with it only when the provider
 * documents them as not routinely associated, so the coder is asked rather than the code dropped: whether the
 * symptom belongs to the disease is read from the whole record. Symptom code prefix -> disease code prefixes, from
 * the clinical presentations the Tabular List's own notes and the Guidelines' examples describe.
 */
const INTEGRAL_TO: readonly [symptom: RegExp, diseases: RegExp][] = [
  // Cough, dyspnea, wheezing, tachypnea, hemoptysis: respiratory infections, COPD, asthma, pulmonary edema and embolism,
  // heart failure.
  [/^R0(?:5|60|62|682)/, /^(?:J0[0-6]|J09|J1[0-8]|J2[0-2]|J4[0-7]|J8[01]|J96|I26|I50|A15)/],
  [/^R042/, /^(?:J1[2-8]|I26|A15|C34)/],
  // Rhinorrhea (Index: Rhinorrhea J34.89) of a cold, an upper respiratory infection, influenza or a bronchiolitis; the
  // ear pain (otalgia H92.0-) of an otitis.
  [/^J3489/, /^(?:J0[0-6]|J09|J1[01]|J2[01])/],
  [/^H920/, /^H6[0-7]/],
  // The hypoglycemia of an infant of a diabetic mother is the syndrome's (P70.0, P70.1: 'Newborn (with hypoglycemia)
  // affected by maternal diabetes').
  [/^P704/, /^P70[01]/],
  // The site of a pain documented as the cancer's: with G89.3 'it is not necessary to assign an additional code for the
  // site of the pain' (Guidelines I.C.6.b.5): the back, a joint, a limb, the abdomen, the chest, a pain NOS.
  [/^(?:M54|M255|M796|R10|R07|R52)/, /^G893$/],
  // Fever: infections and the inflammations of organs that bring it (a cholecystitis coded with its stones, K80.0-,
  // K80.1-, K80.4-, K80.6-, as much as K81).
  [/^R50[89]/, /^(?:A|B[0-8]|B9[0-4]|J0[0-6]|J09|J1[0-8]|J2[0-2]|N10|N30[01]|N390|K35|K57[0-9]2|K65|K81|K80[014-6]|K85|L0[0-8]|M86|G0[0-4]|I33|R652)/],
  // Abdominal pain, nausea and vomiting of acute abdominal disease, and of a diabetic ketoacidosis (E08.1-E13.1).
  [/^R10/, /^(?:K35|K37|K5[67]|K65|K8[0-1]|K85|K2[5-7]|N2[0-3]|N10|O00|E(?:0[89]|1[013])1)/],
  [/^R11/, /^(?:K35|K56|K85|K52|A0[0-9]|K2[5-9]|K80|K81|O21|E(?:0[89]|1[013])1)/],
  // Anorexia (loss of appetite) of an appendicitis or a pancreatitis, part of how each presents.
  [/^R630/, /^(?:K35|K85)/],
  // Diarrhea of enteritis and colitis.
  [/^R197/, /^(?:A0[0-9]|K5[0-2]|K58)/],
  // Chest pain of a myocardial infarction or angina, and the sweating that comes with the pain of an acute coronary
  // syndrome ('chest pressure radiating to the L arm with diaphoresis').
  [/^R07/, /^(?:I2[0-5])/],
  [/^R61/, /^(?:I2[0-4])/],
  // Syncope of a high-grade heart block or a sick sinus: the Stokes-Adams attack is the block's slow rhythm.
  [/^R55/, /^(?:I44[12]|I495)/],
  // Headache of a migraine, dizziness of a vertigo, dysuria and frequency of a urinary infection, hematuria of a stone.
  // Heartburn of a reflux disease or an esophagitis; joint pain of an arthritis (osteoarthritis, rheumatoid, gout,
  // infective): M25.5's Excludes notes send the pain of a named joint disorder elsewhere.
  [/^R12/, /^K2[01]/],
  // Palpitations of an atrial fibrillation or flutter, a supraventricular or ventricular tachycardia ('palpitations
  // x3d ... AF w/ RVR'): the racing heart the arrhythmia is. JVD, a heart failure's sign (R09.89, 'Other specified
  // symptoms and signs involving the circulatory and respiratory systems').
  [/^R002/, /^I4[78]/],
  [/^R0989/, /^I50/],
  // Slurred speech is the patient's word for the dysarthria the exam names ('slurred speech' in the HPI, 'dysarthria'
  // in the A/P of a stroke): one deficit, R47.1.
  [/^R4781/, /^R471/],
  [/^M255/, /^M(?:0[0-8]|1[0-9])/],
  // A gout or an arthritis of the ankle and foot presents as pain of the foot or toe (M79.67-, 'L great toe pain ... acute
  // gout flare, L 1st MTP'); an inflammatory arthritis (rheumatoid, gout) as the synovitis, swelling and redness of its
  // joints ('synovitis of R 2nd and 3rd MCPs' of a rheumatoid arthritis; a gouty toe 'warm, erythematous').
  [/^M7967/, /^M(?:0[0-8]|1[0-9])\w7/],
  [/^(?:M659|M2540|M2548|L539)/, /^M(?:0[5-8]|1[01])/],
  // Leg pain of a sciatica or a lumbar radiculopathy (M54.3-, M54.4-, M54.16-M54.17), and the numbness along the
  // nerve root (R20.0, R20.2) that makes it a radiculopathy.
  [/^M796/, /^M54(?:[34]|1[67])/],
  [/^R20[02]/, /^(?:M54(?:[34]|1[2-7])|M51[12])/],
  // The numbness, tingling and burning of the feet a polyneuropathy is (diabetic E08-E13.42, or G60-G63): 'bilateral foot
  // numbness and tingling ... diabetic peripheral neuropathy' is the neuropathy, not an anesthesia and a paresthesia of
  // the skin besides (R20.0, R20.2).
  [/^R20[0-38]/, /^(?:E(?:0[89]|1[013])4[0-2]|G6[0-3])/],
  // The pain, swelling, bruising and deformity of a fracture are how it presents ('L wrist pain ... dorsal angulation,
  // closed Colles fracture'; 'swelling and ecchymosis over the lateral malleolus'): M25.5-, M79.6- and R58 of an S-2.
  // So too of a sprain or a dislocation, the S-3 of each body region ('Pain and swelling lateral ankle ... Left ankle
  // sprain', S93.402A), whose pain and swelling are the injury's own; the joint pain code M25.5- is a disorder of the
  // joint, not an injury.
  [/^(?:M255|M796|M254|R58|R22|M2[01])/, /^S[0-9][23]\w{3}[ABC]$/],
  // The neck or back pain of a strain there ('neck pain ... Cervical strain', S16.1, S13.4; the low back's S39.012), and
  // the headache, dizziness and nausea of a concussion (S06.0-), which are how it presents.
  [/^M542/, /^S(?:161|134)/],
  [/^M545/, /^S3(?:9012|35)/],
  [/^(?:R42|R11|R51)/, /^S060/],
  // The effusion, the osteophytes and the varus or valgus of an osteoarthritic joint are its signs (M15-M19).
  [/^(?:M254|M257|M21[01])/, /^M1[5-9]/],
  // The low mood and the anhedonia of a depressive episode (F32-F33, bipolar depressed F31.3-F31.5).
  [/^R4584/, /^(?:F3[23]|F31[345])/],
  // The worry and the restlessness of a generalized (or other) anxiety disorder, which are its criteria.
  [/^R45(?:1|82)/, /^F41/],
  // The pain, the redness and the swelling of a skin abscess or a cellulitis (L02-L03) are how it presents.
  [/^(?:R52|L539|R22[2-4])/, /^L0[23]/],
  // The foot or leg pain of a limb's atherosclerosis (I70.2-I70.7: claudication, rest pain, ulcer, gangrene) and of a
  // diabetic peripheral angiopathy (E08-E13 .51, .52).
  [/^M796/, /^(?:I70[2-7]|E(?:0[89]|1[013])5[12])/],
  // The pelvic pain, dysmenorrhea and dyspareunia of endometriosis (N80).
  [/^(?:R102|N94(?:1|[4-6]))/, /^N80/],
  // The sweating and the tremor of an alcohol withdrawal (F10.-3-).
  [/^(?:R61|R251)/, /^F1\d[129]3/],
  [/^R51/, /^G4[34]/],
  [/^R42/, /^H81/],
  [/^R3(?:0|5)/, /^(?:N390|N30|N10|N41)/],
  [/^R31/, /^(?:N2[0-3])/],
  // Confusion, disorientation and altered mental status of an encephalopathy, a delirium or a dementia.
  [/^R41(?:0|82)/, /^(?:G934|G92|F05|F0[1-3]|G30)/],
  // Agitation and hallucinations of a dementia coded 'with agitation' or 'with psychotic disturbance' (F01-F03), whose
  // inclusion terms name them.
  [/^R451/, /^F0[1-3].11$/],
  [/^R44/, /^F0[1-3].2$/],
  // Swollen nodes of a lymphoma, edema of a heart failure or a nephrotic syndrome.
  [/^R59/, /^C8[1-8]/],
  [/^R60/, /^(?:I50|N04)/],
  // Pulmonary edema or congestion with heart failure is the failure's (J81's Excludes1 sends it to I50; Index: Edema,
  // lung, with heart disease or failure).
  [/^J81/, /^I50/],
  // The pleural effusion and the weight gained with the fluid a heart failure retains: the effusion is coded only where
  // it is evaluated or treated on its own (a thoracentesis), as the Guidelines' I.B.5 and I.B.6 leave it to the record.
  [/^J9[01]/, /^I50/],
  [/^R635/, /^I50/],
  // Hypotension of a shock (R57.-, septic shock R65.21) is the shock itself. Beside severe sepsis without shock it is
  // the sepsis's acute organ dysfunction, coded (Guidelines I.C.1.d.1.a.ii), so R65.20 is not among the hosts.
  [/^I95[89]/, /^(?:R6521|R57)/],
  // The hypotension of an adrenal crisis, the loss of cortisol and aldosterone the crisis is (E27.2 'Addisonian crisis').
  [/^I95[89]/, /^E272/],
  // Snoring of an obstructive sleep apnea: the obstruction the study measures is what the snoring is.
  [/^R0683/, /^G4733/],
  // Back pain of a vertebral fracture, traumatic (S22.0-, S32.0-) or of osteoporosis (M80.08-, M48.5- collapsed vertebra).
  [/^M54[569]/, /^(?:S220|S320|M80[08]8|M485|M84[456]8)/],
  // Dilatation upstream of an obstruction: the intestine's of an ileus or an intussusception (K59.89), the bile duct's
  // of a stone or a stricture (K83.8), the gallbladder's of a cholecystitis (K82.8).
  [/^K5989/, /^K56/],
  // Constipation and obstipation of an intestinal obstruction: no passage of stool or gas is what the obstruction is.
  [/^K590/, /^K56/],
  [/^K838/, /^(?:K80[3-7]|K831|C24|C25)/],
  [/^K828/, /^(?:K81|K80[014-6])/],
  // Hypercalcemia of a hyperparathyroidism, hypocalcemia of a hypoparathyroidism: the calcium is what the gland does
  // ('primary hyperparathyroidism with hypercalcemia' is E21.0; E83's Excludes1 sends parathyroid disorders to E20-E21).
  [/^E8352/, /^E21[0-3]/],
  [/^E8351/, /^E20/],
  // The loss of consciousness of an intracranial injury is its 6th character ('Contusion and laceration of left cerebrum
  // with loss of consciousness of 30 minutes or less' S06.321), not the unspecified coma the words alone give (R40.20).
  // Not the coma scale (R40.21-R40.24), which the Guidelines code beside the injury (I.C.18.e).
  [/^R4020$/, /^S06/],
  // The one-sided weakness of a stroke is its hemiparesis (G81.-, by side and dominance), not the general weakness
  // R53.1 the word alone reads; the somnolence after a seizure is its postictal state.
  [/^R531/, /^(?:I6[0-3]|G81)/],
  [/^R400/, /^(?:G40|R56)/],
  // The tremor and the dyskinesia of Parkinson's disease: its signs, and the dyskinesia its fourth character (G20.B-).
  [/^(?:R251|G249)/, /^G20/],
  // The drooping lid of a third nerve palsy: the oculomotor nerve lifts the lid, and its palsy presents with the ptosis
  // ('CN III palsy with ptosis', H49.0-), not a ptosis of the eyelid of its own (H02.4-).
  [/^H024/, /^H490/],
  // The urgency and frequency of a neurogenic bladder are how it presents.
  [/^(?:R3915|R350)/, /^N31/],
];

/**
 * The diseases' patterns a code is a symptom of, by code: ranking asks of every pair of a chart's codes, and most codes
 * are no listed symptom (an empty list).
 */
const diseasesBySymptom = new Map<RawCode, RegExp[]>();
function diseasesOf(symptom: RawCode): RegExp[] {
  let diseases = diseasesBySymptom.get(symptom);
  if (!diseases) {
    diseases = INTEGRAL_TO.filter(([s]) => s.test(symptom)).map(([, d]) => d);
    if (diseasesBySymptom.size > 10_000) diseasesBySymptom.clear();
    diseasesBySymptom.set(symptom, diseases);
  }
  return diseases;
}

/** Whether a symptom's code is routinely part of a disease's code (INTEGRAL_TO). */
export const isIntegralTo = (symptom: RawCode, disease: RawCode): boolean => diseasesOf(symptom).some((d) => d.test(disease));

/** The prompt for a symptom routinely part of a disease also suggested for the chart, if any. */
export function integralPrompt(code: RawCode, others: readonly RawCode[]): Prompt[] {
  const diseases = diseasesOf(code);
  if (diseases.length === 0) return [];
  const hosts = others.filter((other) => diseases.some((d) => d.test(other)));
  if (hosts.length === 0) return [];
  const named = hosts.slice(0, 3).map((h) => formatCode('icd10cm', h));
  return [
    {
      kind: 'integral',
      message: `${formatCode('icd10cm', code)} may be part of ${named.join(', ')}: a sign or symptom routinely associated with a disease is not coded in addition to it (Guidelines I.B.5); code it only if it is not part of that disease here (I.B.6)`,
      codes: hosts.slice(0, 3),
    },
  ];
}
