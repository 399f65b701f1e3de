import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_INDEX, CODE_TABLE, FORMAT_VERSION, type JsonTableName, MAX_ARTIFACT_BYTES, Shard, TableColumns } from '../../src/core/codeset/artifact-schemas';
import { fnv1a32, fnv1a32Bytes } from '../../src/core/codeset/checksum';
import { decodeBinary } from '../../src/core/codeset/binary-artifact';
import { CodeShardHeader, decodeCodeShard } from '../../src/core/codeset/code-table-file';
import { loadAddenda, loadCatalog, loadCodeTable, loadCodeTables, summarizeCatalog } from '../../src/core/codeset/loader';
import { parseCmOrder } from '../../codesets/parse/cm-order';
import { replaceBytes } from './artifact-files';
import { officialFile, realArtifacts } from './codeset-real-files';

const { dir, catalog, read } = await realArtifacts();

describe('summarizeCatalog', () => {
  it('counts each set and year from catalog.json alone', () => {
    expect(summarizeCatalog(catalog)).toEqual([
      { set: 'icd10cm', year: 2026, codes: 98_186, billable: 74_719, notesYear: 2021 },
      { set: 'icd10cm', year: 2021, codes: 95_358, billable: 72_621, notesYear: 2021 },
      { set: 'icd10pcs', year: 2026, codes: 79_115, billable: 79_115 },
    ]);
  });
});

describe('loadCodeTable', () => {
  it('loads FY2026 ICD-10-CM with titles, restored short titles and billable flags', async () => {
    const table = await loadCodeTable(read, catalog, 'icd10cm', 2026);
    expect(table.codes.length).toBe(98_186);
    expect(table.billable.reduce((n, b) => n + b, 0)).toBe(74_719);
    const i = table.codes.indexOf('A000');
    expect(table.titles[i]).toBe('Cholera due to Vibrio cholerae 01, biovar cholerae');
    expect(table.shortTitles[i]).toBe('Cholera due to Vibrio cholerae 01, biovar cholerae');
    expect(table.shortTitles[table.codes.indexOf('P096')]).toBe('Abnormal findings on neonatal hearing screening');
  });

  it('loads every set in the catalog', async () => {
    const tables = await loadCodeTables(read, catalog);
    expect(tables.map((t) => `${t.system} ${t.year} ${t.codes.length}`)).toEqual(['icd10cm 2026 98186', 'icd10cm 2021 95358', 'icd10pcs 2026 79115']);
    expect(tables[2]!.shortTitles[0]).toBe('');
  });

  it('restores FY2021 titles stored against FY2026, alone or with FY2026 passed in', async () => {
    const order = parseCmOrder(officialFile('icd10cm/2021/icd10cm-order-Jan-2021.txt'), 2021, 'order 2021');
    const alone = await loadCodeTable(read, catalog, 'icd10cm', 2021);
    const withNewer = await loadCodeTable(read, catalog, 'icd10cm', 2021, await loadCodeTable(read, catalog, 'icd10cm', 2026));
    for (const table of [alone, withNewer]) {
      expect(table.titles).toEqual(order.titles);
      expect(table.shortTitles).toEqual(order.shortTitles);
    }
    const newer = await loadCodeTable(read, catalog, 'icd10cm', 2026);
    const newerTitle = new Map(newer.codes.map((c, i) => [c, newer.titles[i]]));
    const changed = alone.codes.filter((c, i) => newerTitle.has(c) && newerTitle.get(c) !== alone.titles[i]);
    expect(changed.length).toBeGreaterThan(100);
  });

  it('throws an Error naming the file when a shard is truncated', async () => {
    const truncated = async (name: string) => (name === 'icd10cm-2026-codes-1.bin' ? ((await read(name)) as Uint8Array).slice(0, 1000) : read(name));
    await expect(loadCodeTable(truncated, catalog, 'icd10cm', 2026)).rejects.toThrow(/icd10cm-2026-codes-1\.bin is truncated/);
  });

  it('throws an Error naming the file when a shard is altered', async () => {
    const altered = async (name: string) => (name.endsWith('.bin') ? replaceBytes(await read(name), 'Cholera', 'Kolerra') : read(name));
    await expect(loadCodeTable(altered, catalog, 'icd10cm', 2026)).rejects.toThrow(/icd10cm-2026-codes-0\.bin is truncated or altered/);
  });

  it('throws an Error naming the file when a shard holds a row too many, even with a matching checksum', async () => {
    const name = 'icd10cm-2026-codes-1.bin';
    const split = replaceBytes(await read(name), ', unspecified', '\n unspecified'); // a title broken in two: one more than codes
    const entries = catalog.artifacts.map((e) => (e.name === name ? { ...e, checksum: fnv1a32Bytes(split) } : e));
    const readSplit = async (n: string) => (n === name ? split : read(n));
    await expect(loadCodeTable(readSplit, { ...catalog, artifacts: entries }, 'icd10cm', 2026)).rejects.toThrow(/icd10cm-2026-codes-1\.bin holds \d+ titles where \d+ were expected/);
  });

  it('throws when a shard has another format version, even with a matching checksum', async () => {
    const name = 'icd10cm-2026-codes-0.bin';
    const old = replaceBytes(await read(name), `"formatVersion":${FORMAT_VERSION}`, '"formatVersion":0');
    const entries = catalog.artifacts.map((e) => (e.name === name ? { ...e, checksum: fnv1a32Bytes(old) } : e));
    const readOld = async (n: string) => (n === name ? old : read(n));
    await expect(loadCodeTable(readOld, { ...catalog, artifacts: entries }, 'icd10cm', 2026)).rejects.toThrow(/icd10cm-2026-codes-0\.bin has format version 0/);
  });

  it('throws an Error naming the file when a code table is read as text', async () => {
    const asText = async (name: string) => (name.endsWith('.bin') ? Buffer.from(await read(name)).toString('latin1') : read(name));
    await expect(loadCodeTable(asText, catalog, 'icd10cm', 2026)).rejects.toThrow(/icd10cm-2026-codes-0\.bin was read as text/);
  });

  it('throws on a catalog of another format version or broken JSON', async () => {
    const text = (await read('catalog.json')) as string;
    await expect(loadCatalog(async () => text.replace(`"formatVersion": ${FORMAT_VERSION}`, '"formatVersion": 9'))).rejects.toThrow(/catalog\.json has format version 9/);
    await expect(loadCatalog(async () => text.slice(0, 200))).rejects.toThrow(/catalog\.json is not valid JSON/);
  });
});

describe('loadAddenda', () => {
  it('loads the FY2026 ICD-10-CM addenda and answers undefined for a year without', async () => {
    const addenda = (await loadAddenda(read, catalog, 'icd10cm', 2026))!;
    expect(addenda.codes[addenda.action.indexOf('A')]).toBe('B880');
    expect(addenda.billable[addenda.action.indexOf('A')]).toBe('0');
    expect(addenda.codes).toContain('B8801');
    expect(await loadAddenda(read, catalog, 'icd10cm', 2021)).toBeUndefined();
  });
});

describe('artifacts', () => {
  it('every artifact file is in the catalog, under the size limit, and parses with the loader schemas', () => {
    const files = readdirSync(dir).filter((f) => f !== 'catalog.json' && f !== 'stamp.json');
    expect(files.sort()).toEqual(catalog.artifacts.map((e) => e.name).sort());
    for (const entry of catalog.artifacts) {
      const bytes = readFileSync(join(dir, entry.name));
      expect(bytes.length).toBe(entry.bytes);
      expect(entry.bytes).toBeLessThanOrEqual(MAX_ARTIFACT_BYTES);
      const fail = (problem: string): never => { throw new Error(`${entry.name} ${problem}`); };
      const expected = { set: entry.set, year: entry.year, table: entry.table, shard: entry.shard, rows: entry.counts.rows };
      if (entry.table === CODE_TABLE || entry.table === CODE_INDEX) {
        expect(fnv1a32Bytes(bytes)).toBe(entry.checksum);
        expect(decodeBinary(bytes, CodeShardHeader, fail).header).toMatchObject(expected);
        if (entry.table === CODE_TABLE) decodeCodeShard(bytes, fail);
        continue;
      }
      const text = bytes.toString('utf8');
      expect(fnv1a32(text)).toBe(entry.checksum);
      const shard = Shard.parse(JSON.parse(text));
      TableColumns[shard.table as JsonTableName].parse(shard.columns);
    }
  });
});
