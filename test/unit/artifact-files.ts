import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBinaryArtifact } from '../../src/core/codeset/artifact-read';

/**
 * A reader over a folder of artifacts as the engine's readers give them: bytes for a binary artifact, and for JSON its
 * text, which tests can alter in place.
 */
export function readArtifactsIn(dir: string): (name: string) => Promise<string | Uint8Array> {
  return async (name) => (isBinaryArtifact(name) ? readFileSync(join(dir, name)) : readFileSync(join(dir, name), 'utf8'));
}

/** A copy of a binary artifact with the first `from` replaced by `to`, of the same length: the layout still reads. */
export function replaceBytes(bytes: string | Uint8Array, from: string, to: string): Uint8Array {
  if (typeof bytes === 'string' || from.length !== to.length) throw new Error('replaceBytes: bytes and a same-length replacement');
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(from, 0, 'latin1');
  if (at < 0) throw new Error(`replaceBytes: ${from} not found`);
  copy.write(to, at, 'latin1');
  return copy;
}
