import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const coded = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('siteNeoplasms: a morphology said without a site takes the organ the chart is talking about', () => {
  it('reads the site named in the sentences before the pathology (C65.1, not C80.1)', async () => {
    const codes = await coded(
      'Intravenous urography showed a repletion defect in the right renal pelvis which was later confirmed by abdominal computed tomography. ' +
        'Microscopically, the tumor is reported as a high grade urothelial carcinoma that does not affect the lamina propria.',
    );
    expect(codes).toContain('C651');
    expect(codes).not.toContain('C801');
  });

  it('reads the organ an operation or a biopsy was on (C67.9, C61)', async () => {
    expect(await coded('A 60-year-old patient diagnosed with multiple high grade urothelial papillary carcinoma (T1 G2-3) treated by transurethral resection of the bladder.')).toContain('C679');
    expect(await coded('Prostate biopsy detects 6 cylinders markedly infiltrated by a Gleason VII adenocarcinoma.')).toContain('C61');
  });

  it("reads a squamous cell carcinoma's site the same way, and no site as the primary of no site (C80.1), not skin (C44.92)", async () => {
    const tongue = await coded('A 70-year-old woman came for an ulcerated lesion on the lateral border of the tongue. Biopsy was reported as squamous cell carcinoma.');
    expect(tongue).toContain('C021');
    expect(tongue).not.toContain('C4492');
    expect(await coded('Biopsy was reported as squamous cell carcinoma.')).toEqual(['C801']);
  });

  it('reads the site of metastases named in their sentence (C78.0-, each lung when both are named)', async () => {
    expect(await coded('The chest X-ray showed multiple nodular images in both lung fields consistent with metastases.')).toEqual(expect.arrayContaining(['C7801', 'C7802']));
  });

  it('reads each mention on its own: a sited metastasis stays beside a siteless one said with more certainty', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: the affirmed 'metastasis from clear cell carcinoma' hid the uncertain
    // lung metastases when the mentions were first grouped into one finding.
    const codes = await coded(
      'The pathology was renal cell carcinoma of the clear cell type of 8 cm in diameter. ' +
        'Three months after surgery, the chest X-ray showed multiple nodular images in both lung fields consistent with metastases. ' +
        'FNAC of these lesions was performed, resulting in the pathological diagnosis of metastasis from clear cell carcinoma.',
    );
    expect(codes).toEqual(expect.arrayContaining(['C649', 'C7801', 'C7802']));
  });

  it('takes a site of its own sentence when the chart codes another primary, and never soft tissue from a layer of muscle', async () => {
    const two = await coded(
      'A 75-year-old male patient with a personal history of TURP due to benign prostatic hyperplasia in another center, whose pathological study showed the presence of a Gleason 6 adenocarcinoma. Recurrence of leiomyosarcoma.',
    );
    expect(two).toEqual(expect.arrayContaining(['C61', 'C499']));
    expect(await coded('Pathology showed a high grade urothelial carcinoma with invasion of the muscular layer.')).toEqual(['C801']);
  });

  it('does not take an organ named for a test, the primary a metastasis came from, or a site another neoplasm took', async () => {
    expect(await coded('Blood count, biochemistry and renal function were normal. Biopsy showed carcinoma.')).toEqual(['C801']);
    const origin = await coded('The histological study showed the presence of a metastasis of clear cell carcinoma of probable renal origin.');
    expect(origin).not.toContain('C7900');
    const spread = await coded('He underwent surgery for a perforated cecum tumor. We observed liver metastases in segment 8. Pathology showed an adenocarcinoma.');
    expect(spread).toEqual(expect.arrayContaining(['C787', 'C180']));
    expect(spread).not.toContain('C229');
  });
});

describe("the Table of Neoplasms' site rows", () => {
  it("keeps the words of a row's modifier outside its parentheses: 'cystic (bile) duct (common)' is the cystic duct", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: 'cystic' describes the carcinoma's look, not the cystic duct (C24.0).
    const renal = await coded('The study confirmed a renal clear cell carcinoma, multilocular cystic.');
    expect(renal).toContain('C649');
    expect(renal).not.toContain('C240');
    expect(await coded('Carcinoma of the cystic duct.')).toContain('C240');
  });

  it("reads the Table's 'lymph, gland' as the lymph node charts name (C77.3, C77.4)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('Radiotherapy for finding 3 metastatic axillary lymph nodes during surgery.')).toContain('C773');
    expect(await coded('CT scan and PET. CT scan showed left inguinal lymph node metastasis.')).toContain('C774');
  });

  it("reads a comma's qualifier before its noun ('utricle, prostatic'), and two spellings of one root as either", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: 'prostatic' alone named the prostatic utricle (C68.0).
    expect(await coded('Prostatic biopsy revealed moderately differentiated adenocarcinoma.')).toContain('C61');
    expect(await coded('Adenocarcinoma of the prostatic utricle.')).toContain('C680');
    expect(await coded('Carcinoma of the anus.')).toContain('C210');
    expect(await coded('Anal carcinoma.')).toContain('C210');
  });

  it("reads a title that alone names another organ's row only with its modifier: 'cord (true) (vocal)' beside 'spermatic cord'", async () => {
    const cord = await coded('She had a painful tumor in the right epididymis, as well as another tumor of smaller size in the cord.');
    expect(cord).not.toContain('D491');
    expect(await coded('Carcinoma of the vocal cord.')).toContain('C320');
  });

  it("follows a row's cross-reference for the columns it leaves blank: 'colon (see also Neoplasm, intestine, large)'", async () => {
    expect(await coded('A 32-year-old male with colonic neoplasia.')).toEqual(['D490']);
    expect(await coded('Tumor of the bowel.')).toEqual(['D490']);
  });
});

describe('a neoplasm read by site takes its site from the phrase its tumour word heads', () => {
  // From ../shared/eval/charts-codiesp-dev.jsonl.
  it("reads a tumour of no site into the organ named with it or just before, in the unspecified behavior column (D49.51-, D49.2)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const kidney = await coded('A mass adhered to the lower pole of the right kidney was found. The tumor was resected.');
    expect(kidney).toContain('D49511');
    expect(kidney).not.toContain('D499');
    expect(await coded('Block resection of the compromised mandibular segment was performed considering as limits the borders of the tumor.')).toContain('D492');
    // Once the pathology names the behavior, the tumour is that neoplasm (C64.1), not a D49 beside it.
    expect(await coded('A mass adhered to the lower pole of the right kidney was found. The tumor was resected. Pathology: clear cell renal cell carcinoma.')).not.toContain('D49511');
  });

  it('reads a benign morphology of no site into the organ named with it or just before (D15.1), leaving the organ to a later carcinoma (C07)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const heart = await coded(
      'Subsequently, cardiac catheterization was performed and no angiographically significant coronary lesions were observed. With the suspicion of atrial myxoma, the patient underwent surgery and the diagnosis was confirmed.',
    );
    expect(heart).toContain('D151');
    expect(heart).not.toContain('D369');
    expect(
      await coded(
        'A 43-year-old female patient, previously treated for a parotid tumor in the deep lobe of 26 mm in diameter and with previous FNAB diagnosed as basal cell adenoma. ' +
          'A conservative partial parotidectomy was performed and the definitive histology showed a cystic carcinoma pT2N0M0.',
      ),
    ).toContain('C07');
  });

  it('reads the tumor cells a pathologist describes as no tumour of their own', async () => {
    expect(await coded('There was a focal positivity for CD-15 and EMA and almost all tumor cells were Ki-67+.')).not.toContain('D499');
  });

  it("does not take a site across 'and', 'due to' or a reporting verb", async () => {
    const cord = await coded('Ultrasound showed signs compatible with testicular tumor and left cord cyst.');
    expect(cord).not.toContain('D491');
    const marrow = await coded('When discovering the bone marrow inadequate due to the bladder tumor, a substitutive hemotherapy treatment was performed.');
    expect(marrow).toContain('D494');
    expect(marrow).not.toContain('D4989');
    expect(await coded('Abdominal examination revealed a hard tumor.')).not.toContain('D4989');
  });

  it("reads the anterior or lateral 'face' of an organ as its surface, not the face (D49.89)", async () => {
    expect(await coded('A gastric anterior face tumor was found.')).toEqual(['D490']);
    expect(await coded('A 70-year-old woman came for a tumor on the right lateral face of the tongue.')).toEqual(['D490']);
    expect(await coded('Tumor of the face.')).toEqual(['D4989']);
  });

  it('keeps coordinated sites, the sites its preposition lists and a side after a comma', async () => {
    expect(await coded('Liver and lung metastases.')).toEqual(expect.arrayContaining(['C787', 'C7800']));
    expect(await coded('He was treated in 1985 for squamous cell carcinoma of the mouth floor and tongue.')).toEqual(expect.arrayContaining(['C049', 'C029']));
    expect(await coded('Presumptive diagnosis of localized renal adenocarcinoma, right upper partial nephrectomy.')).toContain('C641');
    expect(await coded('Eleven lymph nodes affected by micropapillary carcinoma were isolated.')).toContain('C779');
  });
});
