import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => (await realEngine()).suggest(text, { setting: 'outpatient' });

describe('foldExcluded through SuggestionEngine.suggest', () => {
  it('keeps the code the Excludes1 note is written under and says why the other is not coded', async () => {
    const result = await suggest('COPD with chronic bronchitis NOS.');
    const codes = codesOf(result.suggestions);
    expect(codes).toContain('J449');
    expect(codes).not.toContain('J42');
    const copd = result.suggestions.find((s) => s.code === 'J449');
    expect(copd?.prompts.some((p) => /J42 not coded: Excludes1/.test(p.message))).toBe(true);
  });

  it('lets a symptom yield to the disease that excludes it, and keeps two symptoms with the weaker ranked lower', async () => {
    const pain = codesOf((await suggest('Abdominal pain. She also reports pain.')).suggestions);
    expect(pain).toContain('R109');
    if (pain.includes('R52')) expect(pain.indexOf('R52')).toBeGreaterThan(pain.indexOf('R109'));
  });

  it("keeps a coma beside diabetes 'without complications': R40 excludes only the coma a diabetes code says", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl (a type 2 diabetic in coma from another cause).
    const codes = codesOf((await suggest('Type 2 diabetes. The patient was hypotensive and poorly pre-fused in coma in the emergency department.')).suggestions);
    expect(codes).toEqual(expect.arrayContaining(['E119', 'R4020']));
  });

  it("keeps a diabetes without complications beside a hypopyon: H20.0 excludes only the diabetes's iridocyclitis (E08-E13 with .39)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl (a diabetic with a hypopyon of a keratitis).
    const text = 'His personal history included non-insulin dependent diabetes mellitus and smoking.\nExamination showed a hypopyon level appearing in the left eye.';
    expect(codesOf((await suggest(text)).suggestions)).toEqual(expect.arrayContaining(['E119', 'H20052']));
  });

  it("keeps the sepsis of a named organism over 'Sepsis, unspecified organism', A41's note excluding it (A40.3, not A41.9)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const text = 'Pneumococcal sepsis caused multiorgan failure and admission to the Intensive Care Unit. Due to poor perfusion secondary to sepsis, necrotic lesions appeared in the limbs.';
    const codes = codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);
    expect(codes).toContain('A403');
    expect(codes).not.toContain('A419');
  });

  it("codes two unrelated conditions a block's Excludes1 separates (syphilis A53.9 and HIV disease B20, excluded at A50-A64)", async () => {
    const result = await suggest('Secondary syphilis in a patient with HIV infection.');
    expect(codesOf(result.suggestions)).toEqual(expect.arrayContaining(['A539', 'B20']));
    const syphilis = result.suggestions.find((s) => s.code === 'A539');
    expect(syphilis?.prompts.some((p) => p.kind === 'excludes1' && p.codes?.includes('B20'))).toBe(true);
  });

  it('keeps both codes of other chapters that no rule ranks, with the Excludes1 prompt for the coder', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: E87 excludes familial periodic paralysis (G72.3).
    const result = await suggest('A clinical picture of loss of strength and hypokalemia led us to the diagnosis of periodic paralysis.');
    expect(codesOf(result.suggestions)).toEqual(expect.arrayContaining(['E876', 'G723']));
    const hypokalemia = result.suggestions.find((s) => s.code === 'E876');
    expect(hypokalemia?.prompts.some((p) => p.kind === 'excludes1' && p.codes?.includes('G723'))).toBe(true);
  });

  it('keeps a neoplasm over the code whose Excludes1 names it (leukemia, not the raised white cell count)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: D72.8 excludes leukemia (C91-C95).
    const codes = codesOf((await suggest('Blood count showed an increase in the numbers of leukocytes. The Hematology Service diagnosed chronic myeloid leukemia.')).suggestions);
    expect(codes).toContain('C9210');
    expect(codes).not.toContain('D72829');
  });

  it("keeps DIC beside its thrombocytopenia: D69 excludes 'purpura fulminans (D65)', not every D65 finding", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const text = 'Analytically, disseminated intravascular coagulation, maximum thrombocytopenia 47,000/l and acute renal failure stand out.';
    expect(codesOf((await suggest(text)).suggestions)).toEqual(expect.arrayContaining(['D65', 'D696']));
  });

  it('codes the SIADH that E87.1 excludes by its title, not the hyponatremia it brings', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: E87.1 excludes 'syndrome of inappropriate secretion of antidiuretic hormone (E22.2)'.
    const result = await suggest('Hyponatremia was observed (sodium 126 meq/L), and the Nephrology Department assessed paraneoplastic SIADH with good response to therapy.');
    expect(codesOf(result.suggestions)).toContain('E222');
    expect(codesOf(result.suggestions)).not.toContain('E871');
  });

  it('keeps the hyperparathyroidism, its hypercalcemia integral to it (E21 excludes only the familial hypocalciuric kind)', async () => {
    const result = await suggest('Primary hyperparathyroidism with hypercalcemia.');
    expect(codesOf(result.suggestions)).toContain('E210');
    expect(codesOf(result.suggestions)).not.toContain('E8352');
    expect(result.suggestions.find((s) => s.code === 'E210')?.prompts.some((p) => /E83\.52 not coded/.test(p.message))).toBe(true);
  });

  it("keeps a bradycardia beside the arrhythmia I49 excludes only as 'sinus bradycardia', and folds one the chart calls so", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const text = 'Physical examination revealed the presence of arrhythmia on cardiac auscultation. ECG showed bradycardia.';
    expect(codesOf((await suggest(text)).suggestions)).toEqual(expect.arrayContaining(['I499', 'R001']));
    expect(codesOf((await suggest(text.replace('bradycardia', 'sinus bradycardia'))).suggestions)).not.toContain('R001');
  });
});

describe('neoplasm of no site', () => {
  it('is not coded beside a neoplasm of a named site', async () => {
    const codes = codesOf((await suggest('Tumor of the pancreas. The tumor was resected.')).suggestions);
    expect(codes).toContain('D490');
    expect(codes).not.toContain('D499');
  });
});

describe('Allergies section', () => {
  it('sets aside a listed reaction and codes the allergy status', async () => {
    const result = await suggest('ALLERGIES:\nAllergic to penicillin (rash).\n');
    expect(codesOf(result.suggestions)).toContain('Z880');
    expect(codesOf(result.suggestions)).not.toContain('R21');
    expect(result.setAside.find((a) => a.code === 'R21')?.reason).toMatch(/Allergies/);
  });
});
