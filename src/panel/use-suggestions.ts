/** Suggestions for the target tab's chart, fetched again when the settings change, the tab loads a page or its chart changes. */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Setting } from '../core/types';
import { browser } from '../shared/browser';
import { type TabSuggestions } from '../shared/messages';
import { readTab } from '../shared/read-tab';
import { send } from '../shared/send';

export interface SuggestionsState {
  data?: TabSuggestions;
  error?: string;
  loading: boolean;
  /** ms from the request to the answer, as the coder waited for it. */
  waitedMs?: number;
  refresh(): void;
}

export function useSuggestions(tabId: number | undefined, setting: Setting, dateOfService: string | undefined, visits: number): SuggestionsState {
  const [state, setState] = useState<Omit<SuggestionsState, 'refresh'>>({ loading: false });
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (tabId === undefined) return undefined;
    const key = `chartChanged:${tabId}`;
    const onChanged = (changed: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changed) setChanges((n) => n + 1);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  // A layout effect sends at once after the render; a plain effect waits for the next frame.
  useLayoutEffect(() => {
    if (tabId === undefined) return undefined;
    let current = true;
    const started = performance.now();
    setState((previous) => ({ ...previous, loading: true }));
    const fail = (error: unknown) => current && setState({ loading: false, error: error instanceof Error ? error.message : String(error) });
    // The panel reads the chart itself: the background, busy loading the code sets on a cold start, would answer the
    // page late. On a cold start the diagnoses come first; the whole list (procedures, supplies), made from the same
    // read, replaces them when it is in.
    readTab(tabId)
      .then(async (chart) => {
        const data = await send({ type: 'suggestTab', tabId, setting, dateOfService, early: true, chart });
        if (!current) return;
        setState({ data, loading: false, waitedMs: performance.now() - started });
        if (data.result.partial) {
          const whole = await send({ type: 'suggestTab', tabId, setting, dateOfService, chart });
          if (current) setState({ data: whole, loading: false, waitedMs: performance.now() - started });
        }
      })
      .catch(fail);
    return () => {
      current = false;
    };
  }, [tabId, setting, dateOfService, visits, changes]);
  return { ...state, refresh: () => setChanges((n) => n + 1) };
}
