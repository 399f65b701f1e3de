/** The `icd` omnibox keyword: type words or a code, get codes; Enter opens the panel's search on them. */
import { browser } from '../shared/browser';
import { logError } from '../shared/log-error';
import { getEngine } from './engine';

/** Chrome reads omnibox descriptions as XML and needs escaping; Firefox shows them as plain text (and would show the entities). */
function describe(text: string): string {
  const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  return isFirefox ? text : text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function listenToOmnibox(): void {
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    getEngine()
      .then((engine) => {
        const { hits } = engine.search(text.slice(0, 500), { limit: 6 });
        suggest(hits.map((hit) => ({ content: hit.display, description: describe(`${hit.display}  ${hit.title}${hit.billable ? '' : ' (header)'}`) })));
      })
      .catch((error: unknown) => logError(error, 'ChartCode omnibox'));
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const url = browser.runtime.getURL(`panel.html?q=${encodeURIComponent(text.slice(0, 500))}`);
    const opening = disposition === 'currentTab' ? browser.tabs.update({ url }) : browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
    opening.catch((error: unknown) => logError(error, 'ChartCode omnibox'));
  });
}
