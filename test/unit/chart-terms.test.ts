import { describe, expect, it } from 'vitest';
import { expandChartPhrase } from '../../src/core/suggest/chart-expand';
import { chartTerms } from '../../src/core/suggest/chart-terms';
import { termId } from '../../src/core/suggest/term-ids';

describe("the numbers of a chart's terms", () => {
  it('gives every term of the same text one number, in any sentence and through an abbreviation', () => {
    const first = 'Hx of HTN and left knee pain.';
    const second = 'Hypertension, well controlled; right knee effusion.';
    const a = chartTerms(first, expandChartPhrase);
    const b = chartTerms(second, expandChartPhrase, 40);
    for (const t of [...a, ...b]) expect(t.id).toBe(termId(t.term));
    const at = (terms: typeof a, start: number) => terms.filter((t) => t.start === start);
    // 'knee' in both sentences: one term, one number; 'left' and 'right' two.
    const [kneeA] = at(a, first.indexOf('knee'));
    const [kneeB] = at(b, 40 + second.indexOf('knee'));
    expect([kneeA!.term, kneeA!.id]).toEqual([kneeB!.term, kneeB!.id]);
    expect(at(a, first.indexOf('left'))[0]!.id).not.toBe(at(b, 40 + second.indexOf('right'))[0]!.id);
    // 'HTN' is read as hypertension: among its terms the one the word says, with the same number.
    const [hypertension] = at(b, 40);
    expect(at(a, first.indexOf('HTN')).some((t) => t.term === hypertension!.term && t.id === hypertension!.id)).toBe(true);
    expect(new Set(a.map((t) => t.id)).size).toBe(new Set(a.map((t) => t.term)).size);
  });
});
