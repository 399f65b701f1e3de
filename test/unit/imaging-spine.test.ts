import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Studies of the spine named without their region: the Imaging tables code Cervical, Thoracic or Lumbar Spine. */
describe('imaging of the spine', () => {
  it('reads the region from the vertebral levels the sentence reports (quoted from the dev charts)', async () => {
    expect(await pcsOf('Magnetic resonance imaging of the spine revealed an image compatible with spondylitis at L4-L5.')).toEqual(['BR39ZZZ']);
    expect(await pcsOf('A spinal MRI was performed, which reported possible metastases at D8 and D10.')).toEqual(['BR37ZZZ']);
  });

  it('reads the whole spine as each region for CT and MRI, as Whole Spine for plain radiography', async () => {
    expect((await pcsOf('Magnetic resonance imaging (MRI) of the whole spine showed no abnormalities.')).sort()).toEqual(['BR30ZZZ', 'BR37ZZZ', 'BR39ZZZ']);
    expect(await pcsOf('Radiographs of the whole spine were normal.')).toEqual(['BR0GZZZ']);
  });

  it('reads the dorsal spine as thoracic, and guesses no region', async () => {
    expect(await pcsOf('Dorsal spine MRI showed a fracture of the vertebral body.')).toEqual(['BR37ZZZ']);
    // T2 here is the MRI's weighted sequence, not a vertebra.
    expect(await pcsOf('Spinal MRI showed hyperintensity on T2 sequences.')).toEqual([]);
  });

  it('leaves the spinal cord to its own table', async () => {
    expect(await pcsOf('MRI of the spinal cord showed an expansive lesion at the medullary level from D1 to D6.')).toEqual(['B03BZZZ']);
  });
});
