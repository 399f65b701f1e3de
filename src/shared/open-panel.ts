/**
 * Opens the ChartCode panel beside a tab. Call it straight from a user action (click, command, menu), before any
 * await: both browsers refuse to open a side panel outside a user gesture.
 */
import { browser } from './browser';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}

/** Chrome 116+ has `chrome.sidePanel.open`; the polyfill does not wrap it, so reach for `chrome` itself. */
function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

export function openPanel(tab: { id?: number; windowId?: number }): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel?.open && tab.windowId !== undefined) return sidePanel.open({ windowId: tab.windowId });
  // Firefox: the sidebar declared by sidebar_action.
  if (browser.sidebarAction?.open) return browser.sidebarAction.open();
  // A browser with neither (Chrome before 116, other Chromium forks): the panel in a popup window, aimed at the tab.
  return browser.windows
    .create({ url: browser.runtime.getURL(`panel.html${tab.id === undefined ? '' : `?tab=${tab.id}`}`), type: 'popup', width: 440, height: 760 })
    .then(() => undefined);
}
