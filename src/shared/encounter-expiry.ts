/** Which stored claim lists have expired; pure, so that the retention rule is unit-tested. */
import { ENCOUNTER_PREFIX } from './encounter-key';

export const DAY_MS = 86_400_000;

/**
 * Keys of the claim lists (`encounter:` keys) last changed more than `retentionDays` days before `now` (ms since
 * epoch). A claim list without a valid `updated` time counts as expired: it cannot say how old it is.
 */
export function expiredEncounterKeys(stored: Record<string, unknown>, retentionDays: number, now: number): string[] {
  return Object.entries(stored)
    .filter(([key, value]) => {
      if (!key.startsWith(ENCOUNTER_PREFIX)) return false;
      const updated = (value as { updated?: unknown } | null)?.updated;
      return typeof updated !== 'number' || !Number.isFinite(updated) || now - updated > retentionDays * DAY_MS;
    })
    .map(([key]) => key);
}
