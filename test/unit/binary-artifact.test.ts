import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { decodeBinary, encodeBinary, joinRows, splitRows } from '../../src/core/codeset/binary-artifact';

const Header = z.object({ kind: z.literal('test'), rows: z.int() });
const fail = (problem: string): never => {
  throw new Error(`test.bin ${problem}`);
};

function sample(): Uint8Array {
  return encodeBinary({ kind: 'test', rows: 3 }, {
    words: { type: 'text', data: joinRows(['alpha', 'béta', ''], 'word') },
    weights: { type: 'f32', data: Float32Array.of(0.5, 1.25, 3) },
    flags: { type: 'u8', data: Uint8Array.of(1, 0, 1) },
  });
}

describe('encodeBinary', () => {
  it('round-trips a header and typed and text sections through decodeBinary', () => {
    const file = decodeBinary(sample(), Header, fail);
    expect(file.header).toEqual({ kind: 'test', rows: 3 });
    expect(splitRows(file.section('words', 'text'), 3, 'words', fail)).toEqual(['alpha', 'béta', '']);
    expect([...file.section('weights', 'f32')]).toEqual([0.5, 1.25, 3]);
    expect([...file.section('flags', 'u8')]).toEqual([1, 0, 1]);
  });

  it('reads sections of bytes that do not start on an aligned offset', () => {
    const bytes = sample();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect([...decodeBinary(shifted.subarray(1), Header, fail).section('weights', 'f32')]).toEqual([0.5, 1.25, 3]);
  });

  it('refuses a row holding a line break', () => {
    expect(() => joinRows(['a\nb'], 'title')).toThrow(/a title holds a line break/);
  });
});

describe('decodeBinary', () => {
  it('names the file and the fault for a file that is not one', () => {
    expect(() => decodeBinary(new TextEncoder().encode('{"json": true}'), Header, fail)).toThrow(/test\.bin is not a ChartCode binary artifact/);
  });

  it('names the section a truncated file cuts', () => {
    const bytes = sample();
    expect(() => decodeBinary(bytes.subarray(0, bytes.length - 8), Header, fail).section('flags', 'u8')).toThrow(/test\.bin is truncated \(section flags/);
  });

  it('describes a header that does not match its schema in words', () => {
    const other = encodeBinary({ kind: 'test', rows: 'three' }, {});
    expect(() => decodeBinary(other, Header, fail)).toThrow(/test\.bin has an unexpected header: rows: Invalid input: expected number, received string/);
  });

  it('refuses a section asked for as another type', () => {
    expect(() => decodeBinary(sample(), Header, fail).section('flags', 'u32')).toThrow(/has no u32 section flags/);
  });
});

describe('splitRows', () => {
  it('names a count that differs from the expected rows', () => {
    expect(() => splitRows('a\nb', 3, 'titles', fail)).toThrow(/holds 2 titles where 3 were expected/);
  });
});
