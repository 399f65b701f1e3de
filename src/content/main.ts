// Content script: injected on demand (activeTab) or registered for sites the coder granted. Reads the chart,
// highlights evidence, inserts codes; talks only to this extension (no page postMessage listener).
import { browser, type Runtime } from '../shared/browser';
import { logError } from '../shared/log-error';
import { ToContent } from '../shared/messages';
import { watchFocus } from './focus-tracker';
import { handleMessage } from './handle-message';

type Marker = { chartcodeContentAlive?: () => boolean };

/** Injected twice (registered and on demand) the script must answer once; an orphan from before an update may not. */
function isAlreadyRunning(): boolean {
  const marker = globalThis as Marker;
  if (marker.chartcodeContentAlive?.()) return true;
  marker.chartcodeContentAlive = () => {
    try {
      return browser.runtime.id !== undefined;
    } catch {
      return false;
    }
  };
  return false;
}

function start(): void {
  if (isAlreadyRunning()) return;
  watchFocus(document);
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = ToContent.safeParse(raw);
    if (!parsed.success) {
      console.warn('ChartCode: dropped invalid message', parsed.error.issues);
      return undefined;
    }
    return handleMessage(parsed.data);
  });
}

try {
  start();
} catch (error) {
  logError(error, 'ChartCode content');
}
