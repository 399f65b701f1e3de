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

  it('reads the site of metastases named in their sentence (C78.00)', async () => {
    expect(await coded('The chest X-ray showed multiple nodular images in both lung fields consistent with metastases.')).toContain('C7800');
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

  it("follows a row's cross-reference for the columns it leaves blank: 'colon (see also Neoplasm, intestine, large)'", async () => {
    expect(await coded('A 32-year-old male with colonic neoplasia.')).toEqual(['D490']);
    expect(await coded('Tumor of the bowel.')).toEqual(['D490']);
  });
});
