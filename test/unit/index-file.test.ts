import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/core/search/index-build';
import { checkIndexOrder, decodeIndexFiles, encodeIndexFiles } from '../../src/core/search/index-file';

const docs = [
  { codeIndex: 0, source: 't' as const, text: 'Cholera due to Vibrio cholerae' },
  { codeIndex: 1, source: 't' as const, text: 'Typhoid fever' },
  { codeIndex: 1, source: 'i' as const, text: 'Enteric fever' },
];
const built = () => buildSearchIndex('icd10cm', 2026, 2, docs, (i) => `texts-${i}`).data;
const failIn = (file: string) => (problem: string): never => {
  throw new Error(`${file} ${problem}`);
};
const fail = { docs: failIn('docs.bin'), terms: failIn('terms.bin') };

describe('encodeIndexFiles', () => {
  it('round-trips an index through its two files', () => {
    const data = built();
    expect(decodeIndexFiles(encodeIndexFiles(data), fail)).toEqual(data);
  });

  it('refuses a terms file of another index beside the docs file', () => {
    const other = buildSearchIndex('icd10cm', 2025, 2, docs, (i) => `texts-${i}`).data;
    const files = { docs: encodeIndexFiles(built()).docs, terms: encodeIndexFiles(other).terms };
    expect(() => decodeIndexFiles(files, fail)).toThrow(/terms\.bin is not the terms part of the same search index/);
  });
});

describe('checkIndexOrder', () => {
  it('passes a built index and names what is out of order in a damaged one', () => {
    expect(() => checkIndexOrder(built())).not.toThrow();
    const swapped = built();
    [swapped.terms[0], swapped.terms[1]] = [swapped.terms[1]!, swapped.terms[0]!];
    expect(() => checkIndexOrder(swapped)).toThrow(/terms out of order at 1/);
    const codes = built();
    codes.docCode[2] = 0;
    expect(() => checkIndexOrder(codes)).toThrow(/documents out of code order at 2/);
  });
});
