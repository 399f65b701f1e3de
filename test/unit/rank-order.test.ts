import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
/** The ICD-10-CM codes suggested for a chart, in their order. */
const ordered = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10cm'));
/** The same for a case report given as its lines. */
const orderedLines = (lines: string[]) => ordered(lines.join('\n'));

describe('the order of diagnosis suggestions', () => {
  it('lists a code named outright before one whose side was read from other words (each detail past the subcategory is a reading)', async () => {
    // From the dev charts: hematuria is said as a term; the flank pain's side is read from 'left'.
    const codes = await ordered('An 80-year-old man presented with hematuria and pain in the left flank. Puerpercussion in left renal fossa was positive.');
    expect(codes.slice(0, 2)).toEqual(['R319', 'R10A2']);
  });
  it('lists a reading pieced together over a long span after the terms said outright in the same sentence', async () => {
    // From the dev charts: 'elevated blood calcium, bilirubin' pieced into a disorder of bilirubin metabolism.
    const codes = await ordered(
      'He had lost 15 kg in 18 months and manifested anorexia, constipation, left thigh pain and elevated blood calcium, bilirubin and acid and alkaline phosphatase.',
    );
    expect(codes.indexOf('M79652')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('M79652')).toBeLessThan(codes.indexOf('E807'));
  });
  it('raises the condition the patient was admitted for above the history told before it', async () => {
    const codes = await ordered(
      'A 70-year-old woman with a personal history of hypertension and dyslipidemia. She was admitted for an episode of acute cholecystitis. Physical examination showed pain in the right hypochondrium. Ultrasound showed a thickened gallbladder wall.',
    );
    expect(codes[0]).toBe('K810');
  });
  it('does not let a title matched in many words outrank the condition of the stay said first', async () => {
    // 'urinary tract infection due to Escherichia coli' sums the weight of five rare words; it is no surer for that.
    const codes = await ordered('A 55-year-old woman was treated for an acute pancreatitis. During the stay she also had a urinary tract infection due to Escherichia coli.');
    expect(codes.slice(0, 2)).toEqual(['K8590', 'N390']);
  });
  it('raises what a case report establishes in its closing sentences above a reading met on the way', async () => {
    // From the dev charts: the acute pericarditis told in the second-last sentence, the hematoma read as an injury early on.
    const codes = await orderedLines([
      'This is a 40-year-old male who suffered a crash.',
      'On admission, HTWCT showed a pseudoaneurysm of the thoracic aorta at the exit of the left subclavian artery with a periaortic hematoma extended to the posterior mediastinum.',
      'The patient was admitted to the ICU spontaneous breathing with systolic blood pressure (SBP) below 120 mmHg.',
      'Conservative treatment of associated lesions was performed.',
      'Ten hours after admission to the ICU, an endoprosthesis was placed in the descending thoracic aorta via the left femoral artery, with partial occlusion of the left subclavian artery.',
      'The patient was discharged 48 hours later.',
      'Follow-up with TACHT at 7 days, 1 month and 45 days.',
      '1.',
      'Two months after the accident, she developed acute pericarditis and absence of left radial pulse without clinical repercussions.',
      'HTWCT showed a correct location of the stent.',
    ]);
    expect(codes.indexOf('I309')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('I309')).toBeLessThan(codes.indexOf('T148XXA'));
  });
  it('lists the symptoms a chart names again and again above a finding in rarer words named once', async () => {
    // From the dev charts: the rare words of 'bilateral convergent strabismus' tell its code, not a surer reading.
    const codes = await orderedLines([
      'A four-month-old boy was admitted due to vomiting, diarrhea and severe height-related delay.',
      'The patient presented with hypotonia, bilateral convergent strabismus, and psychosis.',
      'Healthy non-consanguineous bitches, normal pregnancy and delivery',
      'After one month of life, the patient had poor intake, failure to thrive and vomiting. Abdominal ultrasound, transfontanellar ultrasound, chest X-ray, blood tests and urine tests were normal.',
      '1.',
      'At admission, rotavirus was detected in faeces.',
      'After the acute process was resolved, nutritional support was initiated with artificial formula of protein hydrolyzed; subsequently, it was changed to elemental because it continued to present poor gain.',
      'The study detected decreased hypertransaminemia, hypoalbuminemia, transferrin and ceruloplasmin, with normal serology of hepatotropic virus and echocardiography.',
      'Due to the suspicion of a possible inborn error of metabolism (IEM), a metabolic study is requested, while the patient needs to be admitted to the Intensive Care Unit due to the onset of symptoms compatible with sepsis (fever, hypoglycemia, malaise).',
      'A cranial MRI showed cerebellar hypoplasia.',
      'The result of the metabolic study confirms a congenital defect of glycosylation protein (CGD) type Ia.',
    ]);
    expect(codes.slice(0, 2)).toEqual(['R197', 'R1110']);
    expect(codes.indexOf('H5000')).toBeGreaterThan(1);
  });
  it('counts words read twice in one sentence as one statement of the finding', async () => {
    // From the dev charts: 'head and brain trauma' gives the intracranial injury two overlapping spans in one sentence.
    const codes = await orderedLines([
      'A 75-year-old male who was found to be an accident in the street, with head and brain trauma, fractures in the right upper and lower extremities and ribs, with intense subcutaneous emphysema, and mild hematuria.',
      'She was admitted to the Intensive Care Unit for ventilatory support and pelvic imaging studies showed a closed fracture of the pelvic bone with pelvic floor impronment in the intensive bladder.',
      'A CT image reconstruction seemed to rule out penetrating bladder injury.',
      'However, once vital signs are present, cystoscopy is performed showing a perforation of the anterior bladder wall by the bone schirl.',
      'The bladder was repaired through supra-pituitary access and the bone fragment was removed without sequelae and with subsequent good healing of the fractures.',
    ]);
    expect(codes.indexOf('S069X0A')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('S329XXA')).toBeLessThan(codes.indexOf('S069X0A'));
  });
  it('lists the code read from the most specific words before a weaker reading of a part of them', async () => {
    // The title of M05.761 in a chart's words: its last words also name M06.861, a weaker reading of the same words.
    const codes = await ordered('Rheumatoid arthritis with rheumatoid factor of right knee without organ or systems involvement.');
    expect(codes[0]).toBe('M05761');
  });
  it('lists a finding read from an abbreviation alone after the one whose words are written out', async () => {
    // From the dev charts: 'CRF' may be chronic renal or chronic respiratory failure; the coder confirms its reading.
    const codes = await ordered(
      'A 50-year-old Caucasian woman with CRF secondary to polycystic kidney disease started hemodialysis in 1987 and received her first kidney transplant from a cadaveric donor in 1988. She returned to hemodialysis in June 2009. In November 2009, five months after the return to dialysis, treatment was started with pegylated interferon alfa-2a, 135 micrograms weekly, and ribavirin 200 mg every 48 hours, with the support of erythropoietin throughout.',
    );
    expect(codes.slice(0, 2)).toEqual(['Q613', 'N189']);
  });
  it('lists a malignancy read with no site (C80.1) after the diagnoses read with theirs (Guidelines I.C.2.t)', async () => {
    // From the dev charts: the eyelid's sebaceous carcinoma, whose site the rules did not reach, read as C80.1; the heart
    // failure the patient died of, told last, was listed after it.
    const codes = await orderedLines([
      'The examination revealed a hard erythematous swelling of the left upper eyelid that mainly affected the pretarsal area.',
      'He has an ipsilateral preauricular lymphadenopathy.',
      'An incisional biopsy of the lesion was performed, and the pathologist informed of a sebaceous carcinoma.',
      'One year later the patient died of heart failure.',
    ]);
    expect(codes).toContain('I509');
    expect(codes.at(-1)).toBe('C801');
  });
  it("lists a tumor read with a site and no behavior (D49.-) after the findings stated, as it awaits the pathology's word", async () => {
    // From the dev charts: the oral tumor, read as D49.0, was listed before the palsy stated on examination.
    const codes = await orderedLines([
      'A 67-year-old woman was referred by her primary care physician to our clinic for an oral tumor of 20 years duration.',
      'Physical examination revealed facial palsy.',
    ]);
    expect(codes).toEqual(['G510', 'D490']);
  });
  it("lists the skin's default for a fistula whose site is told after it (L98.8) after the findings stated", async () => {
    // From the dev charts: the fistula at the mandibular angle of a radiated tongue cancer was listed before the pain
    // of the jaw (R68.84) stated with it.
    const codes = await orderedLines([
      'A 70-year-old woman came to her reference hospital for a tumor on the right lateral face of the tongue with clinical stage T2N0M0.',
      'She returned to the specialist presenting inflammatory symptoms in the radiated area, with pain and fistula in right mandibular angle.',
    ]);
    expect(codes[0]).toBe('R6884');
    expect(codes).toContain('L988');
  });
  it('lists a sarcoma read with no site (C49.9) after the diagnoses stated', async () => {
    // From the dev charts: the leiomyosarcoma of a partial cystectomy, its organ not reached by the rules.
    const codes = await orderedLines([
      'It was decided to perform a partial cystectomy, with the following anatomopathological result: low grade leiomyosarcoma (mitosis = 3).',
      'He also had chronic obstructive pulmonary disease.',
    ]);
    expect(codes).toEqual(['J449', 'C499']);
  });
});

describe('the principal diagnosis (Guidelines Section II)', () => {
  // Written for the test in the words of a US discharge summary: the discharge diagnoses list the principal first.
  const summary = [
    'DISCHARGE SUMMARY',
    'Hospital course: 78-year-old woman with HFrEF, CKD stage 4, type 2 diabetes on insulin and COPD admitted with fever, hypotension and dysuria.',
    'Severe protein-calorie malnutrition per dietitian.',
    'Discharge diagnoses:',
    '1. Severe sepsis with septic shock due to E. coli UTI',
    '2. Acute on chronic systolic CHF',
    '3. Severe protein-calorie malnutrition',
  ].join('\n');

  it('lists the first discharge diagnosis first, the sepsis before its localized infection and severe sepsis after both', async () => {
    const codes = await ordered(summary);
    expect(codes.slice(0, 3)).toEqual(['A4151', 'N390', 'R6521']);
  });

  it('takes the admitting diagnosis where no later list is written, and leaves a narrative to the order key', async () => {
    const admitted = await ordered(
      'History: hypertension, chronic obstructive pulmonary disease and severe protein-calorie malnutrition.\nAdmission diagnosis:\nPneumonia.\nThe patient was admitted with cough.',
    );
    expect(admitted[0]).toBe('J189');
    const narrative = await ordered(summary.split('\n').slice(0, 3).join('\n'));
    expect(narrative[0]).not.toBe('A4151');
  });
});

describe('a pregnancy (Guidelines I.C.15.a.1)', () => {
  it("lists the pregnancy's codes before the other chapters' codes for the same conditions", async () => {
    // Written for the test, in the words of the FY2026 titles: the detail of O24.01- does not put it under E10.9.
    expect((await ordered('Pre-existing type 1 diabetes mellitus, in pregnancy, first trimester.'))[0]).toBe('O24011');
    const codes = await ordered('A 30-year-old woman at 20 weeks of pregnancy with hypertension and anemia.');
    expect(codes.slice(0, 2).every((c) => c.startsWith('O'))).toBe(true);
  });
});
