/** Right-click on selected text: "Find codes for '<selection>'" opens the panel's search on it. */
import { browser } from '../shared/browser';
import type { PendingQuery } from '../shared/pending-query';
import { fireAndForget } from '../shared/log-error';
import { openPanel } from '../shared/open-panel';
import { getEngine } from './engine';

const MENU_ID = 'chartcode-find-codes';

/**
 * Called on runtime.onInstalled, which also fires on an update of the extension or of the browser. Both browsers keep
 * the items of a non-persistent background across restarts, so creating the item again would fail ("Cannot create
 * item with duplicate id", an unchecked error) and keep the old item's title: remove the old items first.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: "Find codes for '%s'", contexts: ['selection'] });
}

export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    fireAndForget(openPanel(tab), 'ChartCode menu'); // first, while the click still counts as a user gesture
    const query = (info.selectionText ?? '').slice(0, 500);
    fireAndForget(browser.storage.session.set({ pendingQuery: { query, at: Date.now() } satisfies PendingQuery }), 'ChartCode menu');
    fireAndForget(getEngine(), 'ChartCode warm-up'); // the panel's search will need it
  });
}
