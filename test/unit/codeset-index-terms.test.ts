import { describe, expect, it } from 'vitest';
import { indexParts, indexTermsByCode, loadIndexTerms, tableCells, termPath } from '../../src/core/codeset/index-terms';
import { realArtifacts } from './codeset-real-files';

const { catalog, read } = await realArtifacts();
const drug = (await loadIndexTerms(read, catalog, 2025, 'drug'))!;
const neoplasm = (await loadIndexTerms(read, catalog, 2025, 'neoplasm'))!;

describe('indexParts', () => {
  it('lists the index files built (the main Index only once supplied)', () => {
    expect(indexParts(catalog).map((p) => `${p.year} ${p.part}`).sort()).toEqual(['2025 drug', '2025 eindex', '2025 neoplasm']);
  });
});

describe('tableCells', () => {
  it('gives a Drugs row its code per column, leaving out cells without one', () => {
    const t = drug.columns.title.indexOf('1-propanol');
    expect(tableCells(drug, t)).toEqual([
      { heading: 'Poisoning Accidental (unintentional)', code: 'T513X1' },
      { heading: 'Poisoning Intentional self-harm', code: 'T513X2' },
      { heading: 'Poisoning Assault', code: 'T513X3' },
      { heading: 'Poisoning Undetermined', code: 'T513X4' },
    ]);
  });

  it('gives a Neoplasm site its six behaviours', () => {
    const t = neoplasm.columns.title.findIndex((title, i) => title === 'wall' && termPath(neoplasm, i)[1] === 'abdomen, abdominal');
    expect(termPath(neoplasm, t)).toEqual(['Neoplasm, neoplastic', 'abdomen, abdominal', 'wall']);
    expect(tableCells(neoplasm, t).map((c) => c.heading)).toEqual([
      'Malignant Primary', 'Malignant Secondary', 'Ca in situ', 'Benign', 'Uncertain Behavior', 'Unspecified Behavior',
    ]);
    expect(tableCells(neoplasm, t)[0]?.code).toBe('C44509');
  });
});

describe('indexTermsByCode', () => {
  it('yields "Poisoning ..." style texts for drug cells and paths for external causes', async () => {
    const pairs = [...indexTermsByCode(drug)];
    expect(pairs).toContainEqual(['T402X1', 'Poisoning Accidental (unintentional): 14-hydroxydihydro-morphinone']);
    expect(pairs).toContainEqual(['T402X6', 'Underdosing: 14-hydroxydihydro-morphinone']);
    const eindex = (await loadIndexTerms(read, catalog, 2025, 'eindex'))!;
    expect([...indexTermsByCode(eindex)]).toContainEqual(['V944', 'Accident, bare foot water skiier']);
  });
});
