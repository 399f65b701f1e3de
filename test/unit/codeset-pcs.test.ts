import { describe, expect, it } from 'vitest';
import { parsePcsCodes } from '../../codesets/parse/pcs-codes';
import { parsePcsDefinitions } from '../../codesets/parse/pcs-definitions';
import { expandPcsTable, parsePcsTables } from '../../codesets/parse/pcs-tables';
import { officialFile } from './codeset-real-files';

const codes = parsePcsCodes(officialFile('icd10pcs/2026/icd10pcs_codes_2026.txt'), 2026, 'icd10pcs_codes_2026.txt');
const { tables } = parsePcsTables(officialFile('icd10pcs/2026/icd10pcs_tables_2026.xml'), 'icd10pcs_tables_2026.xml');

describe('parsePcsCodes', () => {
  it('reads 79,115 codes, all valid for submission', () => {
    expect(codes.codes.length).toBe(79_115);
    expect(codes.billable.every((b) => b === 1)).toBe(true);
    expect(codes.titles[0]).toBe('Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach');
  });
});

describe('parsePcsTables', () => {
  it('reads 914 tables and 2,733 rows whose expansion is exactly the codes file', () => {
    expect(tables.length).toBe(914);
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBe(2_733);
    const expanded = new Set(tables.flatMap((t) => [...expandPcsTable(t)]));
    expect(expanded.size).toBe(79_115);
    expect(codes.codes.every((c) => expanded.has(c))).toBe(true);
  });

  it('gives each axis of table 0DT its meaning', () => {
    const t = tables.find((x) => x.key === '0DT')!;
    expect(t.section.label).toBe('Medical and Surgical');
    expect(t.bodySystem.label).toBe('Gastrointestinal System');
    expect(t.operation.label).toBe('Resection');
    expect(t.definition).toBe('Cutting out or off, without replacement, all of a body part');
    const appendixRow = t.rows.find((r) => r.bodyPart.some((b) => b.char === 'J') && r.approach.some((a) => a.char === '4'))!;
    expect(appendixRow.bodyPart.find((b) => b.char === 'J')?.label).toBe('Appendix');
    expect(appendixRow.approach.find((a) => a.char === '4')?.label).toBe('Percutaneous Endoscopic');
    expect([...expandPcsTable(t)]).toContain('0DTJ4ZZ');
  });
});

describe('parsePcsDefinitions', () => {
  it('reads definitions per section and axis', () => {
    const { year, definitions } = parsePcsDefinitions(officialFile('icd10pcs/2026/icd10pcs_definitions_2026.xml'), 'defs');
    expect(year).toBe(2026);
    expect(definitions.length).toBe(954);
    expect(definitions).toContainEqual(expect.objectContaining({
      section: '0', pos: 3, term: 'Alteration', includes: 'Face lift, breast augmentation',
    }));
  });
});
