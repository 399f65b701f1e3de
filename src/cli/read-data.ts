import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadArtifact } from '../core/codeset/load-table';

/** dist/data beside the running dist/cli.mjs; CHARTCODE_DATA overrides it (tests, other layouts). */
export function dataDir(): string {
  return process.env.CHARTCODE_DATA ?? join(dirname(fileURLToPath(import.meta.url)), 'data');
}

/** Reads artifacts from a folder, naming the folder when a file is missing. */
export function readFrom(dir: string): ReadArtifact {
  return async (name) => {
    try {
      return await readFile(join(dir, name), 'utf8');
    } catch (error) {
      throw new Error(`chartcode: cannot read ${join(dir, name)} (${(error as NodeJS.ErrnoException).code}); run \`npm run build\` first`);
    }
  };
}
