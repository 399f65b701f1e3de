import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { parseOrFail } from './zod-problem';

/**
 * The binary artifact container: the columns a first search needs (codes, titles, postings, weights) as typed arrays
 * and '\n'-joined texts that load as views of the file's bytes, with no per-row parsing. Layout: the 4 bytes 'CCB1',
 * the header's length (u32, little-endian), the header as UTF-8 JSON (validated with zod), then each section at an
 * offset that is a multiple of 8 from the file start. Numbers are little-endian: every platform a browser runs on.
 */

const MAGIC = 'CCB1';
const ALIGN = 8;

export const SectionType = z.enum(['u8', 'u16', 'u32', 'i32', 'f32', 'text']);
export type SectionType = z.infer<typeof SectionType>;
const SECTION_ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array, text: Uint8Array };
type SectionArrays = { u8: Uint8Array; u16: Uint16Array; u32: Uint32Array; i32: Int32Array; f32: Float32Array; text: string };
export type SectionData = SectionArrays[SectionType];

/** Where a section lies: `offset` in bytes from the file start, `length` in elements (bytes for text). */
export const Section = z.object({ type: SectionType, offset: z.int().check(z.nonnegative()), length: z.int().check(z.nonnegative()) });
export const BinaryHeader = z.object({ sections: z.record(z.string(), Section) });

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Builds a container from a header (without sections) and named sections, in the order given. */
export function encodeBinary(header: Record<string, unknown>, sections: Record<string, { type: SectionType; data: SectionData }>): Uint8Array {
  if (!isLittleEndian) throw new Error('binary artifact: this platform is big-endian; artifacts are little-endian');
  const bodies = Object.entries(sections).map(([name, { type, data }]) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if ((type === 'text') !== (typeof data === 'string')) throw new Error(`binary artifact: section ${name} is not of type ${type}`);
    return { name, type, bytes, length: typeof data === 'string' ? bytes.length : data.length };
  });
  // Offsets depend on the header's length and the header lists them: settle them with the longest offsets first.
  const place = (start: number) => {
    let at = start;
    const placed: Record<string, z.infer<typeof Section>> = {};
    for (const b of bodies) {
      placed[b.name] = { type: b.type, offset: at, length: b.length };
      at = alignUp(at + b.bytes.length);
    }
    return { placed, end: at };
  };
  let start = 0;
  for (;;) {
    const json = new TextEncoder().encode(JSON.stringify({ ...header, sections: place(start).placed }));
    const needed = alignUp(8 + json.length);
    if (needed <= start) {
      const { end } = place(start);
      const out = new Uint8Array(end);
      out.set(new TextEncoder().encode(MAGIC), 0);
      new DataView(out.buffer).setUint32(4, json.length, true);
      out.set(json, 8);
      out.fill(0x20, 8 + json.length, start); // spaces: the header stays valid JSON up to the first section
      const { placed } = place(start);
      for (const b of bodies) out.set(b.bytes, placed[b.name]!.offset);
      return out;
    }
    start = needed;
  }
}

/** UTF-8 text, bad bytes refused; a leading U+FEFF is kept, as in any other place of a text (see lazy-rows). */
export function decodeText(bytes: Uint8Array, fail: (problem: string) => never): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('has a text section that is not valid UTF-8');
  }
}

function alignUp(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/** A container read back: its header (checked with the caller's schema) and its sections as typed views or text. */
export interface BinaryArtifact<H> {
  header: H;
  section<T extends SectionType>(name: string, type: T): SectionArrays[T];
  /** A text section's UTF-8 bytes, undecoded (to decode parts of it on demand). */
  textBytes(name: string): Uint8Array;
}

/**
 * Reads a container, checking the magic, the header (zod: `schema` plus the section table) and that every section
 * lies inside the file. `fail(problem)` throws the caller's error naming the file. Typed sections are views of the
 * bytes (copied once when the bytes are not aligned for them); texts are decoded as UTF-8, rejecting bad bytes.
 */
export function decodeBinary<H>(bytes: Uint8Array, schema: $ZodType<H>, fail: (problem: string) => never): BinaryArtifact<H> {
  if (!isLittleEndian) fail('cannot be read on a big-endian platform');
  if (bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) fail(`is not a ChartCode binary artifact (no ${MAGIC} mark)`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail(`is truncated (header of ${headerLength} bytes in a file of ${bytes.length})`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLength)));
  } catch (error) {
    fail(`has a header that is not valid JSON (${(error as Error).message})`);
  }
  const badHeader = (problem: string): never => fail(`has an unexpected header: ${problem}`);
  const { sections } = parseOrFail(BinaryHeader, json, badHeader);
  const header = parseOrFail(schema, json, badHeader);
  const aligned = bytes.byteOffset % ALIGN === 0 ? bytes : new Uint8Array(bytes); // a copy starts at offset 0 (Buffer.slice would not copy)
  const located = (name: string, type: SectionType) => {
    const s = sections[name];
    if (!s || s.type !== type) fail(`has no ${type} section ${name}`);
    const end = s.offset + s.length * SECTION_ARRAYS[type].BYTES_PER_ELEMENT;
    if (s.offset % ALIGN !== 0 || end > aligned.length) fail(`is truncated (section ${name} ends at byte ${end} of ${aligned.length})`);
    return s;
  };
  return {
    header,
    section(name, type) {
      const s = located(name, type);
      if (type !== 'text') return new SECTION_ARRAYS[type](aligned.buffer as ArrayBuffer, aligned.byteOffset + s.offset, s.length) as SectionArrays[typeof type];
      return decodeText(aligned.subarray(s.offset, s.offset + s.length), fail) as SectionArrays[typeof type];
    },
    textBytes(name) {
      const s = located(name, 'text');
      return aligned.subarray(s.offset, s.offset + s.length);
    },
  };
}

/** Splits a '\n'-joined text section into `count` rows, failing when the count differs (no row holds a '\n'). */
export function splitRows(text: string, count: number, what: string, fail: (problem: string) => never): string[] {
  const rows = count === 0 && text === '' ? [] : text.split('\n');
  if (rows.length !== count) fail(`holds ${rows.length} ${what} where ${count} were expected`);
  return rows;
}

/** '\n'-joins rows for a text section, refusing a row that holds a '\n' (it would split in two on load). */
export function joinRows(rows: readonly string[], what: string): string {
  for (const row of rows) if (row.includes('\n')) throw new Error(`binary artifact: a ${what} holds a line break: ${JSON.stringify(row)}`);
  return rows.join('\n');
}
