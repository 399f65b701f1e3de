import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);

describe('withLimbAtherosclerosis (Index: Arteriosclerosis, extremities)', () => {
  it('codes atherosclerosis said of a leg or its artery as the native arteries of the extremities, by side', async () => {
    expect(await suggest('Atherosclerosis of the right femoral artery.')).toContain('I70201');
    expect(await suggest('Atherosclerosis of the arteries of the left arm.')).toContain('I70208');
  });

  it('reads the highest stage the sentence documents: claudication, rest pain, ulceration by site, gangrene', async () => {
    expect(await suggest('Intermittent claudication of the left leg due to atherosclerosis.')).toEqual(['I70212']);
    expect(await suggest('Atherosclerosis of the lower limbs with rest pain.')).toContain('I70223');
    expect(await suggest('Atherosclerotic disease of the right lower limb with ulceration of the heel.')).toContain('I70234');
    expect(await suggest('Lower limb ischemia due to atherosclerosis with gangrene of the toes.')).toEqual(['I70269']);
  });

  it('leaves a denied stage and an artery coded elsewhere', async () => {
    expect(await suggest('Atherosclerosis of the left leg without rest pain or gangrene, with intermittent claudication.')).toEqual(['I70212']);
    // After ../shared/eval/charts-codiesp-dev.jsonl, a limb added: the coronary arteries are I25.1-, whatever limb the sentence names.
    expect(await suggest('Severe coronary atherosclerosis of the three vessels and edema of the legs.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^I702/)]));
  });

  it('reads a bypass graft of a limb by its kind, with the same stages and sides (Index: Arteriosclerosis, extremities, bypass graft)', async () => {
    // Written for the test (the dev charts have none): the graft's words, not the native arteries (I70.2-).
    expect(await suggest('Atherosclerosis of autologous vein bypass graft of the right leg with intermittent claudication.')).toEqual(['I70411']);
    expect(await suggest('Atherosclerosis of the femoropopliteal bypass graft of the left leg with rest pain.')).toContain('I70322');
    expect(await suggest('Atherosclerosis of the PTFE femoropopliteal bypass graft of the right leg.')).toEqual(['I70601']);
    expect(await suggest('Atherosclerosis of nonbiological bypass graft of the left leg with gangrene.')).toEqual(['I70662']);
    expect(await suggest('Atherosclerosis of nonautologous biological bypass graft of the right leg with ulceration of the heel.')).toEqual(['I70534']);
    expect(await suggest('Atherosclerosis of native arteries of the left leg with ulceration of the calf.')).toEqual(['I70242']);
  });
});
