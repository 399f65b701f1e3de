import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US phrasing of ED injuries, drug-induced conditions, eyelid skin cancers and valve disease, each coded as the Index
 * and Tabular give it.
 */
const engine = await realEngine();

describe('ED dog bite note (us-dog-bite-ed-note.txt)', () => {
  it('codes the bite the exam documents, its cause and the Tdap given; not the chief complaint read across its comma', async () => {
    const { codes } = await codedAs(engine, readNote('us-dog-bite-ed-note.txt'), 'outpatient');
    expect(codes).toEqual(expect.arrayContaining(['S61452A', 'W540XXA', 'Z23']));
    // 'L wrist pain, dog bite' lists the pain and the bite: no bite of the wrist.
    expect(codes).not.toContain('S61552A');
    // The bite's puncture is the open bite's wound, and 'Tetanus status unknown' is an immunization question.
    expect(codes).not.toContain('S61432A');
    expect(codes).not.toContain('A35');
  });
});
