import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Mechanical complications of a shunt, a gastrostomy, a dialysis graft or a breast implant as notes word them
 * (device-complication-index.ts; Index: Complication, ventricular shunt, mechanical T85.0-; gastrostomy K94.2-;
 * vascular graft, thrombosis T82.868; breast implant, capsular contracture T85.44).
 */
describe('a mechanical complication of a device', () => {
  it.each([
    ['Malfunctioning VP shunt.', 'T8509XA'],
    ['VP shunt obstruction, neurosurgery consulted.', 'T8509XA'],
    ['Infected VP shunt.', 'T85730A'],
    ['Dislodged PEG tube, replaced at bedside.', 'K9423'],
    ['Clogged G-tube.', 'K9423'],
    ['PEG site infection.', 'K9422'],
    ['Thrombosed left arm AV graft.', 'T82868A'],
    ['Capsular contracture of right breast implant.', 'T8544XA'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('does not code a complication the note denies', async () => {
    expect((await suggest('VP shunt in place, no malfunction.')).filter((c) => c.startsWith('T85'))).toEqual([]);
  });
});
