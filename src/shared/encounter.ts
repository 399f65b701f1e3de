/**
 * The claim list of one encounter, kept in storage.local under `encounter:<key>`: codes and dates only, never chart
 * text. The key is a SHA-256 of the page's origin and path (so that no patient identifier in a URL is stored), or a
 * key the coder typed.
 */
import * as z from 'zod/mini';
import { ClaimCode } from './messages';
import { readStored, writeStored } from './storage';

export const Encounter = z.object({
  version: z.literal(1),
  codes: z.array(ClaimCode).check(z.maxLength(200)),
  dateOfService: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** ms since epoch of the last change, for expiry. */
  updated: z.number(),
});
export type Encounter = z.infer<typeof Encounter>;

export const emptyEncounter = (): Encounter => ({ version: 1, codes: [], updated: Date.now() });

export const ENCOUNTER_PREFIX = 'encounter:';

/** The page part that names an encounter: origin and path, without query or fragment. */
export function encounterSource(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname;
  } catch {
    return url; // not a URL (a key the coder typed): use it as it is
  }
}

/** Storage key of an encounter: hashed page address, or the coder's own key. */
export async function encounterKeyFor(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(encounterSource(url)));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${ENCOUNTER_PREFIX}${hex.slice(0, 32)}`;
}

export function customEncounterKey(typed: string): string {
  return `${ENCOUNTER_PREFIX}custom:${typed.trim().slice(0, 100)}`;
}

export function readEncounter(key: string) {
  return readStored('local', key, Encounter, emptyEncounter());
}

export function writeEncounter(key: string, encounter: Encounter): Promise<void> {
  return writeStored('local', key, Encounter, { ...encounter, updated: Date.now() });
}
