import { describe, expect, it } from 'vitest';
import { codesOf, expectStillMissing, realEngine } from './engine-fixture';

const engine = await realEngine();
const top = (query: string, n: number, set: 'icd10cm' | 'icd10pcs' | undefined = 'icd10cm') =>
  codesOf(engine.search(query, { set, limit: n }).hits);

/**
 * Queries where search does not yet do what the spec asks; each is a bug to fix. Each is asserted to still fail,
 * so that fixing one forces its removal from this list.
 */
export const KNOWN_CODE_SEARCH_MISSES: readonly string[] = [
  // Specific first: I50.20 Unspecified systolic heart failure ranks above I50.22 / I50.21.
  'chronic systolic heart failure',
  'acute systolic heart failure',
];
const known = new Set(KNOWN_CODE_SEARCH_MISSES);
const splitKnown = <T extends readonly unknown[]>(cases: T[]) => [
  cases.filter((c) => !known.has(String(c[0]))),
  cases.filter((c) => known.has(String(c[0]))),
] as const;

describe('CodeSearch.search', () => {
  describe('codes', () => {
    it('reads a code typed with or without its dot, in any case, as that code, first', () => {
      for (const q of ['e119', 'E11.9', 'E119', 'e11.9']) {
        const result = engine.search(q);
        expect(result.kind, q).toBe('code');
        expect(result.hits[0]?.display, q).toBe('E11.9');
        expect(result.problem).toBeUndefined();
      }
    });

    it('lists the children of a header and says it is not billable (S52.5)', () => {
      const result = engine.search('S52.5');
      expect(result.kind).toBe('code');
      expect(result.hits[0]).toMatchObject({ code: 'S525', billable: false });
      expect(codesOf(result.hits)).toContain('S5250');
      expect(result.problem).toMatch(/not billable/);
    });

    it('says a code needs its 7th character and offers the completions (S52.501)', () => {
      const result = engine.search('S52.501');
      expect(result.problem).toMatch(/needs a 7th character/);
      expect(codesOf(result.hits)).toContain('S52501A');
    });

    it('fills the placeholder X (T07A -> T07.XXXA, W2189A -> W21.89XA)', () => {
      expect(engine.search('T07A').hits[0]?.display).toBe('T07.XXXA');
      expect(engine.search('W2189A').hits[0]?.display).toBe('W21.89XA');
      expect(engine.search('w2189a').problem).toMatch(/placeholder X/);
    });

    it('says why an unknown code is not a code', () => {
      const result = engine.search('Z99.999');
      expect(result.kind).toBe('code');
      expect(result.problem).toMatch(/is not a.*ICD-10-CM code/);
    });

    it('finds an ICD-10-PCS code (0DTJ4ZZ) among all sets', () => {
      const result = engine.search('0DTJ4ZZ');
      expect(result.hits[0]).toMatchObject({ code: '0DTJ4ZZ', set: 'icd10pcs', billable: true });
    });
  });

  describe('words', () => {
    it('searches words that look like codes as words (chf, htn)', () => {
      for (const q of ['chf', 'htn']) {
        const result = engine.search(q);
        expect(result.kind, q).toBe('words');
        expect(result.problem).toBeUndefined();
      }
      expect(top('chf', 1, undefined)).toEqual(['I509']);
      expect(top('htn', 1, undefined)).toEqual(['I10']);
    });

    const dm2 = () => {
      const result = engine.search('dm2', { limit: 10 });
      expect(result.kind).toBe('words');
      expect(codesOf(result.hits).some((c) => c.startsWith('E11'))).toBe(true);
    };
    it('reads "dm2" as the abbreviation, not as a prefix of ICD-10-PCS codes, when no set is chosen', dm2);

    it('respects the set filter (--set icd10pcs returns only ICD-10-PCS codes)', () => {
      const hits = engine.search('appendectomy', { set: 'icd10pcs', limit: 20 }).hits;
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.set === 'icd10pcs')).toBe(true);
      expect(engine.search('pneumonia', { set: 'icd10cm', limit: 20 }).hits.every((h) => h.set === 'icd10cm')).toBe(true);
    });

    it('corrects misspellings ("pnuemonia" -> J18.9 in the top 3)', () => {
      expect(top('pnuemonia', 3)).toContain('J189');
    });

    it('reads plurals as their singular ("fractures" ranks like "fracture")', () => {
      expect(top('fractures', 5)).toEqual(top('fracture', 5));
      expect(top('kidney stones', 3)).toEqual(top('kidney stone', 3));
    });

    it('ignores word order ("fracture left radius distal" -> an S52.5 code in the top 5)', () => {
      expect(top('fracture left radius distal', 5).some((c) => c.startsWith('S525'))).toBe(true);
    });

    it('expands clinical abbreviations', () => {
      expect(top('copd exac', 3)).toContain('J441');
      expect(top('chf', 3)).toContain('I509');
      expect(top('htn', 1)).toEqual(['I10']);
      expect(top('dm2', 5).some((c) => c.startsWith('E11'))).toBe(true);
      expect(top('t2dm', 5).some((c) => c.startsWith('E11'))).toBe(true);
      expect(top('afib', 1)).toEqual(['I4891']);
      expect(top('uti', 1)).toEqual(['N390']);
      expect(top('ckd 3', 3).some((c) => c.startsWith('N183'))).toBe(true);
    });

    const billableFirst = (q: string) => {
      const hits = engine.search(q, { set: 'icd10cm', limit: 10 }).hits;
      expect(hits[0]?.billable, `${q}: ${codesOf(hits).join(' ')}`).toBe(true);
      // A header never ranks above all of the billable codes beneath it.
      hits.forEach((h, i) => {
        if (!h.billable) expect(hits.slice(0, i).some((b) => b.billable && b.code.startsWith(h.code)), `${q}: ${h.code}`).toBe(true);
      });
    };
    const [billableCases, billableMisses] = splitKnown(
      ['type 2 diabetes', 'chronic kidney disease stage 3', 'fracture left radius distal', 'copd exac', 'acute kidney failure',
        'viral pneumonia', 'asthma', 'type 1 diabetes with ketoacidosis', 'migraine with aura'].map((q) => [q] as const),
    );
    it.each(billableCases)('ranks billable leaves above headers ("%s")', (q) => billableFirst(q));
    it.each(billableMisses)('still ranks a header first for "%s" (KNOWN_CODE_SEARCH_MISSES)', (q) => expectStillMissing(() => billableFirst(q)));

    const firstIs = (q: string, code: string) => expect(top(q, 1), q).toEqual([code]);
    it.each([
      ['pneumonia', 'J189'], ['type 2 diabetes', 'E119'], ['atrial fibrillation', 'I4891'], ['heart failure', 'I509'],
      ['urinary tract infection', 'N390'], ['acute kidney failure', 'N179'],
    ])('ranks the "unspecified" code first when the words say nothing more ("%s" -> %s)', firstIs);

    const [specificCases, specificMisses] = splitKnown([
      ['type 2 diabetes with hyperglycemia', 'E1165'], ['paroxysmal atrial fibrillation', 'I480'],
      ['acute on chronic diastolic heart failure', 'I5033'], ['streptococcal pharyngitis', 'J020'], ['left knee pain', 'M25562'],
      ['acute cystitis with hematuria', 'N3001'], ['chronic kidney disease stage 4', 'N184'],
      ['chronic systolic heart failure', 'I5022'], ['acute systolic heart failure', 'I5021'], ['pneumococcal pneumonia', 'J13'],
    ] as const);
    it.each(specificCases)('ranks the specific code first when the words say more ("%s" -> %s)', firstIs);
    it.each(specificMisses)('still ranks another code first for "%s" (%s; KNOWN_CODE_SEARCH_MISSES)', (q, code) =>
      expectStillMissing(() => firstIs(q, code)),
    );

    it('returns nothing for an empty query', () => {
      expect(engine.search('   ').hits).toEqual([]);
    });
  });
});
