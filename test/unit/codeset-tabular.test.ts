import { describe, expect, it } from 'vitest';
import { loadCodeTable } from '../../src/core/codeset/loader';
import { noteCodes } from '../../src/core/codeset/note-codes';
import { inclusionTerms, loadTabularList, loadTabularRules, tabularDetail, tabularNotes } from '../../src/core/codeset/tabular';
import { notesOf } from '../../src/core/suggest/code-rules';
import { realArtifacts } from './codeset-real-files';

const { catalog, read } = await realArtifacts();
const table = await loadCodeTable(read, catalog, 'icd10cm', 2026);
const list = (await loadTabularList(read, catalog))!;

describe('loadTabularList', () => {
  it('loads the FY2021 Tabular List, the newest built', () => {
    expect(list.year).toBe(2021);
    expect(list.byCode.size).toBe(45_017);
  });

  it('finds the node of every category, subcategory and code as a map of all nodes does, and no chapter or section', () => {
    const all = new Map<string, number>();
    list.ids.forEach((id, n) => list.levels[n] !== 'chapter' && list.levels[n] !== 'section' && all.set(id, n));
    expect(all.size).toBe(45_017);
    const differing = [...all].filter(([id, n]) => list.byCode.get(id) !== n);
    expect(differing).toEqual([]);
    expect([...list.byCode]).toEqual([...all]);
    expect(list.byCode.get('J449')).toBe(list.ids.indexOf('J449'));
    // A section's or chapter's id is no code ('J40-J47', '10'); nor is a code the list lacks, nor one of a missing category.
    for (const id of ['J40-J47', '10', 'J4490', 'J4', 'U99']) expect(list.byCode.get(id)).toBeUndefined();
  });
});

describe('loadTabularRules', () => {
  it('gives every FY2026 and FY2021 code, and A or S as 7th character on each, the same rule notes as the full list', async () => {
    const rules = (await loadTabularRules(read, catalog))!;
    expect(rules.rulesOnly).toBe(true);
    const older = await loadCodeTable(read, catalog, 'icd10cm', 2021);
    const codes = new Set([...table.codes, ...older.codes]);
    // Where a 7th character is written under its base: A and S on every shorter code (allowed or not).
    for (const code of [...codes]) for (const c of 'AS') if (code.length >= 3 && code.length < 7) codes.add(code.padEnd(6, 'X') + c);
    let withNotes = 0;
    const differing: string[] = [];
    for (const code of codes) {
      const full = JSON.stringify(notesOf(code, list));
      if (JSON.stringify(notesOf(code, rules)) !== full) differing.push(code);
      if (full.includes('"from"')) withNotes++;
    }
    expect(differing).toEqual([]);
    expect(withNotes).toBeGreaterThan(50_000); // the comparison met real notes, not only empty lists
  });
});

describe('tabularDetail', () => {
  it('gives J44.9 the chain from its chapter and the Excludes1 notes of J44, labelled FY2021', () => {
    const detail = tabularDetail('J44.9', table, list)!;
    expect(detail.chain.map((n) => n.id)).toEqual(['10', 'J40-J47', 'J44', 'J449']);
    expect(detail.notesYear).toBe(2021);
    const excludes1 = detail.notes.filter((n) => n.kind === 'excludes1' && n.from === 'J44');
    expect(excludes1[0]).toEqual({ kind: 'excludes1', text: 'bronchiectasis (J47.-)', codes: ['J47'], from: 'J44', year: 2021 });
    expect(detail.chain.at(-1)?.title).toBe('Chronic obstructive pulmonary disease, unspecified');
  });

  it('gives N39.0 its own Use additional code note with the codes it names', () => {
    const detail = tabularDetail('N390', table, list)!;
    const note = detail.notes.find((n) => n.kind === 'useAdditionalCode' && n.from === 'N390');
    expect(note?.text).toBe('code (B95-B97), to identify infectious agent.');
    expect(note?.codes).toEqual(['B95', 'B97']);
  });

  it('gives S52.501 the 7th characters inherited from S52, and S52.501A the same chain plus itself', () => {
    const s52501 = tabularDetail('S52.501', table, list)!;
    expect(s52501.seventh.map((s) => s.char).join('')).toBe('ABCDEFGHJKMNPQRS');
    expect(s52501.seventh.find((s) => s.char === 'A')?.meaning).toBe('initial encounter for closed fracture');
    expect(s52501.notes.some((n) => n.from === 'S52' && n.kind === 'excludes1')).toBe(true);
    const s52501a = tabularDetail('S52501A', table, list)!;
    expect(s52501a.chain.at(-1)).toMatchObject({ id: 'S52501A', level: 'code', parent: 'S52501' });
    expect(s52501a.notesYear).toBe(2021);
  });

  it('finds the base of 7-character codes written with placeholder X', () => {
    expect(tabularDetail('W21.89XA', table, list)!.chain.map((n) => n.id).slice(-2)).toEqual(['W2189', 'W2189XA']);
    expect(tabularDetail('T07.XXXA', table, list)!.chain.map((n) => n.id).slice(-2)).toEqual(['T07', 'T07XXXA']);
  });

  it('gives a code new since FY2021 no notes rather than its neighbours\u2019 notes', () => {
    const detail = tabularDetail('B88.01', table, list)!;
    expect(detail.notes).toEqual([]);
    expect(detail.notesYear).toBeUndefined();
    expect(detail.chain.map((n) => n.id)).toEqual(['B88', 'B880', 'B8801']);
    expect(detail.chain.at(-1)?.title).toBe('Infestation by Demodex mites');
  });

  it('answers undefined for a code neither the codes nor the list know', () => {
    expect(tabularDetail('Q999999', table, list)).toBeUndefined();
  });
});

describe('tabularNotes', () => {
  it('gives FY2026 codes (every third), dotted or raw, and 7-character codes by their base, the notes of those kinds tabularDetail gives', () => {
    const kinds = new Set(['excludes1', 'codeFirst', 'useAdditionalCode'] as const);
    const codes = [...table.codes.filter((_, i) => i % 3 === 0), 'S52.501A', 'W21.89XA', 'T07.XXXA', 'J44.9', 'Q999999'];
    const differing = codes.filter((code) => {
      const detail = (tabularDetail(code, table, list)?.notes ?? []).filter((n) => kinds.has(n.kind as never));
      return JSON.stringify(tabularNotes(code, list, kinds)) !== JSON.stringify(detail);
    });
    expect(differing).toEqual([]);
    expect(tabularNotes('J44.9', list, kinds).find((n) => n.from === 'J44' && n.kind === 'excludes1')).toEqual({ kind: 'excludes1', text: 'bronchiectasis (J47.-)', codes: ['J47'], from: 'J44', year: 2021 });
  });
});

describe('inclusionTerms', () => {
  it('yields each code with the inclusion terms written under it', () => {
    const terms = new Map(inclusionTerms(list));
    expect(terms.size).toBeGreaterThan(3_000);
    expect(terms.get('J449')).toContain('Chronic obstructive airway disease NOS');
  });
});

describe('noteCodes', () => {
  it('reads single codes, category dashes and ranges', () => {
    expect(noteCodes('influenza and other acute respiratory infections (J00-J22)')).toEqual(['J00', 'J22']);
    expect(noteCodes('traumatic amputation of forearm (S58.-)')).toEqual(['S58']);
    expect(noteCodes('candidiasis of urinary tract (B37.4-)')).toEqual(['B374']);
    expect(noteCodes('insect bite or sting, venomous (T63.4)')).toEqual(['T634']);
    expect(noteCodes('H1N1 influenza')).toEqual([]);
  });
});
