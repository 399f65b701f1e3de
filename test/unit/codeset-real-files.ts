import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { buildArtifacts } from '../../codesets/build-artifacts';
import { defaultCodesetsDir } from '../../codesets/locate';
import type { Catalog } from '../../src/core/codeset/artifact-schemas';
import { loadCatalog, type ReadArtifact } from '../../src/core/codeset/loader';

/**
 * The official files these tests check against (../shared/codesets or CODESETS_DIR). Throws rather than
 * letting a test pass silently when they are missing.
 */
export function codesetsDir(): string {
  const dir = defaultCodesetsDir();
  if (!dir || !existsSync(join(dir, 'icd10cm'))) {
    throw new Error('codeset tests need the official files: set CODESETS_DIR or put them in ../shared/codesets (see its PROVENANCE.md)');
  }
  return dir;
}

/** Text of one official file, e.g. officialFile('icd10cm/2026/icd10cm_order_2026.txt'). */
export function officialFile(path: string): string {
  return readFileSync(join(codesetsDir(), path), 'utf8');
}

const temporary: string[] = [];
// Registered when a test file imports this module, so it runs after that file's tests.
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the importing test file has run. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

let built: Promise<{ dir: string; catalog: Catalog; read: ReadArtifact }> | undefined;

/** Artifacts built from the real files into a fresh temporary folder, once per test file. */
export function realArtifacts(): Promise<{ dir: string; catalog: Catalog; read: ReadArtifact }> {
  built ??= (async () => {
    const dir = tempDir('chartcode-data-');
    await buildArtifacts({ outDir: dir, log: () => {}, codesetsDir: codesetsDir(), download: false });
    const read: ReadArtifact = async (name) => readFileSync(join(dir, name), 'utf8');
    return { dir, catalog: await loadCatalog(read), read };
  })();
  return built;
}

/** The shared code set folder with the HCPCS fixture beside it, as symbolic links in a temporary folder. */
export function codesetsWithHcpcsFixture(): string {
  const dir = tempDir('chartcode-sets-');
  for (const set of ['icd10cm', 'icd10pcs']) symlinkSync(join(codesetsDir(), set), join(dir, set));
  symlinkSync(resolve('test/fixtures/codesets/hcpcs'), join(dir, 'hcpcs'));
  return dir;
}
