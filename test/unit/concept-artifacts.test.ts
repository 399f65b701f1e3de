import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCodeTable } from '../../src/core/codeset/loader';
import { loadConcepts } from '../../src/core/search/concept-artifacts';
import { loadSearchCatalog } from '../../src/core/search/search-artifacts';
import { readData } from './engine-fixture';

// The concept dictionaries' schema (concept-format.ts, zod/mini) at the artifact boundary: a file that parses as JSON
// but not as a dictionary is refused, naming the file and the fault, before its checksum is checked (the engine checks
// checksums after its first answers: `later` keeps them here).
const FIRST = 'concepts-icd10cm-2026-0.json';
const keepChecksums = () => undefined;

async function loadWith(change: (shard: Record<string, unknown>) => void) {
  const read = async (name: string) => {
    const file = await readData(name);
    if (name !== FIRST) return file;
    const shard = JSON.parse(file as string) as Record<string, unknown>;
    change(shard);
    return JSON.stringify(shard);
  };
  const [catalog, searchCatalog] = await Promise.all([loadCatalog(read), loadSearchCatalog(read)]);
  const table = await loadCodeTable(read, catalog, 'icd10cm', 2026);
  return loadConcepts(read, searchCatalog, table, keepChecksums);
}

describe('loadConcepts', () => {
  it('loads the real dictionary, its arrays of one length', async () => {
    const concepts = (await loadWith(() => undefined))!;
    expect(concepts.anchors.length).toBeGreaterThan(50_000);
    expect(concepts.codes.length).toBe(concepts.anchors.length);
    expect(concepts.df.length).toBe(concepts.dfTerms.length);
  });

  it('refuses a dictionary whose arrays differ in length, naming the file', async () => {
    await expect(loadWith((s) => (s.codes as number[]).pop())).rejects.toThrow(`${FIRST} does not match its format: concept arrays differ in length`);
  });

  it('refuses a code index that is not an integer, and a document count that is not positive', async () => {
    await expect(loadWith((s) => ((s.codes as unknown[])[5] = '12'))).rejects.toThrow(/concepts-icd10cm-2026-0\.json does not match its format: codes: expected an array of integers/);
    await expect(loadWith((s) => (s.docCount = 0))).rejects.toThrow(/concepts-icd10cm-2026-0\.json does not match its format: docCount: .*>0/);
  });
});
