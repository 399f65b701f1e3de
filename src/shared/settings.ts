import { readManagedPolicy } from './managed-storage';
import { applyPolicy } from './managed-policy';
import { DEFAULT_SETTINGS, SETTINGS_KEY, Settings } from './settings-schema';
import { readStored, writeStored } from './storage';

export { CopyFormat, DEFAULT_SETTINGS, SETTINGS_KEY, Settings } from './settings-schema';

export function readSettings() {
  return readStored('local', SETTINGS_KEY, Settings, DEFAULT_SETTINGS);
}

/** The settings in force: the coder's, with the organisation's policy values on top. */
export async function readEffectiveSettings(): Promise<Settings> {
  const [{ value }, policy] = await Promise.all([readSettings(), readManagedPolicy()]);
  return applyPolicy(value, policy).settings;
}

export function writeSettings(settings: Settings): Promise<void> {
  return writeStored('local', SETTINGS_KEY, Settings, settings);
}
