import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Source } from './sources';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Downloads a source's official zip into `dir` and checks its sha256. Refuses a zip with no recorded
 * sha256 unless every wanted member has one (checked after extraction by the caller).
 */
export async function downloadZip(source: Source, dir: string, log: (line: string) => void): Promise<string> {
  const download = source.download;
  if (!download) throw new Error(`codesets: ${source.id} has no official download URL in codesets/sources.json`);
  const unverifiable = download.sha256 === null && source.files.some((f) => f.sha256 === null);
  if (unverifiable) {
    throw new Error(`codesets: will not download ${download.url}: neither the zip nor all its files have a sha256 in codesets/sources.json`);
  }
  log(`codesets: downloading ${download.url}`);
  const response = await fetch(download.url);
  if (!response.ok) throw new Error(`codesets: ${download.url} answered HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = sha256Of(bytes);
  if (download.sha256 !== null && actual !== download.sha256) {
    throw new Error(`codesets: ${download.url} has sha256 ${actual}, codesets/sources.json expects ${download.sha256}`);
  }
  mkdirSync(dir, { recursive: true });
  const path = join(dir, download.file);
  writeFileSync(path, bytes);
  return path;
}

/** Extracts the members named in `wanted` (by base name, any folder inside the zip) into `dir`; returns what was written. */
export function extractMembers(zipPath: string, wanted: Set<string>, dir: string): string[] {
  const base = (name: string) => name.split('/').pop() ?? name;
  const members = unzipSync(readFileSync(zipPath), { filter: (file) => wanted.has(base(file.name)) });
  mkdirSync(dir, { recursive: true });
  return Object.entries(members).map(([name, bytes]) => {
    const path = join(dir, base(name));
    if (!existsSync(path)) writeFileSync(path, bytes);
    return path;
  });
}
