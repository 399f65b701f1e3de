import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/core/search/terms';
import { buildSlots } from '../../src/core/search/word-query';
import { codesOf, realEngine, realParts } from './engine-fixture';

const { cm } = await realParts();
const engine = await realEngine();
const top = (query: string, n: number) => codesOf(engine.search(query, { set: 'icd10cm', limit: n }).hits);
const term = (t: string) => cm.index.termId(t)!;

describe('buildSlots', () => {
  it('lets an adjective in -al stand for the noun titles use (orbital -> orbit, arterial -> artery)', () => {
    const [orbital] = buildSlots(cm.index, ['orbital']);
    expect(orbital!.alternatives.map((a) => a.termId)).toContain(term('orbit'));
    expect(top('Orbital cellulitis', 3).some((c) => c.startsWith('H0501'))).toBe(true);
  });

  it('lets an adjective in -ic stand for its noun in -is (pelvic -> pelvis)', () => {
    const [pelvic] = buildSlots(cm.index, searchTerms('pelvic'));
    expect(pelvic!.alternatives.map((a) => a.termId)).toContain(term(searchTerms('pelvis')[0]!));
    expect(top('Pelvic hematoma, postpartum condition or complication', 5)).toContain('O717');
  });

  it("counts 'not elsewhere classified', 'not otherwise specified' and 'classified elsewhere' as one qualifier, a third a word each", () => {
    const words = searchTerms('adenoviral conjunctivitis not elsewhere classified');
    const slots = buildSlots(cm.index, words);
    expect(slots[2]!.weight).toBeCloseTo(cm.index.idf(term(words[2]!)) / 3, 5);
    expect(slots[4]!.weight).toBeCloseTo(cm.index.idf(term(words[4]!)) / 3, 5);
    expect(slots[1]!.weight).toBeCloseTo(cm.index.idf(term(words[1]!)), 5);
    // The condition named wins over titles that share only the qualifier ('Hemorrhage, not elsewhere classified').
    const found = top('Adenoviral conjunct NEC', 5);
    expect(found).toContain('B301');
    expect(found).not.toContain('R58');
    // So does 'classified elsewhere': fever in other diseases is not glaucoma in diseases classified elsewhere (H42).
    expect(top('Fever in other diseases', 3)).not.toContain('H42');
    expect(top('Ac pericardit in oth dis', 1)).toEqual(['I32']);
  });

  it('reads a last word typed in full as itself first: its prefix readings weigh no more than it does', () => {
    const [nec] = buildSlots(cm.index, ['nec'], { prefixLast: true });
    const exact = cm.index.idf(term('nec'));
    expect(nec!.alternatives.length).toBeGreaterThan(1);
    for (const a of nec!.alternatives) expect(a.weight).toBeLessThanOrEqual(exact + 1e-9);
    expect(top('Postablat hypothyr NEC', 5)).not.toContain('B761');
  });

  it('weighs a guessed completion no more than the commonest one: a contraction stands for the everyday word', () => {
    const [tis] = buildSlots(cm.index, ['tis']);
    const tissue = tis!.alternatives.find((a) => a.termId === term(searchTerms('tissue')[0]!));
    expect(tissue).toBeDefined();
    for (const a of tis!.alternatives) expect(a.weight).toBeLessThanOrEqual(tissue!.weight + 1e-9);
    // 'tis' also begins the drug name tisopurine (Table of Drugs, T50.4-): it no longer takes the query over.
    expect(top('Diff connect tis dis NOS', 5).some((c) => c.startsWith('T504'))).toBe(false);
  });
});
