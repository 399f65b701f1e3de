import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/core/text/stem';
import { realEngine } from './engine-fixture';

// Words that name properties of every JavaScript object: a lookup table written as a plain object would answer them
// with a function. The XSS corpus found one such crash; these keep it found.
const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'constructors'];

describe('object property names as words', () => {
  it('stem as words', () => {
    for (const word of WORDS) expect(typeof stemWord(word.toLowerCase())).toBe('string');
  });

  it('neither break the search nor the suggestions', async () => {
    const engine = await realEngine();
    for (const word of WORDS) {
      expect(() => engine.search(`${word} hypertension`)).not.toThrow();
      const { suggestions } = await engine.suggest(`Hypertension. ${word} ${word}s.`, { setting: 'outpatient' });
      expect(suggestions.map((s) => s.code)).toContain('I10');
    }
  });
});
