import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Influenza by whether the chart identifies its virus (influenza-type.ts; J09 novel, J10 identified, J11 not). */
describe('influenza by its identified virus', () => {
  it.each([
    ['Influenza A.', 'J101'],
    ['Flu A positive.', 'J101'],
    ['Influenza A with pneumonia.', 'J1000'],
    ['Influenza.', 'J111'],
    ['Avian influenza A H5N1.', 'J09X1'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found.filter((c) => /^J(?:09|1[01])/.test(c))).toEqual([code]);
  });

  it("reads no 'flu a' from the article after the word", async () => {
    expect(await suggest('Flu a week ago, now with cough.')).not.toContain('J101');
  });
});
