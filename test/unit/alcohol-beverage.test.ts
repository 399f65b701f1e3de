import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * 'Alcohol' alone is the Table of Drugs' unspecified alcohol (T51.9-); the alcohol drunk is 'Alcohol, beverage
 * T51.0X-' (alcohol-beverage.ts), its intent and episode kept.
 */
describe('the toxic effect of the alcohol drunk', () => {
  it.each([
    ['Acute alcohol poisoning after drinking a bottle of whisky.', 'T510X1A', 'T5191XA'],
    ['Alcohol poisoning with suicidal intent after drinking vodka.', 'T510X2A', 'T5192XA'],
  ])('%s -> %s, not %s', async (text, code, unspecified) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain(unspecified);
  });

  it('keeps the unspecified alcohol when nothing says it was drunk', async () => {
    expect(await suggest('Alcohol poisoning.')).toContain('T5191XA');
  });
});
