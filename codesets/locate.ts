import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { downloadZip, extractMembers, sha256Of } from './fetch-official';
import { readSources, type Source, type SourceFile } from './sources';

/** One official file found on disk and checked against its recorded sha256. */
export interface LocatedFile {
  source: Source;
  file: SourceFile;
  path: string;
  sha256: string;
}

export interface LocateOptions {
  /** Where the official files lie, as <set>/<year>/<file>. Default: $CODESETS_DIR, else ../shared/codesets when it exists. */
  codesetsDir?: string;
  /** Download cache, same layout. Default .cache/codesets. */
  cacheDir?: string;
  /** Allow downloading official zips. Default: only when CHARTCODE_DOWNLOAD=1 (most build machines have no internet). */
  download?: boolean;
  log?: (line: string) => void;
}

/** The default CODESETS_DIR: the environment variable, else ../shared/codesets beside the repository. */
export function defaultCodesetsDir(repoRoot = process.cwd()): string | undefined {
  if (process.env.CODESETS_DIR) return resolve(process.env.CODESETS_DIR);
  const shared = resolve(repoRoot, '../shared/codesets');
  return existsSync(shared) ? shared : undefined;
}

function findIn(dir: string, file: SourceFile): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (file.names) return file.names.map((n) => join(dir, n)).find((p) => existsSync(p));
  const pattern = new RegExp(file.pattern!);
  const match = readdirSync(dir).filter((n) => pattern.test(n)).sort().at(-1);
  return match === undefined ? undefined : join(dir, match);
}

function missingMessage(source: Source, file: SourceFile, looked: string[]): string {
  const name = file.names?.[0] ?? `a file matching /${file.pattern}/`;
  const how = source.download
    ? `put it (or ${source.download.file}) there, or run with CHARTCODE_DOWNLOAD=1 to fetch ${source.download.url}`
    : `put it there; it comes from ${source.page ?? 'the official publisher'} (see ../shared/codesets/PROVENANCE.md)`;
  return `codesets: ${source.title}: ${name} not found. Looked in ${looked.join(' and ')}. To supply it, set CODESETS_DIR or ${how}.`;
}

/** Looks for each file of a source in the folders, then inside the source's zip, then (if allowed) downloads the zip. */
async function findFiles(source: Source, dirs: string[], cache: string, download: boolean, log: (l: string) => void) {
  const find = () => source.files.map((f) => dirs.map((d) => findIn(d, f)).find(Boolean));
  let paths = find();
  const wanted = new Set(source.files.filter((_, i) => !paths[i]).flatMap((f) => f.names ?? []));
  if (wanted.size === 0 || !source.download) return paths;
  const zip = dirs.map((d) => join(d, source.download!.file)).find((p) => existsSync(p));
  if (zip) {
    const expected = source.download.sha256;
    if (expected && sha256Of(readFileSync(zip)) !== expected) throw new Error(`codesets: ${zip} does not have the sha256 ${expected} recorded in codesets/sources.json`);
    extractMembers(zip, wanted, cache);
  } else if (download) {
    extractMembers(await downloadZip(source, cache, log), wanted, cache);
  }
  paths = find();
  return paths;
}

/**
 * Finds and checks every official file that codesets/sources.json lists. A missing or mismatching
 * required file throws an Error naming it, where it was looked for and how to supply it; an optional
 * one is skipped with one log line.
 */
export async function locateSources(options: LocateOptions = {}): Promise<LocatedFile[]> {
  const log = options.log ?? console.log;
  const root = options.codesetsDir ?? defaultCodesetsDir();
  const cacheRoot = resolve(options.cacheDir ?? '.cache/codesets');
  const download = options.download ?? process.env.CHARTCODE_DOWNLOAD === '1';
  const located: LocatedFile[] = [];
  for (const source of readSources()) {
    const cache = join(cacheRoot, source.set, String(source.year));
    const dirs = [...(root ? [join(root, source.set, String(source.year))] : []), cache];
    const paths = await findFiles(source, dirs, cache, download, log).catch((error: Error) => {
      if (source.required) throw error;
      log(`codesets: skipped optional ${source.id}: ${error.message}`);
      return source.files.map(() => undefined);
    });
    const skipped: string[] = [];
    source.files.forEach((file, i) => {
      const required = file.required ?? source.required;
      const path = paths[i];
      const actual = path ? sha256Of(readFileSync(path)) : undefined;
      const problem = path ? shaProblem(path, file, actual!) : missingMessage(source, file, dirs);
      if (!problem) located.push({ source, file, path: path!, sha256: actual! });
      else if (required) throw new Error(problem);
      else skipped.push(path ? problem : file.names?.[0] ?? file.pattern!);
      if (!problem && file.sha256 === null) log(`codesets: ${path} has no recorded sha256; accepted as supplied (${actual})`);
    });
    if (skipped.length > 0) log(`codesets: optional ${source.id} skipped, not supplied or not matching: ${skipped.join(', ')}`);
  }
  return located;
}

function shaProblem(path: string, file: SourceFile, actual: string): string | undefined {
  if (file.sha256 === null || actual === file.sha256) return undefined;
  return `codesets: ${path} has sha256 ${actual}, codesets/sources.json expects ${file.sha256}. Replace it with the official file.`;
}
