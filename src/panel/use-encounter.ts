/**
 * The encounter the panel codes: its storage key comes from the chart's page address (hashed) or a key the coder
 * typed for this tab (kept in storage.session); its claim list lives in storage.local.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { customEncounterKey, emptyEncounter, Encounter, encounterKeyFor, encounterSource } from '../shared/encounter';
import { logError } from '../shared/log-error';
import { useStored } from '../shared/use-stored';

export function useEncounter(tabId: number | undefined, pageUrl: string | undefined) {
  const [typed, setTypedState] = useState<string>('');
  const [pageKey, setPageKey] = useState<string | undefined>();
  const typedKey = `encounterTyped:${tabId}`;
  useEffect(() => {
    if (tabId === undefined) return;
    browser.storage.session.get(typedKey).then((got) => setTypedState(typeof got[typedKey] === 'string' ? got[typedKey] : '')).catch(logError);
  }, [tabId]);
  useEffect(() => {
    if (pageUrl) encounterKeyFor(pageUrl).then(setPageKey).catch(logError);
  }, [pageUrl]);
  const key = typed.trim() ? customEncounterKey(typed) : pageKey;
  const stored = useStored(key, Encounter, emptyEncounter());
  const setTyped = (value: string) => {
    setTypedState(value);
    browser.storage.session.set({ [typedKey]: value }).catch(logError);
  };
  const save = (next: Encounter) => stored.save({ ...next, updated: Date.now() });
  return { key, label: typed.trim() || (pageUrl ? encounterSource(pageUrl) : ''), typed, setTyped, encounter: stored.value, loaded: stored.loaded, keptAside: stored.keptAside, save };
}
