/**
 * Returns one artifact file by name: fs in Node, fetch of the packaged file in the extension. Binary artifacts
 * (`.bin`) must come as bytes; a JSON artifact may come as bytes or as its text (tests alter text in place).
 */
export type ReadArtifact = (name: string) => Promise<string | Uint8Array>;

/** Whether an artifact is binary (see binary-artifact), so that a reader returns its bytes rather than text. */
export function isBinaryArtifact(name: string): boolean {
  return name.endsWith('.bin');
}

/** The text of a JSON artifact as read. */
export function artifactText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

/** The bytes of a binary artifact as read; `fail` names the file when a reader gave text (it would be garbled). */
export function artifactBytes(data: string | Uint8Array, fail: (problem: string) => never): Uint8Array {
  return typeof data === 'string' ? fail('was read as text; binary artifacts must be read as bytes') : data;
}
