import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'outpatient' })).suggestions);

/** Counseling by its subject, the Index's subterms of 'Counseling (for) Z71.9' (counseling-index.ts). */
describe('counseling in the words of US plans (written for the test)', () => {
  it.each([
    ['Patient counseled on diet.', 'Z713'],
    ['Counseled on diet and exercise.', 'Z713'],
    ['Counseled on diet and exercise.', 'Z7182'],
    ['Tobacco cessation counseling provided, 5 minutes.', 'Z716'],
    ['Counseled patient regarding smoking cessation.', 'Z716'],
    ['Alcohol counseling provided.', 'Z7141'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found).not.toContain('Z719'); // the subject's code, not 'Counseling, unspecified' beside it
  });

  it('keeps Z71.9 where the subject has no code of its own', async () => {
    expect(await suggest('Counseled on the risks of surgery.')).toContain('Z719');
  });
});
