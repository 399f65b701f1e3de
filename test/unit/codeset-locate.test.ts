import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../codesets/build-artifacts';
import { locateSources } from '../../codesets/locate';
import { loadCatalog, loadCodeTable, summarizeCatalog } from '../../src/core/codeset/loader';
import { readArtifactsIn } from './artifact-files';
import { codesetsDir, codesetsWithHcpcsFixture, tempDir } from './codeset-real-files';

const temp = tempDir;

/** A CODESETS_DIR with the real ICD-10 files and the HCPCS fixture. */
const withHcpcsFixture = codesetsWithHcpcsFixture;

describe('locateSources', () => {
  it('finds every required file in the shared folder and logs one line per optional set it skips', async () => {
    const lines: string[] = [];
    const files = await locateSources({ codesetsDir: codesetsDir(), cacheDir: temp('cache-'), download: false, log: (l) => lines.push(l) });
    expect(files.map((f) => f.file.kind).sort()).toEqual([
      'cmDrug', 'cmEindex', 'cmNeoplasm', 'cmOrder', 'cmOrder', 'cmOrderAddenda', 'cmTabular', 'pcsAddenda', 'pcsCodes', 'pcsDefinitions', 'pcsTables',
    ]);
    expect(lines.filter((l) => l.includes('icd10cm-2027-codes'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('hcpcs-2026'))).toBe(true);
  });

  it('stops on a missing required file, naming it, where it looked and how to supply it', async () => {
    const empty = temp('empty-');
    await expect(locateSources({ codesetsDir: empty, cacheDir: join(empty, 'cache'), download: false, log: () => {} })).rejects.toThrow(
      /icd10cm_order_2026\.txt not found\. Looked in .*icd10cm\/2026 and .*cache\/icd10cm\/2026\. To supply it, set CODESETS_DIR or put it \(or 2026-code-descriptions-tabular-order\.zip\) there, or run with CHARTCODE_DOWNLOAD=1/,
    );
  });

  it('stops on a required file whose sha256 does not match', async () => {
    const dir = temp('bad-');
    cpSync(codesetsDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'icd10pcs/2026/icd10pcs_codes_2026.txt'), 'altered');
    await expect(locateSources({ codesetsDir: dir, cacheDir: join(dir, 'cache'), download: false, log: () => {} })).rejects.toThrow(
      /icd10pcs_codes_2026\.txt has sha256 .* expects 5663f69c/,
    );
  });

  it('extracts missing files from the official zip when the zip is there', async () => {
    const dir = temp('zip-');
    cpSync(codesetsDir(), dir, { recursive: true });
    const cache = join(dir, 'cache');
    for (const f of ['icd10cm_order_2026.txt', 'icd10cm_order_addenda_2026.txt']) rmSync(join(dir, 'icd10cm/2026', f));
    const files = await locateSources({ codesetsDir: dir, cacheDir: cache, download: false, log: () => {} });
    expect(files.find((f) => f.file.kind === 'cmOrder' && f.source.year === 2026)?.path).toBe(join(cache, 'icd10cm/2026/icd10cm_order_2026.txt'));
  });
});

describe('buildArtifacts', () => {
  it('loads a supplied HCPCS file, and skips the work when sources are unchanged', async () => {
    const outDir = temp('out-');
    const options = { outDir, codesetsDir: withHcpcsFixture(), cacheDir: temp('cache-'), download: false, log: () => {} };
    const first = await buildArtifacts(options);
    expect(first.parsed?.codeTables.find((t) => t.system === 'hcpcs')?.codes).toEqual(['A0021', 'A0080', 'E0100', 'J1100']);
    const read = readArtifactsIn(outDir);
    const catalog = await loadCatalog(read);
    expect(summarizeCatalog(catalog).find((s) => s.set === 'hcpcs')).toEqual({ set: 'hcpcs', year: 2026, codes: 4, billable: 4 });
    expect((await loadCodeTable(read, catalog, 'hcpcs', 2026)).titles[1]).toMatch(/volunteer \(individual or organization\), with no vested interest$/);
    const lines: string[] = [];
    const second = await buildArtifacts({ ...options, log: (l) => lines.push(l) });
    expect(second.parsed).toBeUndefined();
    expect(lines.at(-1)).toMatch(/up to date/);
  });
});
