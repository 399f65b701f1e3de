import { describe, expect, it } from 'vitest';
import { intentAllowed, noteAppliesTo, noteRanges, rangesCover } from '../../src/core/suggest/note-ranges';
import { realEngine } from './engine-fixture';

const engine = await realEngine();

describe('noteRanges', () => {
  it('reads a single code, a range and a dash category as they are printed in notes', () => {
    expect(noteRanges('chronic bronchitis NOS (J42)')).toEqual([['J42', 'J42']]);
    expect(noteRanges('influenza (J09-J11)')).toEqual([['J09', 'J11']]);
    expect(noteRanges('injury of forearm (S58.-)')).toEqual([['S58', 'S58']]);
    expect(noteRanges('hypertensive chronic kidney disease (I12.-, I13.-)')).toEqual([['I12', 'I12'], ['I13', 'I13']]);
  });

  it('reads codes with dots as raw codes', () => {
    expect(noteRanges('diabetic chronic kidney disease (E08.22, E11.22)')).toEqual([['E0822', 'E0822'], ['E1122', 'E1122']]);
  });

  it('reads no codes from words alone', () => {
    expect(noteRanges('code to identify control using:')).toEqual([]);
  });

  it('reads the codes of each Excludes1 note of J44 in the real Tabular List, J42 among them', async () => {
    const notes = (await engine.detail('J449'))!.notes.filter((n) => n.kind === 'excludes1' && n.from === 'J44');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(noteRanges(note.text).flat(), note.text).toEqual(expect.arrayContaining(note.codes));
    expect(notes.some((n) => rangesCover(noteRanges(n.text), 'J42'))).toBe(true);
  });
});

describe('rangesCover', () => {
  it('covers the ends of a range and every code beneath them', () => {
    const ranges = noteRanges('influenza (J09-J11)');
    for (const code of ['J09', 'J09X1', 'J10', 'J1100', 'J111']) expect(rangesCover(ranges, code), code).toBe(true);
  });

  it('does not cover codes outside the range', () => {
    const ranges = noteRanges('influenza (J09-J11)');
    for (const code of ['J08', 'J12', 'J189', 'I10']) expect(rangesCover(ranges, code), code).toBe(false);
  });

  it('covers the subcategory of a dash category and its 7th-character codes (S58.-)', () => {
    const ranges = noteRanges('(S58.-)');
    expect(rangesCover(ranges, 'S58011A')).toBe(true);
    expect(rangesCover(ranges, 'S59')).toBe(false);
  });

  it('covers a single code and its children only (J42; E11.22)', () => {
    expect(rangesCover(noteRanges('(J42)'), 'J42')).toBe(true);
    expect(rangesCover(noteRanges('(J42)'), 'J43')).toBe(false);
    expect(rangesCover(noteRanges('(E11.22)'), 'E1122')).toBe(true);
    expect(rangesCover(noteRanges('(E11.22)'), 'E1121')).toBe(false);
  });
});

describe('noteRanges with endings', () => {
  it("reads a range of categories 'with' an ending as that ending's code in each category (E08-E13 with .39)", () => {
    const ranges = noteRanges('iridocyclitis, iritis, uveitis (due to) (in) diabetes mellitus (E08-E13 with .39)');
    expect(ranges).toContainEqual(['E1139', 'E1139']);
    expect(rangesCover(ranges, 'E1139')).toBe(true);
    expect(rangesCover(ranges, 'E0839')).toBe(true);
    // A diabetes without complications is not the excluded iridocyclitis in diabetes.
    expect(rangesCover(ranges, 'E119')).toBe(false);
    expect(rangesCover(ranges, 'E11311')).toBe(false);
  });

  it("reads a category 'with final characters' as its codes that end so (I69. with final characters -22)", () => {
    const ranges = noteRanges('dysarthria following cerebrovascular disease (I69. with final characters -22)');
    for (const code of ['I69322', 'I69122', 'I69022']) expect(rangesCover(ranges, code), code).toBe(true);
    // The stroke's other sequelae are not the dysarthria the note sends to I69.-22.
    for (const code of ['I6930', 'I69398', 'I69328']) expect(rangesCover(ranges, code), code).toBe(false);
  });

  it('reads a range of endings and a list of them (.51-.52; .14, .24, .94)', () => {
    const diabetic = noteRanges('diabetic peripheral angiopathy (E08-E13 with .51-.52)');
    expect(rangesCover(diabetic, 'E1151')).toBe(true);
    expect(rangesCover(diabetic, 'E1152')).toBe(true);
    expect(rangesCover(diabetic, 'E1159')).toBe(false);
    const mood = noteRanges('mood disorders due to psychoactive substance use (F10-F19 with .14, .24, .94)');
    for (const code of ['F1014', 'F1924', 'F1394']) expect(rangesCover(mood, code), code).toBe(true);
    expect(rangesCover(mood, 'F1020')).toBe(false);
  });

  it("keeps the whole range when the ending is written in words ('with fifth or sixth character 5')", () => {
    expect(noteRanges('adverse effect of drug (T36-T50 with fifth or sixth character 5)')).toEqual([['T36', 'T50']]);
  });
});

describe('intent restrictions of T36-T65 ranges', () => {
  // E09's notes, as the FY2021 Tabular List prints them.
  const codeFirst = 'poisoning due to drug or toxin, if applicable (T36-T65 with fifth or sixth character 1-4 or 6)';
  const useAdditional = 'for adverse effect, if applicable, to identify drug (T36-T50 with fifth or sixth character 5)';
  it("names the poisonings of E09's 'Code first' note and the adverse effects of its 'Use additional code' note", () => {
    expect(intentAllowed(codeFirst, 'T380X1A')).toBe(true);
    expect(intentAllowed(codeFirst, 'T4272XA')).toBe(true);
    expect(intentAllowed(codeFirst, 'T380X6A')).toBe(true);
    expect(intentAllowed(codeFirst, 'T380X5A')).toBe(false);
    expect(intentAllowed(useAdditional, 'T380X5A')).toBe(true);
    expect(intentAllowed(useAdditional, 'T402X1A')).toBe(false);
    // Codes outside the chapter's drug rows, and notes without the restriction, are not restricted.
    expect(intentAllowed(codeFirst, 'E099')).toBe(true);
    expect(intentAllowed('(T36-T50)', 'T380X5A')).toBe(true);
  });

  it("applies T36-T50's 'for adverse effects, the nature of the adverse effect' note to the adverse effects only", () => {
    const note = 'for adverse effects, the nature of the adverse effect, such as: blood disorders (D56-D76)';
    expect(noteAppliesTo(note, 'T45515A')).toBe(true);
    expect(noteAppliesTo(note, 'T45511A')).toBe(false);
    expect(noteAppliesTo(codeFirst, 'T45511A')).toBe(true);
  });
});
