import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const run = async (text: string) => engine.suggest(text, { setting: 'inpatient' });
const codes = async (text: string) => codesOf((await run(text)).suggestions.filter((s) => s.set === 'icd10cm'));

// Sentences quoted from ../shared/eval/charts-codiesp-dev.jsonl unless marked as written for the test.
describe('pathological fractures by cause and site (Guidelines I.C.13.c)', () => {
  it('codes a fracture the chart puts down to a metastasis as in neoplastic disease, at the bone and side named', async () => {
    // The translation's 'right physique' is the humerus in the original; the bone is named here.
    const found = await codes('The referred pain is explained by the existence of a pathological fracture at the level of the upper third of the right humerus due to a lesion typical of metastasis.');
    expect(found).toContain('M84521A');
    expect(found.filter((c) => c.startsWith('M84'))).toEqual(['M84521A']);
  });

  it("reads 'subtrochanteric' as the femur, and a bone metastasis elsewhere in the chart as the cause", async () => {
    expect(await codes('Six months later the patient presented a subtrochanteric pathological fracture that required osteosynthesis.')).toContain('M84453A');
    const withMetastasis = await codes('Bone scintigraphy confirmed bone metastasis in the femoral neck. Six months later the patient presented a subtrochanteric pathological fracture that required osteosynthesis.');
    expect(withMetastasis).toContain('M84553A');
    expect(withMetastasis).not.toContain('M84453A');
  });

  it('codes the fracture once: a traumatic code read from the same words is folded into the pathological one', async () => {
    const result = await run('Pathological subtrochanteric fracture of the right femur due to bone metastases.'); // written for the test
    const found = codesOf(result.suggestions);
    expect(found).toEqual(expect.arrayContaining(['M84551A', 'C7951']));
    expect(found.some((c) => c.startsWith('S72'))).toBe(false);
    const kept = result.suggestions.find((s) => s.code.replace('.', '') === 'M84551A');
    expect(kept?.prompts.map((p) => p.message).join(' ') ?? '').toMatch(/S72\.21XA not coded/);
  });

  it('keeps a traumatic fracture of another bone beside a pathological one', async () => {
    const found = await codes('Fracture of the left hip after a fall. Pathological fracture of the right humerus.'); // written for the test
    expect(found).toEqual(expect.arrayContaining(['M84421A', 'S72002A']));
  });

  it('codes an osteoporotic fracture as age-related osteoporosis with current pathological fracture, by site', async () => {
    expect(await codes('TAC and dorsal MRI: multiple vertebral lesions (in D7 and from D9 to D12) compatible with osteoporotic vertebral compressions.')).toContain('M8008XA');
    expect(await codes('Osteoporotic fracture of the left hip.')).toContain('M80052A'); // written for the test
  });

  it('places a jaw fracture at the other site, and leaves a fracture the plate is to avoid uncoded', async () => {
    expect(await codes('Despite attempts to resolve conservatively, the patient developed a pathological fracture, which led to right segmental mandibulectomy and reconstruction.')).toContain('M8448XA');
    const avoided = await run('It was planned to place a reconstruction plate 2.4 at the angle and mandibular body level to give greater resistance and avoid a pathological fracture.');
    expect(codesOf(avoided.suggestions).some((c) => c.startsWith('M84'))).toBe(false);
    expect(avoided.setAside.find((s) => s.code.replace('.', '').startsWith('M84'))?.context).toBe('hypothetical');
  });
});
