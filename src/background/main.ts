// Background: owns the code set engine and answers the other contexts. Listeners are registered synchronously at
// the top level, because the worker (Chrome) or event page (Firefox) is woken by the event it was stopped for.
import { browser, type Runtime } from '../shared/browser';
import { syncRegisteredScripts } from '../shared/granted-sites';
import { fireAndForget } from '../shared/log-error';
import { ToBackground } from '../shared/messages';
import { USER_CODES_KEY } from '../shared/user-codes-store';
import { createContextMenu, listenToContextMenu } from './context-menu';
import { expireEncounters, expireEncountersHourly } from './expire-encounters';
import { loadingEngine } from './engine';
import { handleMessage } from './handle-message';
import { listenToCommands } from './keyboard-command';
import { listenToOmnibox } from './omnibox';
import { applyUserCodes } from './user-codes';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = ToBackground.safeParse(raw);
  if (!parsed.success) {
    console.warn('ChartCode: dropped invalid message', parsed.error.issues);
    return undefined;
  }
  return handleMessage(parsed.data, sender);
});

browser.runtime.onInstalled.addListener(() => {
  fireAndForget(createContextMenu(), 'ChartCode menu');
  fireAndForget(syncRegisteredScripts(), 'ChartCode install');
  fireAndForget(expireEncounters(), 'ChartCode expiry');
});
browser.runtime.onStartup.addListener(() => fireAndForget(expireEncounters(), 'ChartCode expiry'));
browser.permissions.onAdded.addListener(() => fireAndForget(syncRegisteredScripts(), 'ChartCode permissions'));
browser.permissions.onRemoved.addListener(() => fireAndForget(syncRegisteredScripts(), 'ChartCode permissions'));

// A new, removed or cleared import of licensed codes: an engine already loaded takes it now, a later one on load.
browser.storage.onChanged.addListener((changes, area) => {
  const engine = loadingEngine();
  if (area === 'local' && USER_CODES_KEY in changes && engine) fireAndForget(engine.then(applyUserCodes), 'ChartCode imported codes');
});

listenToCommands();
listenToContextMenu();
listenToOmnibox();
fireAndForget(expireEncountersHourly(), 'ChartCode expiry'); // each wake-up, at most hourly
