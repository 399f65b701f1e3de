/**
 * The tab whose chart the panel shows: `?tab=<id>` when the panel was opened for one tab (popup window fallback,
 * tests), else the active tab of the panel's window, followed as the coder switches tabs. `visits` counts page
 * loads of that tab, so that the panel reads a new chart after navigation.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Tabs } from '../shared/browser';
import { logError } from '../shared/log-error';

export function useTargetTab(): { tabId?: number; visits: number } {
  const fixed = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(fixed) ? fixed : undefined);
  const [visits, setVisits] = useState(0);
  useEffect(() => {
    if (Number.isInteger(fixed)) return undefined;
    let windowId: number | undefined;
    browser.windows
      .getCurrent()
      .then(async (window) => {
        windowId = window.id;
        const [active] = await browser.tabs.query({ active: true, windowId });
        setTabId(active?.id);
      })
      .catch(logError);
    const onActivated = (info: Tabs.OnActivatedActiveInfoType) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  useEffect(() => {
    const onUpdated = (updatedId: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (updatedId === tabId && change.status === 'complete') setVisits((n) => n + 1);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  return { tabId, visits };
}
