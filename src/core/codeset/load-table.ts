import { artifactText, type ReadArtifact } from './artifact-read';
import { fnv1a32 } from './checksum';
import { parseOrFail } from './zod-problem';
import {
  Catalog, type CatalogEntry, CODE_INDEX, CODE_TABLE, type Columns, FORMAT_VERSION, type JsonTableName, Shard, type TableKey,
  type TableMeta, TableColumns,
} from './artifact-schemas';

export type { ReadArtifact } from './artifact-read';

/**
 * Where a loader hands the checksum check of a file it read. The checksum costs about as much as parsing the
 * file, so the engine puts it off until its first answer is out (a damaged file still fails its JSON, zod and
 * row checks at once); `checkNow`, the default, runs it before the file is used. A check throws an Error naming
 * the file.
 */
export type Later = (check: () => void) => void;
export const checkNow: Later = (check) => check();

const REBUILD = 'rebuild the artifacts with `npm run build`';

/** Throws the loader's Error for artifact `name`: what is wrong, and how to fix it. */
export function fail(name: string, problem: string): never {
  throw new Error(`ChartCode codeset: artifact ${name} ${problem}; ${REBUILD}`);
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(name, `is not valid JSON (${(error as Error).message})`);
  }
}

/** Reads and checks dist/data/catalog.json, the list of every artifact with its checksum. */
export async function loadCatalog(read: ReadArtifact): Promise<Catalog> {
  const json = parseJson('catalog.json', artifactText(await read('catalog.json')));
  const catalog = parseOrFail(Catalog, json, (problem) => fail('catalog.json', `has an unexpected shape: ${problem}`));
  if (catalog.formatVersion !== FORMAT_VERSION) {
    fail('catalog.json', `has format version ${catalog.formatVersion}, this build reads ${FORMAT_VERSION}`);
  }
  return catalog;
}

/** The catalog entries of one table, in shard order; empty when the table was not built. */
export function entriesOf(catalog: Catalog, key: TableKey): CatalogEntry[] {
  return catalog.artifacts
    .filter((e) => e.set === key.set && e.year === key.year && e.table === key.table && e.part === key.part)
    .sort((a, b) => a.shard - b.shard);
}

async function readShard(read: ReadArtifact, entry: CatalogEntry, later: Later): Promise<Shard> {
  const text = artifactText(await read(entry.name));
  later(() => {
    const checksum = fnv1a32(text);
    if (checksum !== entry.checksum) {
      fail(entry.name, `is truncated or altered (checksum ${checksum}, catalog.json says ${entry.checksum})`);
    }
  });
  const shard = parseOrFail(Shard, parseJson(entry.name, text), (problem) => fail(entry.name, `has an unexpected shape: ${problem}`));
  if (shard.formatVersion !== FORMAT_VERSION) {
    fail(entry.name, `has format version ${shard.formatVersion}, this build reads ${FORMAT_VERSION}`);
  }
  if (shard.table !== entry.table || shard.set !== entry.set || shard.year !== entry.year || shard.shard !== entry.shard) {
    fail(entry.name, `holds ${shard.set} ${shard.year} ${shard.table} shard ${shard.shard}, not what catalog.json lists`);
  }
  if (entry.table === CODE_TABLE || entry.table === CODE_INDEX) fail(entry.name, 'is binary (see loadCodeRows)');
  const columns = parseOrFail<Record<string, unknown>>(TableColumns[entry.table], shard.columns, (problem) => fail(entry.name, `has a bad column ${problem}`));
  return { ...shard, columns };
}

/** Appends each column of `next` to `into`: arrays are concatenated, one-char-per-row strings joined. */
function appendColumns(into: Record<string, unknown>, next: Record<string, unknown>): void {
  for (const [column, value] of Object.entries(next)) {
    const have = into[column];
    if (have === undefined) into[column] = value;
    else if (typeof have === 'string') into[column] = have + (value as string);
    else into[column] = (have as unknown[]).concat(value as unknown[]);
  }
}

function checkLengths(name: string, columns: Record<string, unknown>): number {
  const lengths = Object.values(columns).map((c) => (c as { length: number }).length);
  const rows = lengths[0] ?? 0;
  if (lengths.some((n) => n !== rows)) fail(name, `has columns of different lengths (${lengths.join(', ')})`);
  return rows;
}

/**
 * Loads every shard of one table, checks checksum (through `later`), format version and columns with zod,
 * and joins the shards. Throws an Error naming the file when any check fails.
 */
export async function loadTable<T extends JsonTableName>(
  read: ReadArtifact, catalog: Catalog, key: TableKey & { table: T }, later: Later = checkNow,
): Promise<{ columns: Columns<T>; meta: TableMeta; rows: number }> {
  const entries = entriesOf(catalog, key);
  const label = [key.set, key.year, key.table, key.part].filter(Boolean).join(' ');
  if (entries.length === 0) throw new Error(`ChartCode codeset: catalog.json lists no ${label} artifact; ${REBUILD}`);
  const shards = await Promise.all(entries.map((e) => readShard(read, e, later)));
  const columns: Record<string, unknown> = {};
  shards.forEach((s, i) => {
    if (s.shard !== i) fail(entries[i]!.name, `is shard ${s.shard} where shard ${i} was expected`);
    appendColumns(columns, s.columns);
  });
  const rows = checkLengths(entries[0]!.name, columns);
  const expected = entries.reduce((n, e) => n + e.counts.rows, 0);
  if (rows !== expected) fail(entries[0]!.name, `and its shards hold ${rows} rows, catalog.json says ${expected}`);
  return { columns: columns as Columns<T>, meta: shards[0]?.meta ?? {}, rows };
}
