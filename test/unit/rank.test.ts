import { describe, expect, it } from 'vitest';
import { expandedQueryWords } from '../../src/core/search/query-words';
import { rankCodes } from '../../src/core/search/rank';
import { buildSlots } from '../../src/core/search/word-query';
import { realParts } from './engine-fixture';

const { cm } = await realParts();

/** Queries whose words hold tens of thousands of titles ('other', 'unspecified', 'with', 'fracture'), as coders type them. */
const QUERIES = [
  'Fx lower limb NEC-open',
  'Oth leuk uns cl w rmson',
  'Cl skl w oth fx w/o coma',
  'Mal neo body uterus NEC',
  'Other specified disorders of the male genital organs',
  'Open wound of leg, unspecified, with complication',
  'unspecified fracture of shaft of unspecified femur',
  'other and unspecified injury of unspecified body region',
  'type 2 diabetes with hyperglycemia',
  'with',
  // A rare word and common ones: the common words are looked up in their bitsets for the few documents reached.
  'Schizophrenia NOS-unspec',
  'Hb-S dis w/o crisis NEC',
  'Fx distal radius NEC-cl',
  // Many words, and the titles that match half of them weigh few codes: the first scoring pass asks less, a few times.
  'Bipolar I disorder, most recent episode (or current) manic, severe, specified as with psychotic behavior',
];

/** Ranks every reading of the queries pruned and exhaustively and expects the same; returns how many lists were full. */
function compareWithFullWalk(queries: string[], prefixLast: boolean): number {
  let compared = 0;
  for (const query of queries) {
    for (const words of expandedQueryWords(query)) {
      const slots = buildSlots(cm.index, words, { prefixLast });
      for (const limit of [1, 10, 40]) {
        const fast = rankCodes(cm.index, slots, limit);
        const full = rankCodes(cm.index, slots, limit, { exhaustive: true });
        expect(fast.map((r) => r.codeIndex), `${query} / ${words.join(' ')} / ${limit}`).toEqual(full.map((r) => r.codeIndex));
        fast.forEach((r, i) => expect(r.score).toBeCloseTo(full[i]!.score, 5));
        if (fast.length === limit) compared++;
      }
    }
  }
  return compared;
}

describe('rankCodes', () => {
  it('skips only what cannot rank: the same codes and scores as walking every posting', () => {
    expect(compareWithFullWalk(QUERIES, false)).toBeGreaterThan(20);
  });

  it('ranks as a full walk does when a last word read as a prefix adds rarer terms to a common one', () => {
    // 'other' also begins 'otherwise', 'nec' begins neck and necrosis: terms without a bitset beside one with it,
    // looked up by binary search; a lightest-first walk that finds no floor gives up and walks every posting.
    const queries = ['Histoplasmosis, unspecified, other', 'Oth collis stn obj per NEC', 'Disproportion NEC-unspec', 'Oth mult sb-in hosp w cs'];
    expect(compareWithFullWalk(queries, true)).toBeGreaterThan(10);
  });

  it('walks a common word lightest first and stops once heavier titles cannot rank, when the rare words reach few codes', () => {
    // 'schizophrenia' reaches a few dozen titles; 'unspecified' holds tens of thousands, and the shortest of them fill
    // the rest of the 40 places, so the walk ends long before the list does.
    const words = expandedQueryWords('Schizophrenia NOS-unspec')[0]!;
    expect(words).toContain('unspecifi');
    const slots = buildSlots(cm.index, words, {});
    const stats = { walked: 0 };
    const fast = rankCodes(cm.index, slots, 40, { stats });
    const full = rankCodes(cm.index, slots, 40, { exhaustive: true });
    expect(fast.map((r) => [r.codeIndex, r.doc])).toEqual(full.map((r) => [r.codeIndex, r.doc]));
    expect(fast).toHaveLength(40);
    const listLength = cm.index.postings(cm.index.termId('unspecifi')!).length;
    expect(stats.walked).toBeGreaterThan(0);
    expect(stats.walked).toBeLessThan(listLength / 10);
  });

  it("orders a common term's documents lightest first, and only a common term's", () => {
    const index = cm.index;
    const common = index.termId('unspecifi')!;
    const light = index.byWeight(common)!;
    expect([...light].sort((a, b) => a - b)).toEqual([...index.postings(common)]);
    let firstOutOfOrder = -1;
    for (let k = 1; k < light.length && firstOutOfOrder < 0; k++) if (index.docWeight[light[k]!]! < index.docWeight[light[k - 1]!]!) firstOutOfOrder = k;
    expect(firstOutOfOrder).toBe(-1);
    expect(index.byWeight(index.termId('schizophrenia')!)).toBeUndefined();
  });

  it("holds a common term's documents in its bitset, and only for common terms", () => {
    const index = cm.index;
    const common = index.termId('unspecifi')!;
    const rare = index.termId('schizophrenia')!;
    const bits = index.members(common)!;
    const list = index.postings(common);
    expect(list.length).toBeGreaterThan(index.docCount / 32);
    let set = 0;
    for (let d = 0; d < index.docCount; d++) if (bits[d >>> 5]! & (1 << (d & 31))) set++;
    expect(set).toBe(list.length);
    for (const d of [list[0]!, list[list.length - 1]!]) expect(bits[d >>> 5]! & (1 << (d & 31))).not.toBe(0);
    expect(index.members(rare)).toBeUndefined();
    index.warmCommon(); // idempotent, answers unchanged
    expect(index.members(common)).toBe(bits);
  });

  it('ranks the title that holds all the words and little else first', () => {
    const slots = buildSlots(cm.index, expandedQueryWords('acute appendicitis with generalized peritonitis')[0]!, {});
    const best = rankCodes(cm.index, slots, 5)[0]!;
    expect(cm.table.codes[best.codeIndex]).toMatch(/^K352/);
  });
});
