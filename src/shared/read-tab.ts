/**
 * Reads the chart of a tab through its content script, injecting the script when none answers. The panel reads
 * for itself and passes the chart along with suggestTab: on a cold start the background is busy decoding the code
 * sets, and each reply it waits for queues behind that work (a ping, then a read, took 250-450 ms in the background
 * while the page read in 30).
 */
import { browser } from './browser';
import { ChartRead } from './messages';
import { sendToTab } from './send';

const CANNOT_READ = 'ChartCode cannot read this page yet: click the ChartCode toolbar button on it, or grant the site in Options.';

async function injectContentScript(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (error) {
    console.info('ChartCode: injection refused', error);
    throw new Error(CANNOT_READ);
  }
}

/** Asks for the chart at once (one round trip, no ping first); injects the content script only when none answered. */
async function askChart(tabId: number): Promise<unknown> {
  try {
    return await sendToTab(tabId, { type: 'readChart' });
  } catch {
    // no content script answered (not injected yet, or orphaned by an update): inject it and ask again below
  }
  await injectContentScript(tabId);
  return sendToTab(tabId, { type: 'readChart' });
}

/** The chart on a tab, checked with zod: it comes from the page's process. */
export async function readTab(tabId: number): Promise<ChartRead> {
  const parsed = ChartRead.safeParse(await askChart(tabId));
  if (!parsed.success) {
    console.warn('ChartCode: invalid chart reply', parsed.error.issues);
    throw new Error('ChartCode could not read this page (the page answered something unexpected).');
  }
  return parsed.data;
}
