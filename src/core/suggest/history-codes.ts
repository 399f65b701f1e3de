import type { RawCode } from '../types';

/**
 * Conditions that last: documented in the history or the past medical history, they are still the patient's
 * conditions and are coded as current (hypertension, diabetes, COPD ...), unlike an acute illness that is over; so
 * are those a patient is born with or keeps for life (inborn errors of metabolism E70-E79, congenital malformations,
 * hereditary anemias and coagulation defects, muscular dystrophy, cerebral palsy, intellectual disability, lupus,
 * ankylosing spondylitis, psoriasis, glaucoma, pulmonary hypertension, cardiomyopathy, celiac disease, Addison's),
 * and those that do not go away by themselves: a hiatal hernia (K44), hearing loss (H90-H91), diverticulosis
 * (K57.10-K57.90 without diverticulitis), osteoporosis (M81), fibromyalgia, migraine, valve and rheumatic heart disease,
 * spondylosis, reflux disease, irritable bowel, constipation (K59.0-: a bowel habit, listed in a history beside the
 * ulcer that is over), myasthenia gravis, and hepatitis B or C not said to be acute (B19.1-, B19.2-: the Index's
 * chronic reading is the coder's query, the infection is still there); and what a US history lists as lasting:
 * esophageal varices, spinal stenosis (M48.0-, a degenerative narrowing), carpal tunnel syndrome (G56.0-, there until it
 * is released), lupus of the skin (L93), fatty liver, PCOS, essential tremor, gout, macular degeneration,
 * polyneuropathy, atherosclerosis, sarcoidosis, postprocedural hypothyroidism, venous insufficiency and varicose veins,
 * blindness, scoliosis, generalized anxiety, obsessive-compulsive disorder and PTSD.
 */
const CHRONIC = /^(K44|H9[01]|K57[1359]0|I1[0-6]|I1A|E0[89]|E1[0-3]|E78|E03|E66|J4[1-5]|J47|N18|I25|I48|I50|B18|B20|K7[04]|M0[5-6]|M1[5-9]|G20|G30|G35|G40|F0[1-3]|F1[0-689]|F2[0-9]|F3[0-3]|D5[67]|K50|K51|E84|N40|I73|G47|E05|E10|Z9[0-9]|E7[0-9]|Q|D5[58]|D6[678]|G1[0-2]|G71|G80|F7[0-9]|F84|M32|M45|L40|H40|I27|I42|K900|E271|M81|M797|G43|I0[5-9]|I3[4-7]|I51|M47|K21|K58|K590|G70|B19[12]|I85|M480|G560|L93|K760|E282|G250|M1A|M10|H353|G6[0-3]|I70|D86|E890|I872|I83|H54|M41|F411|F42|F431)/;

/**
 * Codes that themselves say "history of" or "status" (Z85-Z87, Z92, Z95-Z99, I25.2): a past tense confirms them. So
 * do the statuses a history lists as the patient's own: a drug taken long-term (Z79, 'a history of atrial
 * fibrillation on anticoagulant therapy'; long-term-use.ts still asks that the drug be told as continuing) and an
 * allergy (Z88, Z91.0, 'a history of allergy to penicillins').
 */
export function isHistoryCode(code: RawCode): boolean {
  return /^(Z79|Z8[5-8]|Z910|Z92|Z9[5-9]|I252)/.test(code);
}

export function isChronic(code: RawCode): boolean {
  return CHRONIC.test(code);
}

/**
 * Whether a history's words say the condition lasts: 'history of chronic prostatitis'; and 'valvular heart disease',
 * which the Index sends to I38 ('Disease, valve - see Endocarditis'), a valve disorder that stays, unlike an
 * endocarditis that is over (Z86.79).
 */
export function lastsAsWorded(code: RawCode, words: string): boolean {
  return /\bchronic\b/i.test(words) || (code === 'I38' && /\bvalv/i.test(words) && !/\bendocarditis\b/i.test(words));
}

/** Personal history (Z85-Z87, I25.2) for a condition that is over, by code prefix; first match wins. */
export const PERSONAL_HISTORY: [RegExp, RawCode][] = [
  // Malignant neoplasms by site (Z85), the lymphomas and leukemias last.
  [/^C0[12]/, 'Z85810'], [/^C0[0-9]|^C1[0-4]/, 'Z85818'], [/^C15/, 'Z8501'], [/^C16/, 'Z85028'], [/^C17/, 'Z85068'],
  [/^C18/, 'Z85038'], [/^C19|^C2[01]/, 'Z85048'], [/^C22/, 'Z8505'], [/^C25/, 'Z8507'], [/^C32/, 'Z8521'],
  [/^C34/, 'Z85118'], [/^C4[01]/, 'Z85830'], [/^C43/, 'Z85820'], [/^C44/, 'Z85828'], [/^C4[5-9]/, 'Z85831'],
  [/^C50/, 'Z853'], [/^C53/, 'Z8541'], [/^C5[45]/, 'Z8542'], [/^C56/, 'Z8543'], [/^C61/, 'Z8546'], [/^C62/, 'Z8547'],
  [/^C64/, 'Z85528'], [/^C65/, 'Z8553'], [/^C66/, 'Z8554'], [/^C67/, 'Z8551'], [/^C71/, 'Z85841'], [/^C73/, 'Z85850'],
  [/^C7[45]/, 'Z85858'], [/^C81/, 'Z8571'], [/^C8[2-8]|^C96/, 'Z8572'], [/^C9[1-5]/, 'Z856'], [/^C90/, 'Z8579'], [/^C/, 'Z859'], [/^D0/, 'Z86008'],
  // 'History, personal, polyps, colon Z86.010-': an adenoma (D12) is the adenomatous polyp, a polyp of the colon (K63.5)
  // unspecified.
  [/^D12/, 'Z860101'], [/^K635/, 'Z860100'],
  [/^I2[12]/, 'I252'], [/^I6[34]|^G45/, 'Z8673'], [/^I26/, 'Z86711'], [/^I82/, 'Z86718'],
  // Inflammations of the heart that are over: 'other diseases of the circulatory system'.
  [/^I3[0-3]|^I40/, 'Z8679'],
  [/^J1[2-8]/, 'Z8701'], [/^N390|^N10|^N30[01]/, 'Z87440'], [/^N2[0-3]/, 'Z87442'], [/^K2[5-8]/, 'Z8711'],
  // Acute appendicitis and pancreatitis that are over: 'other diseases of the digestive system'.
  [/^K3[5-7]|^K85/, 'Z8719'], [/^L0[0-8]/, 'Z872'],
  // A past suicide attempt ('Two prior suicide attempts by overdose'), or a self-harm poisoning that is over (6th
  // character 2): 'History, personal, suicidal behavior Z91.51'.
  [/^T1491|^T(?:3[6-9]|[45]\d|6[0-5])\w{2}2/, 'Z9151'],
  [/^S06/, 'Z87820'], [/^S[0-9]2/, 'Z8781'], [/^A15|^A1[6-9]/, 'Z8611'], [/^U071/, 'Z8616'],
  // 'History, personal, methicillin resistant Staphylococcus aureus (MRSA) Z86.14'.
  [/^A(?:41|49)02/, 'Z8614'], [/^[AB]/, 'Z8619'],
  // Tobacco in the past: 'history of smoking', 'quit smoking years ago' (Index: History, personal, nicotine dependence).
  [/^F17/, 'Z87891'], [/^O244/, 'Z8632'],
  // A complication of an earlier pregnancy; a normal delivery (O80) was none.
  [/^O(?!80)/, 'Z8759'], [/^R296|^W19/, 'Z9181'],
  // 'History, personal, disease or disorder (of), digestive system Z87.19': a bleed or an obstruction that is over.
  [/^K/, 'Z8719'],
];

/** Family history (Z80-Z84) of a condition a relative has, by code prefix; first match wins. */
export const FAMILY_HISTORY: [RegExp, RawCode][] = [
  [/^C1[5-9]|^C2[0-6]/, 'Z800'], [/^C3[0-9]/, 'Z801'], [/^C50/, 'Z803'], [/^C5[1-8]/, 'Z8049'], [/^C61/, 'Z8042'],
  [/^C6[4-5]/, 'Z8051'], [/^C67/, 'Z8052'], [/^C9[1-5]/, 'Z806'], [/^C8[1-8]|^C96/, 'Z807'], [/^C/, 'Z809'],
  [/^I2[0-5]|^I1[0-6]|^I[3-5]/, 'Z8249'], [/^I6/, 'Z823'], [/^E1[0-3]/, 'Z833'], [/^E78/, 'Z8342'],
  [/^J4[0-7]/, 'Z825'], [/^N18|^N0|^N2/, 'Z8419'], [/^F10/, 'Z811'], [/^F1[1-9]/, 'Z813'], [/^F/, 'Z818'],
  [/^G40/, 'Z820'], [/^G/, 'Z820'], [/^Q/, 'Z8279'], [/^D5[5-9]|^D6/, 'Z832'], [/^M/, 'Z8269'],
];

function lookup(table: [RegExp, RawCode][], code: RawCode): RawCode | undefined {
  return table.find(([pattern]) => pattern.test(code))?.[1];
}

/** The personal history code for a past condition, or undefined where the classification has none for it. */
export function personalHistoryCode(code: RawCode): RawCode | undefined {
  return lookup(PERSONAL_HISTORY, code);
}

/** The family history code for a relative's condition, or undefined where none fits. */
export function familyHistoryCode(code: RawCode): RawCode | undefined {
  return lookup(FAMILY_HISTORY, code);
}
