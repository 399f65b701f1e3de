import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * More US notes, written for the tests in the words such notes use: an emergency department note, a hospital
 * progress note and an internal medicine follow-up. Each checks what a coder would submit from it.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);

describe('a US emergency department note', () => {
  it('codes the NSTEMI first with the heart failure, CKD and diabetes combinations', async () => {
    const { codes } = await suggest('us-emergency-note.txt', 'inpatient');
    expect(codes[0]).toBe('I214');
    for (const code of ['I130', 'I5033', 'N1832', 'E1122', 'E1165', 'I480', 'J9601', 'E875', 'Z794', 'Z7901', 'Z87891']) expect(codes, code).toContain(code);
  });

  it("reads 'Chest pain and shortness of breath' as two symptoms, not chest pain on breathing", async () => {
    const { codes } = await suggest('us-emergency-note.txt', 'inpatient');
    expect(codes).not.toContain('R071');
  });

  it('asks about the pulmonary congestion beside the heart failure (J81 Excludes1: I50)', async () => {
    const { integral } = await suggest('us-emergency-note.txt', 'inpatient');
    expect(integral('J811')).toContain('I5033');
  });
});

describe('a US hospital progress note', () => {
  it('codes the severe sepsis of the E. coli pyelonephritis and its organ dysfunctions', async () => {
    const { codes } = await suggest('us-progress-note.txt', 'inpatient');
    expect(codes[0]).toBe('A4151');
    for (const code of ['R6520', 'N10', 'G9341', 'E43', 'L89153', 'L89622', 'Z1612', 'Z66', 'I4820', 'Z7901']) expect(codes, code).toContain(code);
  });

  it("codes the UTI at its named site, the kidney: no N39.0 beside the pyelonephritis", async () => {
    const { codes } = await suggest('us-progress-note.txt', 'inpatient');
    expect(codes).not.toContain('N390');
  });

  it("takes the stage of 'stage 3 pressure ulcer of sacrum, 3 x 2 cm' once: no unspecified-site ulcer beside the sacral one", async () => {
    const { codes } = await suggest('us-progress-note.txt', 'inpatient');
    expect(codes).not.toContain('L8993');
  });

  it("reads 'Alzheimer's dementia' as the disease and its dementia (G30.9, F02.80), not unspecified dementia", async () => {
    const { codes } = await suggest('us-progress-note.txt', 'inpatient');
    expect(codes).toEqual(expect.arrayContaining(['G309', 'F0280']));
    expect(codes).not.toContain('F0390');
  });

  it("codes 'History of breast cancer s/p left mastectomy' as Z85.3, not a cancer of the mastectomy site's skin", async () => {
    const { codes } = await suggest('us-progress-note.txt', 'inpatient');
    expect(codes).toContain('Z853');
    expect(codes.filter((c) => c.startsWith('Z8582') || c.startsWith('C44'))).toEqual([]);
  });

  it('asks about the confusion beside the encephalopathy and the dementia', async () => {
    const { integral } = await suggest('us-progress-note.txt', 'inpatient');
    expect(integral('R410')).toEqual(expect.arrayContaining(['G9341', 'F0280']));
  });
});

describe('a US internal medicine follow-up, outpatient', () => {
  it('codes the assessment, the BMI beside the obesity and the counseling', async () => {
    const { codes } = await suggest('us-follow-up-note.txt', 'outpatient');
    for (const code of ['J449', 'M1711', 'F3341', 'K219', 'E039', 'E559', 'R7303', 'E66812', 'Z6836', 'F17210', 'Z23', 'Z1231', 'Z713']) expect(codes, code).toContain(code);
  });

  it('asks about the knee pain beside the knee osteoarthritis and the heartburn beside the reflux disease', async () => {
    const { integral } = await suggest('us-follow-up-note.txt', 'outpatient');
    expect(integral('M25561')).toEqual(['M1711']);
    expect(integral('R12')).toEqual(['K219']);
  });
});

describe('the mastectomy site of the Table of Neoplasms', () => {
  it("is read when the chart says 'site'", async () => {
    const { suggestions } = await engine.suggest('Recurrent carcinoma at the mastectomy site.', { setting: 'inpatient' });
    expect(suggestions.map((s) => s.code)).toContain('C44501');
  });
});

describe('a US delivery summary', () => {
  it('codes each complication with its "in childbirth" code, the outcome and the weeks (Guidelines I.C.15)', async () => {
    const { codes } = await suggest('us-delivery-summary.txt', 'inpatient');
    for (const code of ['O1404', 'O24420', 'O6641', 'O34219', 'O721', 'O9081', 'D62', 'O99824', 'Z370', 'Z3A39']) expect(codes, code).toContain(code);
    // Not the trimester codes of the pregnancy, no normal delivery, no delayed (secondary) hemorrhage from 'secondary to'.
    for (const code of ['O1403', 'O1493', 'O24410', 'O80', 'O722']) expect(codes, code).not.toContain(code);
  });

  it('keeps the trimester codes where no delivery is told, or the delivery is a past one', async () => {
    const cm = async (text: string) => (await engine.suggest(text, { setting: 'inpatient' })).suggestions.map((s) => s.code);
    expect(await cm('28 y/o G2P1 at 37 weeks with mild preeclampsia.')).toContain('O1403');
    expect(await cm('28 y/o G2P1 at 30 weeks. Prior cesarean section x1. Gestational diabetes, diet controlled.')).toContain('O24410');
    // A boy's own chart tells how he was born: no mother's codes on it.
    const boy = await cm('Male patient, born at 40 weeks of gestation with vaginal delivery. Leukocytosis.');
    expect(boy.filter((c) => c.startsWith('O') || c.startsWith('Z37'))).toEqual([]);
  });

  it("codes a delivery's pre-existing conditions in childbirth, the diabetes with its E11 code", async () => {
    const { suggestions } = await engine.suggest('Essential hypertension. Type 2 diabetes on insulin. Delivered viable female infant by NSVD at 38 weeks.', { setting: 'inpatient' });
    const codes = suggestions.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['O1002', 'O2412', 'E119', 'Z370', 'Z3A38']));
    expect(codes).not.toContain('O80');
  });
});

describe('a US psychiatric admission note', () => {
  it('codes the bipolar episode, the self-harm poisoning and each substance by its own use, abuse or dependence', async () => {
    const { codes } = await suggest('us-psychiatric-admission.txt', 'inpatient');
    for (const code of ['F314', 'T424X2A', 'F1020', 'F1121', 'F1210', 'F4312', 'F411', 'F902', 'R45851', 'Z5900']) expect(codes, code).toContain(code);
  });

  it("reads 'withdrawal risk' as no withdrawal, 'smokes cannabis' as no tobacco, and the overdose as the named drug's", async () => {
    const { codes } = await suggest('us-psychiatric-admission.txt', 'inpatient');
    for (const code of ['F10239', 'F17200', 'T6592XA']) expect(codes, code).not.toContain(code);
  });
});

describe('a US emergency trauma note, outpatient', () => {
  it('codes each injury with its 7th character and the collision by conveyance, role and counterpart', async () => {
    const { codes } = await suggest('us-trauma-note.txt', 'outpatient');
    for (const code of ['S060X1A', 'S52532A', 'S12501A', 'S0181XA', 'S80211A', 'V445XXA']) expect(codes, code).toContain(code);
  });

  it("reads 'car vs truck' as the collision, not a doubt; the XR label's wrist as no carpal fracture; '+LOC' as the concussion's", async () => {
    const { codes, integral, setAside } = await suggest('us-trauma-note.txt', 'outpatient');
    expect(codes).not.toContain('S62102A');
    expect(setAside.filter((s) => s.context === 'uncertain')).toEqual([]);
    expect(integral('R4020')).toContain('S060X1A');
  });
});

describe('a US oncology infusion visit, outpatient', () => {
  it('lists the chemotherapy encounter first, the primary before its metastases (Guidelines I.C.2.e.2)', async () => {
    const { codes } = await suggest('us-oncology-infusion.txt', 'outpatient');
    expect(codes.slice(0, 4)).toEqual(['Z5111', 'C3412', 'C787', 'C7951']);
  });

  it("codes the chemotherapy's effects with their own codes and T45.1X5A, the pain G89.3, the opiate Z79.891", async () => {
    const { codes } = await suggest('us-oncology-infusion.txt', 'outpatient');
    for (const code of ['D6481', 'D701', 'D6959', 'T451X5A', 'G893', 'Z79891', 'Z7901', 'Z86718']) expect(codes, code).toContain(code);
    // The lung is the primary, not a metastasis; the pain is the cancer's, not a soft tissue cancer of the back.
    for (const code of ['C7802', 'C496', 'G8929', 'D709', 'D696']) expect(codes, code).not.toContain(code);
  });

  it.each([
    ['Melanoma, here for cycle 4 of pembrolizumab.', ['Z5112'], ['Z5111']],
    ['Colon cancer, C3D1 FOLFOX today.', ['Z5111'], ['Z5112']],
    ['Breast cancer. Will start chemotherapy next week.', [], ['Z5111', 'Z5112']],
    ['Lung cancer. Received 6 cycles of chemotherapy in 2019.', [], ['Z5111', 'Z5112']],
  ])('%s', async (text, wanted, unwanted) => {
    const codes = (await engine.suggest(text, { setting: 'outpatient' })).suggestions.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(wanted));
    for (const code of unwanted) expect(codes).not.toContain(code);
  });
});

describe('a US wound care note, outpatient', () => {
  it('codes each diabetic ulcer with its site, side and depth, and insulin beside the oral drug (Guidelines I.C.4.a.3)', async () => {
    const { codes } = await suggest('us-wound-care-note.txt', 'outpatient');
    for (const code of ['E1151', 'E11621', 'L97423', 'L97511', 'E1142', 'E1165', 'I70244', 'Z794', 'Z7984']) expect(codes, code).toContain(code);
  });

  it.each([
    ['Ulcer of right great toe, limited to breakdown of skin.', 'L97511'],
    ['Chronic ulcer of the left heel with fat layer exposed.', 'L97422'],
    ['Left calf ulcer with exposed bone.', 'L97226'],
  ])('%s -> %s', async (text, code) => {
    expect((await engine.suggest(text, { setting: 'outpatient' })).suggestions.map((s) => s.code)).toContain(code);
  });
});

describe('a US COPD discharge summary', () => {
  it('codes each gas of the acute on chronic respiratory failure, and the pneumonia by its organism', async () => {
    const { codes } = await suggest('us-copd-discharge.txt', 'inpatient');
    for (const code of ['J9621', 'J9622', 'J441', 'J14', 'I4892', 'R739', 'T380X5A', 'Z9981', 'Z7901']) expect(codes, code).toContain(code);
    // No acute or chronic failure apart from the acute and chronic one; no agent code beside its own pneumonia.
    for (const code of ['J9602', 'J9612', 'J189', 'B963']) expect(codes, code).not.toContain(code);
  });

  it("takes a 5-day prednisone course, 'steroid-induced' and sliding scale insulin for no long-term drug therapy", async () => {
    const { codes } = await suggest('us-copd-discharge.txt', 'inpatient');
    expect(codes).not.toContain('Z7952');
    expect(codes).not.toContain('Z794');
  });

  it('keeps an agent named away from the pneumonia where another infection may be its', async () => {
    const codes = (await engine.suggest('Pneumonia. Urine culture grew E. coli. Acute cystitis.', { setting: 'inpatient' })).suggestions.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['J189', 'N3000', 'B9620']));
  });
});

describe('a US admission for ketoacidosis after an insulin pump failure', () => {
  it('lists the pump failure, then the underdosing of insulin, then the diabetes (Guidelines I.C.4.a.6.a)', async () => {
    const { codes } = await suggest('us-dka-admission.txt', 'inpatient');
    expect(codes.slice(0, 3)).toEqual(['T85614A', 'T383X6A', 'E1010']);
    for (const code of ['N3000', 'E876', 'E103293', 'E039', 'F321', 'Z794', 'Z9641']) expect(codes, code).toContain(code);
  });

  it("asks about the ketoacidosis's abdominal pain and vomiting as integral to it", async () => {
    const { integral } = await suggest('us-dka-admission.txt', 'inpatient');
    expect(integral('R109')).toContain('E1010');
    expect(integral('R112')).toContain('E1010');
  });

  it.each([
    ['Type 1 diabetes. Insulin pump catheter dislodged, now hyperglycemic.', 'T85624A'],
    ['Type 1 diabetes on insulin pump, working well.', 'Z9641'],
    ['Type 1 DM with insulin pump.', 'Z9641'],
  ])('%s -> %s', async (text, code) => {
    const codes = (await engine.suggest(text, { setting: 'inpatient' })).suggestions.map((s) => s.code);
    expect(codes).toContain(code);
    if (code === 'Z9641') expect(codes.filter((c) => c.startsWith('T85'))).toEqual([]);
  });
});

describe('a US nephrology consult', () => {
  it('codes hypertensive CKD with heart failure as hypertensive heart and CKD (Guidelines I.C.9.a.3), with its partners', async () => {
    const { codes } = await suggest('us-nephrology-consult.txt', 'inpatient');
    for (const code of ['I130', 'I5022', 'N184', 'N179', 'E1122', 'D631', 'N2581', 'E875']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('I129');
    const esrd = (await engine.suggest('Hypertensive nephrosclerosis with CKD stage 5 on dialysis. Chronic diastolic heart failure.', { setting: 'inpatient' })).suggestions.map((s) => s.code);
    expect(esrd).toEqual(expect.arrayContaining(['I132', 'I5032', 'N186', 'Z992']));
  });
});

describe('exposures and HIV disease, in the words of US notes', () => {
  const cm = async (text: string, setting: Setting = 'outpatient') => (await engine.suggest(text, { setting })).suggestions.map((s) => s.code);
  it.each([
    ['Exposure to COVID-19.', 'Z20822'],
    ['Exposed to COVID-19 at work.', 'Z20822'],
    // A negative test says the disease was not found, not that the exposure did not happen (Guidelines I.C.1.g.1.e).
    ['Exposure to COVID-19, test negative.', 'Z20822'],
    ['Contact with tuberculosis.', 'Z201'],
  ])('%s -> %s, not the disease', async (text, code) => {
    const codes = await cm(text);
    expect(codes).toContain(code);
    expect(codes.filter((c) => c === 'U071' || c.startsWith('A15'))).toEqual([]);
  });

  it('still negates the disease a negative test was for, and an exposure denied', async () => {
    expect(await cm('COVID-19 test negative.')).toEqual([]);
    expect(await cm('No exposure to COVID-19.')).toEqual([]);
  });

  it('lists HIV disease before the condition it brings (Guidelines I.C.1.a.2.a)', async () => {
    expect((await cm('AIDS with Pneumocystis pneumonia.', 'inpatient')).slice(0, 2)).toEqual(['B20', 'B59']);
  });
});

describe('primary care encounters in the words of US notes', () => {
  const cm = async (text: string) => (await engine.suggest(text, { setting: 'outpatient' })).suggestions.map((s) => s.code);
  it.each([
    ['Annual wellness visit, no complaints.', ['Z0000']],
    ['Routine adult physical exam with abnormal findings.', ['Z0001']],
    ['8 year old boy here for annual physical.', ['Z00129']],
    ['Screening colonoscopy, family history of colon cancer in father.', ['Z1211', 'Z800']],
    // 'Lumbago with sciatica M54.4-', its side the sciatica's or the leg's it radiates to.
    ['Low back pain with right sided sciatica.', ['M5441']],
    ['Low back pain radiating to left leg, sciatica.', ['M5442']],
    ['Encounter for colon cancer screening.', ['Z1211']],
    // 'Gout (acute) (attack) (flare) - see Gout, idiopathic', by site and side.
    ['Gout of left foot.', ['M10072']],
    ['Gout flare, right knee.', ['M10061']],
    // A side alone after a comma, closing the finding's words.
    ['Carpal tunnel syndrome, right.', ['G5601']],
    ['Carpal tunnel syndrome, bilateral.', ['G5603']],
    ['Otitis media, left.', ['H6692']],
  ])('%s -> %s', async (text, codes) => {
    const found = await cm(text);
    expect(found).toEqual(expect.arrayContaining(codes));
    expect(found.filter((c) => /^M54[35]|^M109|^G5600|^H6690/.test(c) || (c.startsWith('Z000') && !codes.includes(c)))).toEqual([]);
  });
});

describe("what a screening looks for is not found by it ('colon cancer screening')", () => {
  it('codes a screening whose result is negative as the screening (Z13.31), the condition not at all', async () => {
    const { suggestions } = await engine.suggest('Depression screening negative.', { setting: 'outpatient' });
    expect(suggestions.map((s) => s.code)).toEqual(['Z1331']);
  });

  it.each(['Colon cancer screening.', 'Breast cancer screening, mammogram ordered.'])('%s', async (text) => {
    const { suggestions, setAside } = await engine.suggest(text, { setting: 'outpatient' });
    expect(suggestions.filter((s) => /^[CF]/.test(s.code))).toEqual([]);
    expect(setAside.some((s) => /^[CF]/.test(s.code) && s.context === 'hypothetical')).toBe(true);
  });
});

describe('the scar of a previous cesarean in a pregnancy (O34.21-)', () => {
  const cm = async (text: string) => (await engine.suggest(text, { setting: 'inpatient' })).suggestions.map((s) => s.code);
  it.each([
    ['G2P1 at 39 weeks with a low transverse scar from previous cesarean delivery.', 'O34211'],
    ['Pregnant at 38 weeks, previous cesarean delivery.', 'O34219'],
    ['History of cesarean section. Pregnant at 20 weeks.', 'O34219'],
  ])('%s -> %s', async (text, code) => {
    const codes = await cm(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain('L905');
  });

  it('is not read where the chart denies it, or outside a pregnancy', async () => {
    expect((await cm('No prior cesarean. Pregnant at 20 weeks.')).filter((c) => c.startsWith('O34'))).toEqual([]);
    expect((await cm('History of cesarean section 2015. Hypertension.')).filter((c) => c.startsWith('O34'))).toEqual([]);
  });
});

describe("'secondary to' names a cause, not the secondary kind of a title whose 'secondary' is a stage or a spread", () => {
  it.each([
    ['Postpartum hemorrhage secondary to uterine atony.', 'O721', 'O722'],
    ['Liver metastases secondary to colon cancer.', 'C787', undefined],
    // Index: Hypertension, renovascular I15.0, not the unspecified secondary hypertension.
    ['Hypertension secondary to renal artery stenosis.', 'I150', 'I159'],
  ])('%s', async (text, wanted, unwanted) => {
    const codes = (await engine.suggest(text, { setting: 'inpatient' })).suggestions.map((s) => s.code);
    expect(codes).toContain(wanted);
    if (unwanted) expect(codes).not.toContain(unwanted);
  });
});
