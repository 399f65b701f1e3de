import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** A hematoma of the brain, traumatic or not by its sentence (brain-hematoma.ts). */
describe('hematomas of the brain', () => {
  it('reads a spontaneous hematoma as the nontraumatic intracerebral hemorrhage, not a contusion', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await suggest('Spontaneous intraparenchymal cerebral hematoma was treated conservatively.')).toEqual(['I619']);
    expect(await suggest('Cranial CT showed a hematoma in the left cerebellar hemisphere.')).toContain('I614');
  });

  it('reads a hematoma after a trauma as the traumatic hemorrhage of the cerebrum, by its side', async () => {
    expect(await suggest('After the fall, CT showed a right frontal lobe hematoma.')).toContain('S0634AA');
  });
});
