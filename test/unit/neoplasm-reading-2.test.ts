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
});
