import { DEFAULT_SETTINGS, SETTINGS_KEY, Settings } from './settings';
import { useStored } from './use-stored';

/** The coder's settings, shared live by panel, popup and options page. */
export function useSettings() {
  return useStored(SETTINGS_KEY, Settings, DEFAULT_SETTINGS);
}
