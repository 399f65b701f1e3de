import type { CodeTable } from '../types';

/** One shard's column as stored: UTF-8 bytes, row i at starts[i] up to starts[i + 1] - 1 (a '\n' between rows). */
export interface RowBytes {
  bytes: Uint8Array;
  starts: Uint32Array;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Each lazy array's way to become a plain one. */
const materializers = new WeakMap<string[], () => string[]>();

/**
 * A code table column (codes, titles) as an array that decodes each row on its first read. The first search reads
 * about a hundred of ICD-10-CM's 98,000 codes and titles: decoding and splitting them all (and the garbage
 * collections the 196,000 strings cause) cost it about 25 ms. It behaves as the plain array (indexes, length,
 * methods, iteration); `materializeRows` swaps the plain arrays in once the first answer is out.
 */
export function lazyRows(parts: RowBytes[], rows: number, plain: () => string[]): string[] {
  const target = new Array<string>(rows);
  const firstRow = new Int32Array(parts.length + 1); // of each part
  parts.forEach((p, k) => (firstRow[k + 1] = firstRow[k]! + p.starts.length - 1));
  const read = (row: number): string => {
    let k = 0;
    while (row >= firstRow[k + 1]!) k++;
    const { bytes, starts } = parts[k]!;
    const i = row - firstRow[k]!;
    const start = starts[i]!;
    const end = starts[i + 1]! - 1;
    // Between line breaks (the file's checksum, checked later, covers the rest): a damaged file fails, not misreads.
    const isRow = start <= end && end <= bytes.length && (start === 0 || bytes[start - 1] === 10) && (end === bytes.length || bytes[end] === 10);
    if (!isRow) throw new Error(`ChartCode codeset: row ${row} of a code table does not lie between line breaks; rebuild the artifacts with \`npm run build\``);
    return decoder.decode(bytes.subarray(start, end));
  };
  const rowOf = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1; // not an index: 'length', a method, ...
    const row = Number(key);
    return Number.isInteger(row) && row < rows && String(row) === key ? row : -1;
  };
  const fill = (row: number): string => (target[row] ??= read(row));
  const proxy = new Proxy(target, {
    get: (t, key, receiver) => {
      const row = rowOf(key);
      return row >= 0 ? fill(row) : Reflect.get(t, key, receiver);
    },
    has: (t, key) => rowOf(key) >= 0 || Reflect.has(t, key),
    getOwnPropertyDescriptor: (t, key) => {
      const row = rowOf(key);
      if (row >= 0) fill(row);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys: (t) => {
      for (let row = 0; row < rows; row++) fill(row);
      return Reflect.ownKeys(t);
    },
  });
  materializers.set(proxy, plain);
  return proxy;
}

/** The plain array of lazy rows (see lazyRows), decoded and split at once; any other array as it is. */
export function plainRows(rows: string[]): string[] {
  return materializers.get(rows)?.() ?? rows;
}

/** Replaces a table's lazy codes and titles with plain arrays: for whatever reads them all, and for later searches. */
export function materializeRows(table: CodeTable): void {
  table.codes = plainRows(table.codes);
  table.titles = plainRows(table.titles);
}
