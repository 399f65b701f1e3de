import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of case reports (translated from Spanish) whose nervous-system or mental finding the titles do not name in
 * these words; each code is the Alphabetic Index's (see neuro-mental-index.ts).
 */
describe('nervous system and mental findings in the words of case reports', () => {
  it.each([
    ['The patient developed endocraneal hypertension and brain herniation, progressing to death.', 'G935'],
    ['Right supracallosal and transtentorial herniation (RAH); and subarachnoid hemorrhage.', 'G935'],
    ['The CT showed diffuse brain edema with effacement of the sulci.', 'G936'],
    ['Clinical and neuroimaging alterations are compatible with a late hypoxic encephalopathy.', 'G931'],
    ['Toxic metabolic encephalopathy secondary to UTI, improving with antibiotics.', 'G928'], // written for the test
    ['CT showed a phlegmon in the medial wall of the right orbit and a small right frontal subdural empyema (1.8 x 1.8 x 0.6 cm).', 'G062'],
    ['The patient developed tetraparesis after the fall.', 'G8250'],
    ['A 24-year-old woman, drug addict, with a history of nodular pulmonary infiltrates.', 'F1920'],
    ['A 37-year-old male ex-addict to parenteral drugs and diagnosed with chronic hepatitis C.', 'F1921'],
    ['On the third day of admission he developed delirium tremens.', 'F10231'],
    ['We report the case of a 59-year-old man who consulted for an intellectual deficit, seizures, syncope and disorientation.', 'F79'],
    ['She had diabetes mellitus, transient ischemic attack, autoimmune hypothyroidism and mild cognitive impairment.', 'G3184'],
    ['- Metamizole intolerance.\n- reactive anxious-depressive syndrome.\n- Episodes of hypercapnic respiratory failure.', 'F418'],
    ['CT showed thickening of the inferior rectus and lateral rectus muscles of the left eye compatible with an orbital pseudotumor.', 'H05112'],
    ['Portal hypertension and leukothrombocytosis. Background of parenteral methadone maintenance therapy.', 'F1120'],
    ['A 42-year-old male with a history of benzodiazepine abuse came to the emergency department.', 'F1310'],
    ['He came to the emergency department after presenting at home a generalized convulsive crisis, witnessed by family members.', 'R569'],
    ['A 37-year-old mother with mental retardation died due to convulsive status.', 'G40901'],
    ['At 3 years she presented absence seizures without subsequent epileptic seizures or need for treatment.', 'G40A09'],
    ['Neurological examination showed a left crural monoparesis.', 'G8314'],
    ['Appendectomy, hemorrhage and recurrent apnea-hypopnea syndrome, treatment with CPAP.', 'G4730'],
    ['Emotional lability is not observed, although the patient already had an adaptive disorder after the death of his wife.', 'F4320'],
    ['Currently, in hospital admission to study possible etiology of brain lesions.', 'G939'],
    ['Cranial CT showed a ring-enhancing frontal lobe abscess with perilesional edema.', 'G060'],
    ['He presented a monoparesis of the right lower limb after the lumbar puncture.', 'G8311'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it('reads a subdural empyema as the intracranial abscess, not the pleura\'s (J86.9)', async () => {
    const r = await engine.suggest('With the diagnostic suspicion of recurrence of subdural empyema a third craniectomy was performed.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain('G062');
    expect(codesOf(r.suggestions)).not.toContain('J869');
  });

  // 'Disease, Alzheimer's G30.9 [F02.80]' (alzheimer-dementia.ts): the dementia is paired with the disease, staged when written.
  it.each([
    ["An 83-year-old male with advanced Alzheimer's disease, insulin-dependent diabetic with 35 years of evolution.", 'F0280'],
    ["We report the case of a 75-year-old woman with moderate Alzheimer's disease who presented with fever for three days.", 'F02B0'],
  ])('pairs Alzheimer\'s disease with its dementia: %s -> G309 and %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toEqual(expect.arrayContaining(['G309', code]));
  });

  it("reads 'absence of seizures' as no seizures, not absence seizures spread over the 'of' (G40.A0-)", async () => {
    // Written for the test in the words of a follow-up note; the name keeps its code.
    const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(await suggest('Absence of seizures since the change of treatment.')).not.toContain('G40A09');
    expect(await suggest('There was an absence of epileptic seizures during follow-up.')).not.toContain('G40A09');
    expect(await suggest('Absence seizures since childhood.')).toContain('G40A09');
  });

  it("codes no dementia where the Alzheimer's disease is denied", async () => {
    const r = await engine.suggest("There was no history of Alzheimer's disease.", { setting: 'inpatient' });
    expect(codesOf(r.suggestions).filter((c) => /^(G30|F0)/.test(c))).toEqual([]);
  });

  // Words that are not the disorder they resemble (not-a-finding.ts, concept-build.ts).
  it.each([
    ['Recording was performed with electrodes placed with a separation of 5 mm in bipolar arrangement.', 'F319'],
    ['In the week prior to admission she had frequent and severe cough attacks, without expectoration or fever.', 'G40101'],
    ['Radiofrequency coagulation, both mono and bipolar, and bone wax were used to control bleeding.', 'F319'],
    ['The gastroenterology service commented that endoscopic polypectomy with bipolar electrocauterization cannot be performed.', 'F319'],
    ['He was diagnosed with anxiety-depressive syndrome with poor follow-up.', 'F32A'],
    ['CT showed thickening of the inferior rectus muscle compatible with an orbital pseudotumor.', 'G932'],
    ['He was a smoker, drinker of about 80 grams of alcohol a day; sun protection and alcohol withdrawal was recommended.', 'F10939'],
    ['He was treated with alcohol withdrawal, oral hyperproteic nutritional supplements and diuretics.', 'F10939'],
    ['To this end, we used GC Fit-checker as a base, which indicates the area which is in contact with the ridge.', 'R569'],
    ['The new prosthesis showed a good fit and the patient was discharged.', 'R569'],
  ])('reads no disorder in: %s (not %s)', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain(code);
  });

  // A pack is of cigarettes (chart-synonyms.ts): 'Dependence, drug, nicotine, cigarettes' F17.210, not F17.200.
  it.each([
    ['Smoker of 1 pack/day and moderate drinker.'],
    ['Among the toxic habits, the patient smoked 20 packs/year and did not drink.'],
    ['A 57-year-old male with a history of COPD, a 15 pack-year smoker and a moderate drinker.'],
  ])('reads a smoker of packs as of cigarettes: %s', async (text) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain('F17210');
    expect(codesOf(r.suggestions)).not.toContain('F17200');
  });

  // 'Lesion, brain' G93.9 beside the brain condition the chart names is that condition (fold-named.ts).
  it('folds brain lesions into the named condition of the brain', async () => {
    const r = await engine.suggest('- pulmonary TB and cerebral lesions due to toxoplasmosis', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain('B582');
    expect(codesOf(r.suggestions)).not.toContain('G939');
  });

  it('reads a secondary adaptive disorder as an adjustment disorder, not an eating disorder from the feeding beside it', async () => {
    const r = await engine.suggest('Tracheotomy, percutaneous gastrostomy feeding (PEG) and secondary adaptive disorder, being discharged.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain('F4320');
    expect(codesOf(r.suggestions)).not.toContain('F509');
  });
});
