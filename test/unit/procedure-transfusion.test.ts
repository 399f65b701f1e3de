import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** The blood product and the vein of a transfusion (302), from the words of its clause. */
describe('transfusion', () => {
  it('takes the product named: platelets, frozen plasma, red blood cells', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await pcsOf('Upon admission, a concentrate of platelets is transfused.')).toEqual(['30233R1']);
    expect(await pcsOf('Fresh frozen plasma was administered before the procedure.')).toEqual(['30233K1']);
    expect(await pcsOf('He received two units of packed red blood cells.')).toEqual(['30233N1']);
  });

  it('takes the central vein when the note says the blood went through a central line', async () => {
    expect(await pcsOf('A transfusion of concentrated red blood cells was performed through a central venous catheter.')).toContain('30243N1');
  });
});
