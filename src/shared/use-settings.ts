import { useMemo } from 'preact/hooks';
import { applyPolicy, type ManagedField } from './managed-policy';
import { DEFAULT_SETTINGS, SETTINGS_KEY, Settings } from './settings-schema';
import { useManagedPolicy } from './use-managed-policy';
import { useStored, type StoredState } from './use-stored';

/**
 * The settings in force, shared live by panel, popup and options page: the coder's, with the organisation's
 * policy values on top; `managed` names the fields the organisation set.
 */
export function useSettings(): StoredState<Settings> & { managed: ManagedField[] } {
  const stored = useStored(SETTINGS_KEY, Settings, DEFAULT_SETTINGS);
  const policy = useManagedPolicy();
  // Memoised so that the merged object changes only when its inputs do: effects keyed on it must not rerun each render.
  const { settings, managed } = useMemo(() => applyPolicy(stored.value, policy), [stored.value, policy]);
  return { ...stored, value: settings, managed };
}
