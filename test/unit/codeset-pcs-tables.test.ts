import { describe, expect, it } from 'vitest';
import { loadCodeTable } from '../../src/core/codeset/loader';
import { describePcsCode, expandPcsCodes, loadPcsDefinitions, loadPcsTables } from '../../src/core/codeset/pcs-tables';
import { realArtifacts } from './codeset-real-files';

const { catalog, read } = await realArtifacts();
const pcs = (await loadPcsTables(read, catalog, 2026))!;

describe('describePcsCode', () => {
  it('gives each character of 0DTJ4ZZ its meaning from table 0DT', () => {
    expect(describePcsCode(pcs, '0DTJ4ZZ')).toEqual({
      code: '0DTJ4ZZ', section: 'Medical and Surgical', bodySystem: 'Gastrointestinal System', operation: 'Resection',
      definition: 'Cutting out or off, without replacement, all of a body part', bodyPart: 'Appendix',
      approach: 'Percutaneous Endoscopic', device: 'No Device', qualifier: 'No Qualifier',
    });
  });

  it('answers undefined for a combination no row allows', () => {
    expect(describePcsCode(pcs, '0DTJ4ZX')).toBeUndefined();
  });
});

describe('expandPcsCodes', () => {
  it('expands the loaded tables to exactly the 79,115 codes of the codes file', async () => {
    const codes = await loadCodeTable(read, catalog, 'icd10pcs', 2026);
    const expanded = new Set(expandPcsCodes(pcs));
    expect(expanded.size).toBe(79_115);
    expect(codes.codes.every((c) => expanded.has(c))).toBe(true);
  });
});

describe('loadPcsDefinitions', () => {
  it('loads each term with its section, position and definition', async () => {
    const defs = (await loadPcsDefinitions(read, catalog, 2026))!;
    const i = defs.term.indexOf('Resection');
    expect([defs.section[i], defs.pos[i], defs.definition[i]]).toEqual(['0', '3', 'Cutting out or off, without replacement, all of a body part']);
  });
});
