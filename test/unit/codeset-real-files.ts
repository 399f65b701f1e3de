import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { buildArtifacts } from '../../codesets/build-artifacts';
import { defaultCodesetsDir } from '../../codesets/locate';
import type { Catalog } from '../../src/core/codeset/artifact-schemas';
import { loadCatalog, type ReadArtifact } from '../../src/core/codeset/loader';
import { readArtifactsIn } from './artifact-files';

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
    const read: ReadArtifact = readArtifactsIn(dir);
    return { dir, catalog: await loadCatalog(read), read };
  })();
  return built;
}

/** The hand-written HCPCS records (CMS record layout); stored under a plain name so it is never taken for a CMS file. */
export const HCPCS_FIXTURE = resolve('test/fixtures/codesets/hcpcs-records.txt');

/**
 * The shared code set folder with the HCPCS fixture beside it, in a temporary folder: the official sets as
 * symbolic links, the fixture copied under the file name a CMS release has, so that the build finds it.
 */
export function codesetsWithHcpcsFixture(): string {
  const dir = tempDir('chartcode-sets-');
  for (const set of ['icd10cm', 'icd10pcs']) symlinkSync(join(codesetsDir(), set), join(dir, set));
  mkdirSync(join(dir, 'hcpcs/2026'), { recursive: true });
  copyFileSync(HCPCS_FIXTURE, join(dir, 'hcpcs/2026/HCPC2026_JAN_ANWEB_fixture.txt'));
  return dir;
}
