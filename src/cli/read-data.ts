import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadArtifact } from '../core/codeset/load-table';
import { loadEngine } from '../core/engine';
import type { Engine, LoadOptions } from '../core/engine-types';

/** dist/data beside the running dist/cli.mjs; CHARTCODE_DATA overrides it (tests, other layouts). */
export function dataDir(): string {
  return process.env.CHARTCODE_DATA ?? join(dirname(fileURLToPath(import.meta.url)), 'data');
}

/** Reads artifacts from a folder, naming the folder when a file is missing. */
export function readFrom(dir: string): ReadArtifact {
  return async (name) => {
    try {
      return await readFile(join(dir, name)); // bytes: the core decodes JSON itself, and binary artifacts need them
    } catch (error) {
      throw new Error(`chartcode: cannot read ${join(dir, name)} (${(error as NodeJS.ErrnoException).code}); run \`npm run build\` first`);
    }
  };
}

/**
 * The engine over dist/data with every code set loaded: a command answers from all of them, not only the first
 * loaded. A set that could not be loaded is named on standard error rather than silently missing. `expect`: 'search'
 * for a command that reads no chart, which then does not wait for the suggestion engine to load (see LoadOptions).
 */
export async function loadAllSets(expect: LoadOptions['expect'] = 'all'): Promise<Engine> {
  const engine = await loadEngine(readFrom(dataDir()), { expect });
  await engine.ready();
  for (const { set, year, error } of engine.info().unavailable) console.error(`chartcode: ${set} ${year || ''} unavailable: ${error}`);
  return engine;
}
