import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US emergency department note of an intentional overdose, written for the tests in the words such notes use: what a
 * coder would submit from it (the poisonings by intent first, their manifestations), and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);

describe('a US ED note of an intentional overdose of acetaminophen and alprazolam', () => {
  it('lists the poisonings, intentional self-harm, first, then their manifestations and the rest', async () => {
    const { codes } = await suggest('us-ed-overdose-note.txt', 'outpatient');
    expect(codes.slice(0, 2).sort()).toEqual(['T391X2A', 'T424X2A']);
    for (const code of ['R400', 'F10920', 'F332', 'Z9151']) expect(codes, code).toContain(code);
  });

  it("codes no unnamed substance beside the named ones ('CC: Overdose'), nor the poison control center called", async () => {
    const { codes } = await suggest('us-ed-overdose-note.txt', 'outpatient');
    for (const code of ['T6591XA', 'T6592XA', 'T1491XA']) expect(codes, code).not.toContain(code);
  });
});
