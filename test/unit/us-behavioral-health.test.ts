import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US outpatient behavioral health follow-up: recurrent major depression, generalized anxiety, opioid use disorder in
 * sustained remission on buprenorphine, and smoking. Checks what a coder would submit from it, and what a coder would
 * not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US behavioral health medication management visit', () => {
  it('codes the recurrent moderate depression first, the anxiety, the opioid dependence in remission and the smoking', async () => {
    const { codes } = await suggest('us-behavioral-health-visit.txt', 'outpatient');
    expect(codes[0]).toBe('F331');
    for (const code of ['F411', 'F1121', 'F17210', 'Z716']) expect(codes, code).toContain(code);
  });

  it("reads every drug of a urine drug screen's 'negative for' list as negative, the first one no finding of its own", async () => {
    const { codes } = await suggest('us-behavioral-health-visit.txt', 'outpatient');
    expect(codes).not.toContain('F1490');
    expect(await cmOf('UDS negative for fentanyl, opiates, cocaine, amphetamines.')).not.toContain('F1490');
    expect(await cmOf('UDS positive for cocaine.')).toContain('F1490');
  });

  it('asks about the worry and the restlessness beside the anxiety disorder, the anhedonia beside the depression', async () => {
    const { integral } = await suggest('us-behavioral-health-visit.txt', 'outpatient');
    expect(integral('R451')).toContain('F411');
    expect(integral('R4582')).toContain('F411');
    expect(integral('R4584')).toContain('F331');
  });
});
