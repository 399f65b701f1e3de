/** Removes claim lists the coder has not touched for longer than the retention period in the settings (default 7 days). */
import { browser } from '../shared/browser';
import { DAY_MS, expiredEncounterKeys } from '../shared/encounter-expiry';
import { readEffectiveSettings } from '../shared/settings';

export async function expireEncounters(now = Date.now()): Promise<number> {
  const settings = await readEffectiveSettings();
  const expired = expiredEncounterKeys(await browser.storage.local.get(null), settings.retentionDays, now);
  if (expired.length > 0) await browser.storage.local.remove(expired);
  return expired.length;
}

/**
 * Runs the expiry at most once an hour of worker wake-ups, so that a browser left open for weeks still forgets
 * old claim lists (startup and install alone would never run it there).
 */
export async function expireEncountersHourly(now = Date.now()): Promise<void> {
  const { expiryRanAt } = await browser.storage.session.get('expiryRanAt');
  if (typeof expiryRanAt === 'number' && now - expiryRanAt < DAY_MS / 24) return;
  await browser.storage.session.set({ expiryRanAt: now });
  await expireEncounters(now);
}
