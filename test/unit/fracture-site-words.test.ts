import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);

describe("bones named by their adjective or the diaphysis, as fracture titles do not ('radial head' is the head of radius)", () => {
  it('reads the bone and its shaft', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await suggest('Median scopy confirmed the presence of a femoral diaphysis fracture with transverse tracing and consolidation.')).toContain('S72323A');
    expect(await suggest('Right patellar fracture.')).toContain('S82001A');
    expect(await suggest('Left clavicular fracture.')).toContain('S42002A');
    // 'Fracture, radius, upper end, head S52.12-', displaced where not said (Guidelines I.C.19.c).
    expect(await suggest('Fracture of the left radial head.')).toContain('S52122A');
  });
});

describe('cervical vertebrae by their levels, as notes write them (C1 to C7)', () => {
  it("reads 'C5' as the fifth cervical vertebra (S12.4-), as 'L1' is the first lumbar", async () => {
    expect(await suggest('Fracture of C5.')).toContain('S12400A');
    expect(await suggest('C2 fracture after a fall.')).toContain('S12100A');
  });

  it("leaves the complement's C3 and C4 without a vertebra's code", async () => {
    const codes = await suggest('Hypocomplementemia with low C3 and C4 levels.');
    expect(codes.filter((c) => c.startsWith('S12'))).toEqual([]);
  });
});
