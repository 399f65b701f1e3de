import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US hematology/oncology notes, written for the tests in the words such notes use: an admission for neutropenic fever
 * after chemotherapy, and a new-patient consultation for a rectal cancer with liver metastases. Each checks what a
 * coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US admission for neutropenic fever after chemotherapy for breast cancer', () => {
  it('codes the neutropenia first, its fever R50.81, the pancytopenia, the drug, the cancer and its receptor status', async () => {
    const { codes } = await suggest('us-neutropenic-fever-admission.txt', 'inpatient');
    expect(codes[0]).toBe('D701');
    for (const code of ['R5081', 'D61810', 'T451X5A', 'C50911', 'Z170', 'Z1721', 'Z1732', 'E039', 'K219', 'Z85038']) expect(codes, code).toContain(code);
  });

  it("gives no unspecified fever and no chills beside the neutropenic fever; 'HER2 neg' denies the receptor, not the cancer", async () => {
    const { codes, setAside } = await suggest('us-neutropenic-fever-admission.txt', 'inpatient');
    for (const code of ['R509', 'R6883', 'C189']) expect(codes, code).not.toContain(code);
    expect(setAside.map((s) => s.code)).not.toContain('C50911');
  });

  it.each([
    ['Febrile neutropenia.', ['D709', 'R5081'], ['R509']],
    ['Fever and chills.', ['R509'], ['R6883', 'R5081']],
    ['Breast cancer, ER/PR+, HER2 neg.', ['C50919', 'Z170', 'Z1721', 'Z1732'], []],
    ['Invasive ductal carcinoma of the left breast, ER-positive, PR-negative, HER2-negative.', ['C50912', 'Z170', 'Z1722', 'Z1732'], ['Z171']],
    ['Stage IV adenocarcinoma of the lung. EGFR negative.', ['C3490'], []],
    // A relative's receptor status is not the patient's; nor is a status with no breast cancer of the patient's.
    ['Mother with ER+ breast cancer.', ['Z803'], ['Z170']],
    ['Seen in ER - discharged home.', [], ['Z171']],
  ])('%s', async (text, wanted, unwanted) => {
    const codes = await cmOf(text);
    expect(codes).toEqual(expect.arrayContaining(wanted));
    for (const code of unwanted) expect(codes, code).not.toContain(code);
  });
});

describe('a US oncology consultation for a new rectal cancer with liver metastases, outpatient', () => {
  it('codes the rectal cancer first, its liver metastases, the cancer pain, the anemia of its blood loss and the rest', async () => {
    const { codes } = await suggest('us-new-cancer-hp.txt', 'outpatient');
    expect(codes.slice(0, 2)).toEqual(['C20', 'C787']);
    for (const code of ['G893', 'D500', 'Z79891', 'E119', 'Z7984', 'I10', 'E785', 'Z87891', 'Z800']) expect(codes, code).toContain(code);
  });

  it("reads the 'hepatic lesions c/w liver metastases' as the metastases, and the father's colon cancer as his", async () => {
    const { codes } = await suggest('us-new-cancer-hp.txt', 'outpatient');
    for (const code of ['K7689', 'C189']) expect(codes, code).not.toContain(code);
  });
});

describe('a US interventional radiology note: a chest port placed for chemotherapy', () => {
  it('codes the rectal cancer first, its liver metastases, and the port in its chest pocket (0JH60WZ)', async () => {
    const { codes, pcs } = await suggest('us-port-placement.txt', 'inpatient');
    expect(codes.slice(0, 2)).toEqual(['C20', 'C787']);
    // 'Under real-time ultrasound, the right internal jugular vein was accessed' guides the needle: no ultrasound study.
    expect(pcs).toEqual(['0JH60WZ']);
  });

  it("gives no secondary of the rectum from 'rectum with secondary malignant neoplasm of liver', no flushing of the port flushed", async () => {
    const { codes } = await suggest('us-port-placement.txt', 'inpatient');
    for (const code of ['C785', 'R232']) expect(codes, code).not.toContain(code);
    expect(await cmOf('Malignant neoplasm of rectum with secondary malignant neoplasm of liver.')).toEqual(expect.arrayContaining(['C20', 'C787']));
    expect(await cmOf('Facial flushing after niacin.')).toContain('R232');
  });

  it('codes no port only planned', async () => {
    expect((await codedAs(engine, 'Plan: port placement with IR this week, then start FOLFOX.', 'inpatient')).pcs).not.toContain('0JH60WZ');
  });
});

describe('a US admission for pain control of bone metastases from prostate cancer', () => {
  it('lists the neoplasm related pain first (Guidelines I.C.6.b.5), then the cancer and its bone metastases', async () => {
    const { codes } = await suggest('us-cancer-pain-admission.txt', 'inpatient');
    expect(codes[0]).toBe('G893');
    for (const code of ['C61', 'C7951', 'K5903', 'T402X5A', 'Z79891', 'Z85820', 'I10', 'E039']) expect(codes, code).toContain(code);
  });

  it('gives no disseminated neoplasm of no site beside the named sites (I.C.2.t); asks about the back pain beside G89.3', async () => {
    const { codes, integral } = await suggest('us-cancer-pain-admission.txt', 'inpatient');
    for (const code of ['C800', 'C439', 'K5900']) expect(codes, code).not.toContain(code);
    expect(integral('M5450')).toContain('G893');
    expect(await cmOf('Disseminated carcinomatosis, unknown primary.')).toContain('C800');
  });

  it.each([
    ['Opioid-induced constipation.', ['K5903', 'T402X5A']],
    ['Constipation.', ['K5900']],
  ])('%s -> %s', async (text, wanted) => {
    expect(await cmOf(text)).toEqual(wanted);
  });
});

describe('a transfusion a plan orders should a count fall below its threshold', () => {
  it.each([
    ['Anemia - transfuse if Hgb < 8.', []],
    ['Pancytopenia due to chemotherapy - transfuse 1 unit PRBC for Hgb < 8, platelets for < 10.', []],
    ['Transfused 2 units PRBC for Hgb < 7.', ['30233N1']],
    ['Transfuse 2 units PRBC today.', ['30233N1']],
  ])('%s -> %s', async (text, wanted) => {
    const { pcs } = await codedAs(engine, text, 'inpatient');
    expect(pcs.filter((c) => c.startsWith('302'))).toEqual(wanted);
  });

  it('codes no transfusion in the neutropenic fever admission, whose plan only sets the thresholds', async () => {
    const { pcs } = await suggest('us-neutropenic-fever-admission.txt', 'inpatient');
    expect(pcs.filter((c) => c.startsWith('302'))).toEqual([]);
  });
});
