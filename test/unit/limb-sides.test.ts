import { describe, expect, it } from 'vitest';
import { spellLimbSides } from '../../src/core/suggest/limb-sides';

const spell = (text: string) => spellLimbSides(text, 0, text.length).replace(/\s+/g, ' ').trim();

// Written for the test, as US notes abbreviate sides.
describe('spellLimbSides', () => {
  it('spells the side abbreviations before a word or at the end of the window', () => {
    expect(spell('L knee pain')).toBe('left knee pain');
    expect(spell('Rt. shoulder')).toBe('right shoulder');
    expect(spell('RLE cellulitis, BLE edema')).toBe('right cellulitis, bilateral edema');
    expect(spell('pain in the L')).toBe('pain in the left');
  });

  it('leaves units, spinal levels and names as written', () => {
    for (const text of ['2 L of oxygen', 'L4-L5 disc', 'L-spine', 'Dr. R Smith']) expect(spell(text)).toBe(text);
  });

  it('leaves a word the window cuts as written (quoted from the dev charts)', () => {
    const text = 'Two years later, the report concludes a recurrence of high grade leiomyosarcoma.';
    const from = text.indexOf('rt concludes');
    expect(spellLimbSides(text, from, from + 12)).toBe('rt concludes');
  });
});
