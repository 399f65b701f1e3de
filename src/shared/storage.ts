/**
 * Reads and writes of browser storage, checked with zod. A stored object that no longer parses (corrupted, or
 * written by another version) is never dropped silently: it is kept aside under a `corrupt:` key for the coder and
 * replaced by a valid empty one.
 */
import type * as z from 'zod/mini';
import { browser } from './browser';

export type Area = 'local' | 'session';

export interface Stored<T> {
  value: T;
  /** Set when the stored object was invalid: the key it was kept aside under. */
  keptAside?: string;
}

/** Key under which an invalid object found at `key` is kept. */
export function backupKeyFor(key: string, now = Date.now()): string {
  return `corrupt:${key}:${now}`;
}

export async function readStored<S extends z.ZodMiniType>(area: Area, key: string, schema: S, empty: z.infer<S>): Promise<Stored<z.infer<S>>> {
  const raw = (await browser.storage[area].get(key))[key];
  if (raw === undefined) return { value: empty };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data };
  const keptAside = backupKeyFor(key);
  console.warn(`ChartCode: stored ${key} is invalid, kept aside as ${keptAside}`, parsed.error.issues);
  await browser.storage[area].set({ [keptAside]: raw, [key]: empty });
  return { value: empty, keptAside };
}

export async function writeStored<S extends z.ZodMiniType>(area: Area, key: string, schema: S, value: z.infer<S>): Promise<void> {
  await browser.storage[area].set({ [key]: schema.parse(value) });
}

/** Keys kept aside after a failed read, so that the options page can show and remove them. */
export async function listKeptAside(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('corrupt:'));
}
