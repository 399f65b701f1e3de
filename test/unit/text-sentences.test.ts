import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/text/sentences';

const show = (text: string) => splitSentences(text).map((s) => (s.item ? '* ' : '') + text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a full stop followed by a space', () => {
    expect(show('Cough. Fever!  Pain? Done')).toEqual(['Cough.', 'Fever!', 'Pain?', 'Done']);
  });

  it('does not split decimals or codes', () => {
    expect(show('Physical examination revealed: Ta 40.2 C; T.A: 109/68 mmHg. Code E11.9 given.')).toEqual([
      'Physical examination revealed: Ta 40.2 C; T.A: 109/68 mmHg.',
      'Code E11.9 given.',
    ]);
  });

  it('does not split after Dr., e.g., vs. or an initial', () => {
    expect(show('Seen by Dr. Smith, e.g. today. Renal mass vs. cyst. E. coli grew.')).toEqual([
      'Seen by Dr. Smith, e.g. today.', 'Renal mass vs. cyst.', 'E. coli grew.',
    ]);
  });

  it("does not split after a genus's initial before its species written with a capital", () => {
    expect(show('An episode of E. Coli bacteremia resolved with antibiotic therapy. He took vitamin E. Then he left.')).toEqual([
      'An episode of E. Coli bacteremia resolved with antibiotic therapy.', 'He took vitamin E.', 'Then he left.',
    ]);
  });

  it('splits at a number at the end of a sentence', () => {
    expect(show('He was 10. The end')).toEqual(['He was 10.', 'The end']);
  });

  it('ends a sentence at a line break', () => {
    expect(show('Extremities without varices or edemas\nPeripheral pulses present')).toEqual([
      'Extremities without varices or edemas', 'Peripheral pulses present',
    ]);
  });

  it('joins a hard-wrapped line that starts in lower case', () => {
    expect(show('the patient was\nseen today.')).toEqual(['the patient was\nseen today.']);
  });

  it('makes numbered, "#" and bulleted lines list items', () => {
    expect(show('Assessment:\n1. CHF exacerbation\n2) HTN\n#3 DM2\n- cough\n• fever')).toEqual([
      'Assessment:', '* 1. CHF exacerbation', '* 2) HTN', '* #3 DM2', '* - cough', '* • fever',
    ]);
  });

  it('splits numbered items written on one line', () => {
    expect(show('Diagnoses: 1. CHF 2. HTN. 3. COPD')).toEqual(['Diagnoses:', '* 1. CHF', '* 2. HTN.', '* 3. COPD']);
  });

  it('splits inside [from, to) only', () => {
    const text = 'Skip. Keep this. Skip.';
    expect(splitSentences(text, 6, 16).map((s) => text.slice(s.start, s.end))).toEqual(['Keep this.']);
  });

  it('returns trimmed, non-empty, ordered spans', () => {
    const s = splitSentences('  a.  \n\n  b.  ');
    expect(s.map((x) => [x.start, x.end])).toEqual([[2, 4], [10, 12]]);
  });
});
