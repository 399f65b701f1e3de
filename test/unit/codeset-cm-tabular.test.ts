import { describe, expect, it } from 'vitest';
import { parseCmTabular } from '../../codesets/parse/cm-tabular';
import { officialFile } from './codeset-real-files';

const tabular = parseCmTabular(officialFile('icd10cm/2021/icd10cm_tabular_2021.xml'), 'icd10cm_tabular_2021.xml');
const node = (id: string) => tabular.nodes.find((n) => n.id === id && n.level !== 'section')!;

describe('parseCmTabular', () => {
  it('reads FY2021: 22 chapters, 296 sections, one node per <diag>', () => {
    expect(tabular.year).toBe(2021);
    expect(tabular.nodes.filter((n) => n.level === 'chapter').length).toBe(22);
    expect(tabular.nodes.filter((n) => n.level === 'section').length).toBe(296);
    expect(tabular.nodes.filter((n) => n.level !== 'chapter' && n.level !== 'section').length).toBe(45_017);
  });

  it('keeps every note kind written at J44, in file order', () => {
    const j44 = node('J44');
    expect(j44.level).toBe('category');
    expect(j44.notes.filter((n) => n.kind === 'excludes1').map((n) => n.text)).toContain('bronchiectasis (J47.-)');
    expect(j44.notes.filter((n) => n.kind === 'includes')[0]?.text).toBe('asthma with chronic obstructive pulmonary disease');
    expect(j44.notes.some((n) => n.kind === 'codeAlso' && n.text === 'type of asthma, if applicable (J45.-)')).toBe(true);
  });

  it('keeps 7th character definitions where written (S52), not on the children', () => {
    expect(node('S52').seventh.map((s) => s.char)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'S']);
    expect(node('S52').seventh[0]).toEqual({ char: 'A', meaning: 'initial encounter for closed fracture' });
    expect(node('S52501').seventh).toEqual([]);
    expect(node('S52501').level).toBe('code');
    expect(node('S5250').level).toBe('subcategory');
  });

  it('links each node to its parent: code -> subcategory -> category -> section -> chapter', () => {
    const chain: string[] = [];
    for (let n = tabular.nodes.indexOf(node('N390')); n >= 0; n = tabular.nodes[n]!.parent) chain.unshift(tabular.nodes[n]!.id);
    expect(chain).toEqual(['14', 'N30-N39', 'N39', 'N390']);
  });
});
