import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codesFor = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** The region an imaging study is named by is where it looked, not where its finding lies (study-site.ts). */
describe('a finding takes no site from the study that found it', () => {
  it.each([
    // Dev charts: the kidney is the mass's site (N28.89), the abdomen the study's.
    ['Abdominal ultrasound showed a hyperechoic mass in the cortex of the right kidney of 7 x 5.', 'N2889'],
    ['Abdominal ultrasound: a 5cm mass in the left kidney, complex with cystic areas/necrosis.', 'N2889'],
    ['Abdominal CT showed a mass in the left kidney.', 'N2889'], // written for the test
  ])('"%s" -> %s, not R19.00', async (text, code) => {
    const codes = await codesFor(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain('R1900');
  });

  it.each([
    // No other site named: the mass is the abdomen's; and a study of the organ the finding is of keeps it.
    ['Abdominal CT showed a mass.', 'R1900'],
    ['Renal ultrasound: multiple cysts.', 'N281'],
  ])('"%s" keeps %s', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });
});

/** A word read as several ('echocardiogram': ultrasonography of the heart) lends none of them to a finding (concept-index.ts). */
describe("a finding's words are its own, not those a study's name is read as", () => {
  it.each([
    // Written for the test: the heart of 'echocardiogram' was nearer the hypoplasia than the heart said after it.
    ['The echocardiogram showed a hypoplastic left heart.', 'Q234'],
    ['A cranial MRI showed cerebellar hypoplasia.', 'Q043'],
  ])('"%s" -> %s beside the study', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });
});

/** A metastasis takes no site from the region a study is named by (neoplasm-site.ts, namesStudy). */
describe("a neoplasm's site is not the region of the study that found it", () => {
  it('"chest X-ray ... in both lung fields consistent with metastases" is the lungs\', not the chest\'s (C79.89)', async () => {
    // Dev chart: the chest is where the radiograph looked; the lungs are where the metastases lie.
    const codes = await codesFor('Three months after surgery, the chest X-ray showed multiple nodular images in both lung fields consistent with metastases.');
    expect(codes).toContain('C7801');
    expect(codes).not.toContain('C7989');
  });

  it('"head CT showed a right frontal intraosseous lesion ... metastases" is not a metastasis of the head (C79.89)', async () => {
    // Dev chart: the head names the CT; the lesion lies in the frontal bone.
    const codes = await codesFor('Plain radiography and head CT showed a right frontal intraosseous lesion with osteolytic characteristics. The radiological differential diagnosis included metastases, myeloma and hemangioma.');
    expect(codes).not.toContain('C7989');
  });

  it("an organ's study still places the tumour in the organ", async () => {
    // Written for the test: the kidney and the breast are the organs the studies looked at and the tumour's sites.
    expect(await codesFor('Renal ultrasound showed a solid tumor.')).toContain('D49519');
    expect(await codesFor('Breast MRI showed a carcinoma.')).toContain('C50919');
  });

  it('a region said with the tumour itself still places it ("metastases in the chest wall")', async () => {
    // Written for the test: no study named, the chest wall is the metastases' site.
    expect(await codesFor('CT showed metastases in the chest wall.')).toContain('C7989');
  });
});
