import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Studies of a paired limb or joint: the Imaging tables code a side, and have no unspecified one. */
describe('imaging of paired limbs and joints', () => {
  it('reads both sides, said or in the plural, as a code for each side where the table has no bilateral value (quoted from the dev charts)', async () => {
    expect((await pcsOf('Radiographs of hands and feet showed no erosive lesions.')).sort()).toEqual(['BP0NZZZ', 'BP0PZZZ', 'BQ0LZZZ', 'BQ0MZZZ']);
    expect((await pcsOf('An X-ray of the feet was requested, which showed no pathological findings.')).sort()).toEqual(['BQ0LZZZ', 'BQ0MZZZ']);
  });

  it('takes the bilateral value where the table has one', async () => {
    expect(await pcsOf('Radiography of both TMJ was normal.')).toEqual(['BN09ZZZ']);
  });

  it('takes the one side the chart gives the body part elsewhere, and guesses none', async () => {
    expect(await pcsOf('She reported pain in the left knee for two months. Knee MRI showed a tear of the medial meniscus.')).toEqual(['BQ38ZZZ']);
    expect(await pcsOf('Knee MRI showed a tear of the medial meniscus.')).toEqual([]);
    expect(await pcsOf('Pain in the right knee and in the left knee. Knee MRI showed a tear of the medial meniscus.')).toEqual([]);
    // Read as both hips only for want of a side, the study is of the side the chart gives.
    expect(await pcsOf('A 6-year-old boy with pain in the right hip. Ultrasound of the hip was normal.')).toEqual(['BQ40ZZZ']);
  });

  it('leaves out a study not done', async () => {
    expect(await pcsOf('No knee X-ray was performed.')).toEqual([]);
  });
});
