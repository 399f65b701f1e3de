import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Phrasing quoted from ../shared/eval/charts-codiesp-dev.jsonl. */
describe('procedures done, refused or only planned', () => {
  it('reads a negation after a test as its result: the test was done', async () => {
    expect(await pcsOf('Antinuclear antibodies, chest X-ray and viral serology were negative.')).toEqual(['BW03ZZZ']);
    expect(await pcsOf('Colonoscopy ruled out neoplasia.')).toEqual(['0DJD8ZZ']);
  });

  it('leaves out a procedure negated before it, not performed, refused or only proposed', async () => {
    expect(await pcsOf('No chest X-ray was performed.')).toEqual([]);
    expect(await pcsOf('Electromyography (EMG), creatine phosphokinase (CPK) and electrocardiogram (ECG) were not performed due to new symptoms.')).toEqual([]);
    expect(await pcsOf('Radical nephrectomy was proposed, but the patient refused.')).toEqual([]);
    expect(await pcsOf('A cystostomy tube was placed because of the impossibility of urethral catheterization.')).toEqual(['0T9B30Z']);
    // Not needed: said right after the procedure, and only there.
    expect(await pcsOf('During hospitalization, standard postoperative medical treatment was administered and blood transfusion was not necessary.')).toEqual([]);
    expect(await pcsOf('Abdominal ultrasound showed no dilation, so surgery was not needed.')).toEqual(['BW40ZZZ']);
    expect(await pcsOf('After a result of 8 ng/ml, a prostatic biopsy was recommended.')).toEqual([]);
  });

  it('leaves out a procedure of an earlier stay, dated in its own clause', async () => {
    expect(await pcsOf('A 19-year-old patient underwent a cesarean section two years before due to suspected chorioamnionitis.')).toEqual([]);
    expect(await pcsOf('Gastric adenocarcinoma treated 4 years earlier by total gastrectomy.')).toEqual([]);
    // The time dates the diagnosis, not the dialysis that goes on.
    expect(await pcsOf('A 48-year-old male patient with a history of type 2 diabetes mellitus, hypertension and hypothyroidism, diagnosed 8 years ago, with inadequate control, as well as chronic renal failure of 2 years of evolution, treated with hemodialysis.')).toEqual(['5A1D70Z']);
  });

  it('leaves out a procedure the words after it make the patient\'s history (quoted from the dev charts)', async () => {
    expect(await pcsOf('A 42-year-old man with no relevant medical history, who underwent vasectomy as the only urological history.')).toEqual([]);
    expect(await pcsOf('Cholecystectomy in youth and testicular hydrocele surgery.')).toEqual([]);
    expect(await pcsOf('A 46-year-old male, with no relevant past medical history except vasectomy at 42 years of age, came to the emergency department.')).toEqual([]);
    expect(await pcsOf('A vasectomy was performed.')).toEqual(['0VBQ0ZZ']);
  });

  it('leaves out a catheter the patient came with, not a treatment the patient is on', async () => {
    // Quoted from test/fixtures/charts/us-turp-op-note.txt and a dev chart.
    expect(await pcsOf('Failed voiding trials, currently w/ indwelling Foley catheter.')).toEqual([]);
    expect(await pcsOf('A Foley catheter was placed.')).toEqual(['0T9B70Z']);
    expect(await pcsOf('Heart failure diagnosed for 6 months and diagnosed with chronic peritoneal dialysis for 6 months.')).toEqual(['3E1M39Z']);
  });

  it('codes a test done among uncertain findings, not one only hypothetical', async () => {
    expect(await pcsOf('With the presumptive diagnosis of bladder leiomyoma, transurethral resection of the tumor was performed.')).toEqual(['0TBB8ZZ']);
    expect(await pcsOf('Urine cytology was performed with atypia suggestive of malignancy and abdominal ultrasound showed a mass in the left lateral face 65x46 mm.')).toEqual(['BW40ZZZ']);
    expect(await pcsOf('If symptoms persist, a colonoscopy will be considered.')).toEqual([]);
    expect(await pcsOf('It would be interesting to do an eye ultrasound, but it was decided to wait for the patient to be older.')).toEqual([]);
  });

  it('reads a finding denied in a test as the test done', async () => {
    expect(await pcsOf('The patient developed chest pain radiating to the back without changes in electrocardiogram or elevation of cardiac markers.')).toEqual(['4A02X4Z']);
    expect(await pcsOf('The Swan-Ganz catheter was in a correct position and showed no changes in the electrocardiogram (ECG).')).toContain('4A02X4Z');
    expect(await pcsOf('The chest X-ray was normal and there was no metastasis in the abdominal-pelvic CT scan.')).toContain('BW21ZZZ');
    expect(await pcsOf('No metastases were detected on chest X-ray.')).toEqual(['BW03ZZZ']);
  });

  it('reads TPN as parenteral nutrition', async () => {
    expect(await pcsOf('TPN and somatostatin 3 mg/12 h i.v. were established.')).toEqual(['3E0436Z']);
  });

  it('reads a function said lost as the complaint, and measured only where a value is given', async () => {
    expect(await pcsOf('Current illness: comes to the emergency department with a 3-month history of bilateral eye pain, redness, stinging, photophobia and decreased visual acuity.')).toEqual([]);
    expect(await pcsOf('A 55-year-old patient came to the emergency department with visual acuity deficit (VA) in the right eye (OD).')).toEqual([]);
    // A duration is not the measure; a value is.
    expect(await pcsOf('We reviewed a 40-year-old male patient with loss of visual acuity in left eye of 2 weeks duration.')).toEqual([]);
    expect(await pcsOf('A moderate corneal edema was observed, which caused a decrease in visual acuity to 0.05.')).toEqual(['4A07X0Z']);
    expect(await pcsOf('The examination showed a mean myopia in both eyes with a visual acuity of 0.8.')).toEqual(['4A07X0Z']);
  });
});

