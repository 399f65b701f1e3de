import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * A past stroke told with what it left is its sequela, I69 by the stroke's kind and the deficit (Guidelines I.C.9.d;
 * stroke-sequela.ts). Sentences written for the test in the words of US histories.
 */
describe('the deficits a past stroke left', () => {
  it.each([
    // A hemorrhage's sequela is its own subcategory: I69.1- intracerebral, I69.0- subarachnoid.
    ['History of ICH with residual dysarthria.', 'I69122'],
    ['History of SAH with residual aphasia.', 'I69020'],
    ['h/o stroke with residual dysarthria.', 'I69322'],
    // Weakness of one side is the hemiparesis, its side's default dominance (Guidelines I.C.6.a).
    ['h/o CVA w/ residual L sided weakness.', 'I69354'],
    ['History of CVA with residual right-sided weakness.', 'I69351'],
    ['History of stroke with residual weakness of the left side.', 'I69354'],
    ['History of ICH with residual right sided weakness.', 'I69151'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found.filter((c) => /^I69|^Z8673|^R53/.test(c))).toEqual([code]);
  });

  it("keeps the residual deficit a past medical history lists: 'PMH: HTN, h/o ICH w/ residual dysarthria'", async () => {
    const found = await suggest('PMH: HTN, h/o ICH w/ residual dysarthria\nHPI: presents with cough.');
    expect(found).toContain('I69122');
    expect(found).not.toContain('R471');
  });

  it("codes a residual weakness of no side as the stroke's other sequela (I69.398), the weakness beside it", async () => {
    const found = await suggest('h/o stroke with residual weakness.');
    expect(found).toContain('I69398');
    expect(found).toContain('R531');
    expect(found).not.toContain('I6930');
  });

  it('leaves a weakness beside a stroke without residual deficits, or of one side with no stroke, as weakness', async () => {
    const found = await suggest('Generalized weakness. History of stroke without residual deficits.');
    expect(found).toContain('R531');
    expect(found).toContain('Z8673');
    expect(found.some((c) => c.startsWith('I69'))).toBe(false);
    expect(await suggest('Right sided weakness.')).toEqual(['R531']);
  });
});
