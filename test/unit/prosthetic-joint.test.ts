import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Complications of a hip or knee replacement (prosthetic-joint.ts): the Index's by-joint codes (T84.02-, T84.03-,
 * T84.5-, M97.-) from the joint and side the clause names, and no native hip dislocation (S73.0-, Excludes2) beside.
 */
describe('a complication of a joint prosthesis', () => {
  it.each([
    ['Dislocation of right total hip prosthesis.', 'T84020A'],
    ['Periprosthetic fracture around left total knee.', 'M9712XA'],
    ['Loosening of right hip prosthesis.', 'T84030A'],
    ['Aseptic loosening of left TKA.', 'T84033A'],
    ['Infected right total knee arthroplasty.', 'T8453XA'],
    ['Right hip prosthetic joint infection.', 'T8451XA'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found.filter((c) => /^(?:T8450|T84029|T84039|M979|S730)/.test(c))).toEqual([]);
  });

  it('keeps the unspecified joint where the clause names no joint or both sides', async () => {
    expect(await suggest('Prosthetic joint infection.')).toContain('T8450XA');
    expect(await suggest('Loosening of hip prosthesis, right and left.')).toContain('T84039A');
  });
});
