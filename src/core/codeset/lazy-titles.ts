import type { CodeTable } from '../types';

/** One shard's titles as stored: UTF-8 bytes, title i at starts[i] up to starts[i + 1] - 1 (a '\n' between titles). */
export interface TitleBytes {
  bytes: Uint8Array;
  starts: Uint32Array;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Each lazy array's way to become a plain one. */
const materializers = new WeakMap<string[], () => string[]>();

/**
 * A code table's titles as an array that decodes each title on its first read. The first search reads about a hundred
 * of ICD-10-CM's 98,000 titles: decoding and splitting them all (and the garbage collections the 98,000 strings
 * cause) cost it about 20 ms. It behaves as the plain array (indexes, length, methods, iteration); `materializeTitles`
 * swaps the plain array in once the first answers are out, so that later searches read no proxy.
 */
export function lazyTitles(parts: TitleBytes[], rows: number, plain: () => string[]): string[] {
  const target = new Array<string>(rows);
  const shardOf = new Int32Array(parts.length + 1); // first row of each part
  parts.forEach((p, k) => (shardOf[k + 1] = shardOf[k]! + p.starts.length - 1));
  const read = (row: number): string => {
    let k = 0;
    while (row >= shardOf[k + 1]!) k++;
    const { bytes, starts } = parts[k]!;
    const i = row - shardOf[k]!;
    const start = starts[i]!;
    const end = starts[i + 1]! - 1;
    if (!(start <= end && end <= bytes.length)) throw new Error(`lazy titles: row ${row} lies outside its shard (${start}..${end} of ${bytes.length})`);
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

/** The plain array of lazy titles (see lazyTitles), decoded and split at once; any other array as it is. */
export function plainTitles(titles: string[]): string[] {
  return materializers.get(titles)?.() ?? titles;
}

/** Replaces a table's lazy titles with the plain array: for whatever reads all titles, and for later searches. */
export function materializeTitles(table: CodeTable): void {
  table.titles = plainTitles(table.titles);
}
