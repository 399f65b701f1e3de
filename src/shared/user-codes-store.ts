/**
 * The licensed code set the coder imported (system 'user'), kept in storage.local only. Stored as a small header
 * and chunks of 2,000 rows under keys named for the import, so that one write never holds the whole file and a
 * new import replaces the old only once it is complete (chunks first, header last, old chunks removed after).
 * 20,000 rows take about 2 MB, well inside storage.local's 10 MB, so ChartCode does not ask for unlimitedStorage.
 */
import * as z from 'zod/mini';
import { toCodeTable, UserCodeRow } from '../core/import/user-codes';
import type { CodeTable } from '../core/types';
import { browser } from './browser';
import { backupKeyFor, readStored, writeStored } from './storage';

export const USER_CODES_KEY = 'userCodes';
const CHUNK_ROWS = 2000;

export const UserCodesHeader = z.object({
  version: z.literal(1),
  /** Names this import's chunk keys. */
  id: z.string().check(z.regex(/^[a-z0-9]{1,32}$/)),
  fileName: z.string().check(z.maxLength(300)),
  year: z.int().check(z.gte(2000), z.lte(2100)),
  count: z.int().check(z.gte(0)),
  chunks: z.int().check(z.gte(0)),
  importedAt: z.number(),
});
export type UserCodesHeader = z.infer<typeof UserCodesHeader>;

const Chunk = z.array(UserCodeRow);
const chunkKey = (id: string, n: number) => `${USER_CODES_KEY}:${id}:${n}`;

export interface StoredUserCodes {
  header?: UserCodesHeader;
  table?: CodeTable;
  /** Set when stored parts were damaged or missing: what the coder is told. */
  problem?: string;
}

/** The header of the stored import; an invalid one is kept aside (storage.ts) and counts as no import. */
export async function readUserCodesHeader(): Promise<UserCodesHeader | undefined> {
  const raw = (await browser.storage.local.get(USER_CODES_KEY))[USER_CODES_KEY];
  if (raw === undefined) return undefined;
  const parsed = UserCodesHeader.safeParse(raw);
  if (parsed.success) return parsed.data;
  const keptAside = backupKeyFor(USER_CODES_KEY);
  console.warn(`ChartCode: stored ${USER_CODES_KEY} is invalid, kept aside as ${keptAside}`, parsed.error.issues);
  await browser.storage.local.set({ [keptAside]: raw });
  await browser.storage.local.remove(USER_CODES_KEY);
  return undefined;
}

/** The stored set as a CodeTable, checked with zod chunk by chunk; a damaged chunk is kept aside and reported. */
export async function readUserCodes(): Promise<StoredUserCodes> {
  const header = await readUserCodesHeader();
  if (!header) return {};
  const rows: UserCodeRow[] = [];
  for (let n = 0; n < header.chunks; n++) {
    const { value, keptAside } = await readStored('local', chunkKey(header.id, n), Chunk, []);
    if (keptAside || value.length === 0) return { header, problem: `The imported code set ${header.fileName} is damaged (part ${n + 1}): import it again.` };
    rows.push(...value);
  }
  if (rows.length !== header.count) return { header, problem: `The imported code set ${header.fileName} is incomplete: import it again.` };
  return { header, table: toCodeTable(rows, header.year) };
}

/** Stores a parsed table in place of any earlier import. */
export async function writeUserCodes(table: CodeTable, fileName: string, now = Date.now()): Promise<UserCodesHeader> {
  const previous = await readUserCodesHeader();
  const id = now.toString(36);
  const rows = table.codes.map((code, i) => ({ code, title: table.titles[i]!, shortTitle: table.shortTitles[i] ?? '' }));
  const chunks = Math.ceil(rows.length / CHUNK_ROWS);
  for (let n = 0; n < chunks; n++) await writeStored('local', chunkKey(id, n), Chunk, rows.slice(n * CHUNK_ROWS, (n + 1) * CHUNK_ROWS));
  const header: UserCodesHeader = { version: 1, id, fileName: fileName.slice(0, 300), year: table.year, count: rows.length, chunks, importedAt: now };
  await writeStored('local', USER_CODES_KEY, UserCodesHeader, header);
  if (previous && previous.id !== id) await removeChunks(previous.id);
  return header;
}

/** Removes the import, header and every chunk (also those of an import that stopped half-way), in one change. */
export async function removeUserCodes(): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k === USER_CODES_KEY || k.startsWith(`${USER_CODES_KEY}:`));
  await browser.storage.local.remove(keys);
}

async function removeChunks(id: string): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(`${USER_CODES_KEY}:${id}:`));
  await browser.storage.local.remove(keys);
}
