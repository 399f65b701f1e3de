import { describe, expect, it } from 'vitest';
import { parseCmIndex } from '../../codesets/parse/cm-index';
import { officialFile } from './codeset-real-files';

const parse = (name: string) => parseCmIndex(officialFile(`icd10cm/2025/${name}`), name);

describe('parseCmIndex', () => {
  it('reads the Table of Drugs: 5,177 main terms, 2,251 subterms, six code columns per row', () => {
    const drug = parse('icd-10-cm-drug-2025.xml');
    expect(drug.year).toBe(2025);
    expect(drug.terms.filter((t) => t.level === 0).length).toBe(5_177);
    expect(drug.terms.filter((t) => t.level > 0).length).toBe(2_251);
    expect(drug.headings[2]).toBe('Poisoning Accidental (unintentional)');
    expect(drug.headings[7]).toBe('Underdosing');
    const propanol = drug.terms.find((t) => t.title === '1-propanol')!;
    expect(propanol.cells).toEqual({ 2: 'T51.3X1', 3: 'T51.3X2', 4: 'T51.3X3', 5: 'T51.3X4', 6: '--', 7: '--' });
    const d24 = drug.terms.find((t) => t.title === '2,4-D')!;
    expect(d24.nemod).toBe('(dichlorophen-oxyacetic acid)');
  });

  it('reads the Table of Neoplasms: one main term with nested sites and their six columns', () => {
    const neoplasm = parse('icd-10-cm-neoplasm-2025.xml');
    expect(neoplasm.terms.filter((t) => t.level === 0).map((t) => t.title)).toEqual(['Neoplasm, neoplastic']);
    expect(neoplasm.terms.length).toBe(1 + 1_938);
    expect(neoplasm.headings[2]).toBe('Malignant Primary');
    const wall = neoplasm.terms.find((t) => t.title === 'wall' && neoplasm.terms[t.parent]?.title === 'abdomen, abdominal')!;
    expect(wall.level).toBe(2);
    expect(wall.seeAlso).toBe('Neoplasm, abdomen, wall, skin');
    expect(wall.cells[2]).toBe('C44.509');
    expect(neoplasm.terms.find((t) => t.title === 'book-leaf')?.manif).toBe('ventral surface of tongue and floor of mouth');
  });

  it('reads the External Cause Index: titles without their nonessential modifiers, codes, see and subcat', () => {
    const eindex = parse('icd-10-cm-eindex-2025.xml');
    expect(eindex.title).toBe('ICD-10-CM EXTERNAL CAUSE of INJURIES INDEX');
    expect(eindex.terms.filter((t) => t.level === 0).length).toBe(314);
    const abandonment = eindex.terms[0]!;
    expect(abandonment).toMatchObject({ title: 'Abandonment NEC', code: 'X58', parent: -1 });
    expect(abandonment.nemod).toBe('(causing exposure to weather conditions) (with intent to injure or kill)');
    expect(eindex.terms.find((t) => t.title === 'bare foot water skiier')?.code).toBe('V94.4');
    expect(eindex.terms.find((t) => t.title === 'automobile')?.see).toBe('Accident, transport, car occupant');
    expect(eindex.terms.find((t) => t.title === 'lightning')?.subcat).toBe('T75.0');
  });

  it('rejects a file of another schema', () => {
    expect(() => parseCmIndex('<ICD10CM.tabular/>', 'x.xml')).toThrow(/x\.xml is not an ICD-10-CM index file/);
  });
});
