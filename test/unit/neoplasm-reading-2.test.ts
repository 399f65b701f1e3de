import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const coded = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('a bone named by its adjective and a part is that bone', () => {
  it("reads the femoral neck, the humeral head and the iliac crest as bone (C79.51), not the neck or head region (C79.89)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const neck = await coded('Finally, the histological study by biopsy of the lesion in the femoral neck confirmed the diagnosis of metastasis of HCC.');
    expect(neck).toContain('C7951');
    expect(neck).not.toContain('C7989');
    const scan = await coded('Bone scan showed metastases in the humeral head and iliac crest.');
    expect(scan).toContain('C7951');
    expect(scan).not.toContain('C7989');
    expect(await coded('Metastasis in the neck.')).toContain('C7989');
  });

  it("gives the top-level 'femur' row the secondary of its twin row under 'bone' (C79.51)", async () => {
    expect(await coded('Metastasis in the femur.')).toEqual(['C7951']);
  });

  it("reads a bone's tumour of unspecified behavior as the bone's (D49.2), which the rows under 'bone' leave to 'bone'", async () => {
    expect(await coded('Tumor of the femur.')).toEqual(['D492']);
    expect(await coded('Tumor in the femoral head.')).toEqual(['D492']);
  });
});

describe('the morphology decides the column a site is read in', () => {
  // From ../shared/eval/charts-codiesp-dev.jsonl.
  it("does not read a carcinoma's extension as its site, nor a carcinoma as one of fat or muscle (C49.9)", async () => {
    const renal = await coded('Fuhrman grade I renal cell carcinoma extending to perirenal fat, without affecting the renal vein.');
    expect(renal).toContain('C649');
    expect(renal).not.toContain('C480');
    expect(renal).not.toContain('C499');
    const urothelial = await coded('The pathology was a high grade solid urothelial carcinoma that included perivesical fat, prostate and urethra with tumor-free surgical margins.');
    expect(urothelial).not.toContain('C499');
    expect(urothelial).not.toContain('C61');
    expect(await coded('Analysis of the fragments after TURP showed a mixed papillary carcinoma of smooth muscle transitional cells grade II-III.')).not.toContain('C499');
  });

  it('reads a sarcoma of a region as its connective tissue (C49.2-), not the ill-defined region (C76.5-)', async () => {
    expect(await coded('Leiomyosarcoma of the thigh.')).toEqual(['C4920']);
    expect(await coded('Liposarcoma of the left thigh.')).toEqual(['C4922']);
    expect(await coded("Kaposi's sarcoma of the thigh.")).not.toContain('C4920');
  });

  it('sites a sarcoma said alone at the region or organ of the lesion named before it', async () => {
    expect(await coded('A 5 cm mass in the left thigh was resected. Two years later, the report concludes a recurrence of high grade leiomyosarcoma.')).toEqual(['C4922']);
    expect(await coded('Cystoscopy showed a tumor in the bladder wall. Partial cystectomy was performed, with the following anatomopathological result: low grade leiomyosarcoma.')).toContain('C679');
    expect(await coded('Pathological report is compatible with leiomyosarcoma.')).toEqual(['C499']);
  });
});

describe('a squamous cell carcinoma is of the skin only when the chart says so', () => {
  it("reads one of no site as the primary of no site ('Carcinoma, squamous - see also Neoplasm, by site, malignant')", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: the metastases came from an esophageal carcinoma, not from skin.
    const codes = await coded('The Department of Anatomical Pathology reports a tumoral thrombosis of the vertebral body consistent with metastases from squamous cell carcinoma.');
    expect(codes).not.toContain('C4492');
    expect(await coded('Cutaneous squamous cell carcinoma.')).toEqual(['C4492']);
    // 'Epidermoid' names the cell type, of any squamous epithelium, not the skin's epidermis.
    expect(await coded('Squamous cell carcinoma, epidermoid type.')).toEqual(['C801']);
  });

  it('sites it at a region of the skin named before it, in the Table rows for a squamous cell carcinoma (C44.42)', async () => {
    expect(await coded('An ulcerated lesion on the scalp. Biopsy showed squamous cell carcinoma.')).toEqual(['C4442']);
  });
});

describe('cervical metastases of a head and neck cancer are its neck nodes', () => {
  it('reads them as the lymph nodes of head, face and neck (C77.0) beside a head and neck primary or the nodes', async () => {
    const larynx = await coded('A 60-year-old man with squamous cell carcinoma of the larynx. He presented cervical metastases of squamous cell carcinoma.');
    expect(larynx).toEqual(expect.arrayContaining(['C329', 'C770']));
    expect(larynx).not.toContain('C7989');
    expect(await coded('Metastatic cervical adenopathies.')).toContain('C770');
    expect(await coded('Cervical metastasis.')).toEqual(['C7989']);
  });
});

describe("the Table's rows of other specified parts", () => {
  it("are not read from their parent's words: 'skin, specified sites NEC, squamous cell carcinoma' (C44.82) is not the skin's", async () => {
    expect(await coded('Squamous cell carcinoma of the skin.')).toEqual(['C4492']);
  });
});

describe("'metastasis of' a primary: the site before the morphology is the primary's, the one placed after it the metastasis's", () => {
  // From ../shared/eval/charts-codiesp-dev.jsonl.
  it('reads the primary and the metastasis each at its own site (C61 and C78.39, not C79.82 and C31.0)', async () => {
    const codes = await coded('Metastasis of prostatic adenocarcinoma in the right maxillary sinus and left orbit.');
    expect(codes).toEqual(expect.arrayContaining(['C61', 'C7839']));
    expect(codes).not.toContain('C7982');
    expect(codes).not.toContain('C310');
    expect(await coded('The diagnosis of metastasis from breast carcinoma was considered.')).not.toContain('C7981');
  });

  it('keeps a site of origin as the primary\'s and a metastasis said at its site', async () => {
    expect(await coded('The histological study showed the presence of a metastasis of clear cell carcinoma of probable renal origin.')).toContain('C649');
    expect(await coded('Metastases of renal cell carcinoma in the lung.')).toEqual(expect.arrayContaining(['C7800', 'C649']));
    expect(await coded('Liver metastases of colon adenocarcinoma.')).toEqual(expect.arrayContaining(['C787', 'C189']));
  });
});

describe('the diffuse type of carcinoma is a morphology, not a spread', () => {
  it("sites it like any carcinoma, and without a site gives the Index's stomach (C16.9), not C80.0", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const body = await coded('In November 2000, a mass of tumor appearance in the gastric body was found by gastroscopy. Biopsy was reported as diffuse adenocarcinoma with signet ring cells.');
    expect(body).toContain('C162');
    expect(body).not.toContain('C800');
    expect(await coded('Biopsy revealed diffuse adenocarcinoma.')).toEqual(['C169']);
  });
});

describe('supraclavicular metastases of a head and neck cancer', () => {
  it('are its neck nodes (C77.0), as the TNM stage says', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const codes = await coded('Total laryngectomy for a new squamous cell carcinoma of the larynx with left supraclavicular metastasis (T4N1M0).');
    expect(codes).toEqual(expect.arrayContaining(['C329', 'C770']));
    expect(codes).not.toContain('C7989');
  });
});

describe('a carcinoma in situ is placed by site in the in situ column (D00-D09)', () => {
  it('takes the organ of the lesion named before it, D09.9 only with none', async () => {
    expect(await coded('Cystoscopy showed a lesion in the bladder. Biopsy showed carcinoma in situ.')).toContain('D090');
    expect(await coded('A mass in the left breast. Biopsy showed carcinoma in situ.')).toContain('D0592');
    expect(await coded('Carcinoma in situ.')).toEqual(['D099']);
  });

  it('is not placed when an invasive carcinoma of its sentence has it as a component', async () => {
    const codes = await coded('Cystoscopy showed a lesion in the bladder. Biopsy showed a papillary carcinoma associated with carcinoma in situ.');
    expect(codes).toContain('C679');
    expect(codes).not.toContain('D090');
  });
});

describe('a hemangioma is coded by the region of the organ its own sentence names', () => {
  // From ../shared/eval/charts-codiesp-dev.jsonl.
  it('reads intra-abdominal (D18.03), skin (D18.01), intracranial (D18.02) and other sites (D18.09)', async () => {
    expect(await coded('Multiple focal hepatic lesions in segment III with vascular pattern compatible with hemangiomas.')).toContain('D1803');
    expect(await coded('The patient presented angioma in the forehead.')).toEqual(['D1801']);
    expect(await coded('Cavernous hemangioma of the brain.')).toEqual(['D1802']);
    expect(await coded('Cystoscopy showed a vesical hemangioma.')).toContain('D1809');
    expect(await coded('Hemangioma.')).toEqual(['D1800']);
  });

  it('does not take an organ across the verb that reports it', async () => {
    expect(await coded('The anatomopathological examination of the stenosis of the urinary tract revealed a vesicular hemangioma.')).toContain('D1800');
  });
});
