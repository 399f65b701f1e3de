/** Removes claim lists the coder has not touched for longer than the retention period in the settings (default 7 days). */
import { browser } from '../shared/browser';
import { ENCOUNTER_PREFIX } from '../shared/encounter';
import { readSettings } from '../shared/settings';

const DAY_MS = 86_400_000;

export async function expireEncounters(now = Date.now()): Promise<number> {
  const { value: settings } = await readSettings();
  const stored = await browser.storage.local.get(null);
  const expired = Object.entries(stored)
    .filter(([key, value]) => key.startsWith(ENCOUNTER_PREFIX) && now - ((value as { updated?: number })?.updated ?? 0) > settings.retentionDays * DAY_MS)
    .map(([key]) => key);
  if (expired.length > 0) await browser.storage.local.remove(expired);
  return expired.length;
}
