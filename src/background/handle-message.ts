/** Answers each ToBackground message; a new message type without a case here fails type-checking. */
import { normalizeCode } from '../core/codeset/format';
import type { Runtime } from '../shared/browser';
import { browser } from '../shared/browser';
import type { Reply, ToBackground } from '../shared/messages';
import { getEngine, openEngine } from './engine';
import { suggestTab } from './suggest-tab';

/** Extension pages (panel, popup, options) may ask anything; content scripts may only say the chart changed. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) === true;
}

export async function handleMessage(message: ToBackground, sender: Runtime.MessageSender): Promise<Reply[ToBackground['type']]> {
  if (message.type === 'chartChanged') {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await browser.storage.session.set({ [`chartChanged:${tabId}`]: Date.now() });
    return null;
  }
  if (!isExtensionPage(sender)) throw new Error(`ChartCode: ${message.type} is not accepted from a web page`);
  switch (message.type) {
    case 'search':
      return (await getEngine()).search(message.query, { set: message.set, limit: message.limit, dateOfService: message.dateOfService });
    case 'suggestTab':
      return suggestTab(message.tabId, message.setting, message.dateOfService, message.early, message.chart);
    case 'detail':
      return (await (await getEngine()).detail(normalizeCode(message.code), message.year)) ?? null;
    case 'checkClaim': {
      const codes = message.codes.map((c) => ({ set: c.set, code: normalizeCode(c.code) }));
      return (await getEngine()).checkClaim(codes, { dateOfService: message.dateOfService });
    }
    case 'info':
      return (await openEngine(message.first ?? 'search')).info(); // the code sets' counts: no search index needed
    case 'browseIndex':
      return (await getEngine()).browseIndex(message.query);
    case 'pcsNextAxis':
      return (await (await getEngine()).pcsNextAxis(message.prefix)) ?? null;
    default: {
      const unhandled: never = message;
      throw new Error(`ChartCode: unknown message ${JSON.stringify(unhandled)}`);
    }
  }
}
