import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);

describe('physeal fractures by their Salter-Harris type (Index: Fracture, by site, physeal, Salter-Harris)', () => {
  it("moves a bone end's fracture to its region's physeal code of the type written", async () => {
    expect(await suggest('Salter-Harris type II fracture of the distal left radius.')).toContain('S59222A');
    expect(await suggest('X-ray showed a Salter II fracture of the right distal tibia.')).toContain('S89121A');
    expect(await suggest('Salter-Harris type 2 fracture of the right distal femur.')).toContain('S79121A');
  });

  it('takes the type within the physeal category', async () => {
    expect(await suggest('Physeal fracture of the upper end of the right humerus, Salter-Harris type I.')).toContain('S49011A');
  });

  it('leaves a fracture of a shaft, which names no bone end, where it is', async () => {
    expect(await suggest('Fracture of the shaft of the left tibia, Salter-Harris type II.')).toContain('S82202A');
  });
});
