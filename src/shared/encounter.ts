/** The claim list of one encounter, kept in storage.local under its key (encounter-key.ts): codes and dates only, never chart text. */
import * as z from 'zod/mini';
import { ClaimCode } from './messages';
import { readStored, writeStored } from './storage';

export { customEncounterKey, ENCOUNTER_PREFIX, encounterKeyFor, encounterSource } from './encounter-key';

export const Encounter = z.object({
  version: z.literal(1),
  codes: z.array(ClaimCode).check(z.maxLength(200)),
  dateOfService: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** ms since epoch of the last change, for expiry. */
  updated: z.number(),
});
export type Encounter = z.infer<typeof Encounter>;

export const emptyEncounter = (): Encounter => ({ version: 1, codes: [], updated: Date.now() });

export function readEncounter(key: string) {
  return readStored('local', key, Encounter, emptyEncounter());
}

export function writeEncounter(key: string, encounter: Encounter): Promise<void> {
  return writeStored('local', key, Encounter, { ...encounter, updated: Date.now() });
}
