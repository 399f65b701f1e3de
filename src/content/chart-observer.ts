/**
 * Tells the extension when a single-page EHR changes the chart without loading a page. Throttled: at most one
 * notice a second however often the page rewrites itself.
 */
import { browser } from '../shared/browser';

const DELAY_MS = 1000;
let observer: MutationObserver | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let stopped = false;

export function observeChart(documents: Document[]): void {
  if (stopped) return;
  observer ??= new MutationObserver(scheduleNotice);
  for (const doc of documents) {
    observer.observe(doc.body ?? doc.documentElement, { subtree: true, childList: true, characterData: true });
  }
}

function scheduleNotice(): void {
  timer ??= setTimeout(() => {
    timer = undefined;
    browser.runtime.sendMessage({ type: 'chartChanged' }).catch(stopOnInvalidContext);
  }, DELAY_MS);
}

/** After an extension update or reload this script is orphaned ("Extension context invalidated"): stop quietly, once. */
function stopOnInvalidContext(error: unknown): void {
  observer?.disconnect();
  stopped = true;
  console.info('ChartCode: stopped watching this page:', error instanceof Error ? error.message : error);
}
