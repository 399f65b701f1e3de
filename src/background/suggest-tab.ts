/** Reads the chart of a tab through its content script and runs the engine's suggestions over it. */
import type { Setting } from '../core/types';
import { browser } from '../shared/browser';
import { ChartRead, type TabSuggestions } from '../shared/messages';
import { sendToTab } from '../shared/send';
import { snippetFor } from '../shared/snippets';
import { getEngineForSuggestions, takeLoadMs } from './engine';

const CANNOT_READ = 'ChartCode cannot read this page yet: click the ChartCode toolbar button on it, or grant the site in Options.';

async function ensureContentScript(tabId: number): Promise<void> {
  try {
    if ((await sendToTab(tabId, { type: 'ping' })) === true) return;
  } catch {
    // no content script answered: inject it below
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (error) {
    console.info('ChartCode: injection refused', error);
    throw new Error(CANNOT_READ);
  }
}

export async function readTab(tabId: number): Promise<ChartRead> {
  await ensureContentScript(tabId);
  const parsed = ChartRead.safeParse(await sendToTab(tabId, { type: 'readChart' }));
  if (!parsed.success) {
    console.warn('ChartCode: invalid chart reply', parsed.error.issues);
    throw new Error('ChartCode could not read this page (the page answered something unexpected).');
  }
  return parsed.data;
}

export async function suggestTab(tabId: number, setting: Setting, dateOfService?: string, early?: boolean): Promise<TabSuggestions> {
  const [chart, engine] = await Promise.all([readTab(tabId), getEngineForSuggestions()]);
  const started = performance.now();
  const { suggestions, setAside, ...result } = await engine.suggest(chart.text, { setting, dateOfService, early });
  const suggestMs = performance.now() - started;
  const { text, ...chartInfo } = chart;
  return {
    result,
    suggestions: suggestions.map((s) => ({ ...s, snippets: s.evidence.map((e) => snippetFor(text, e)) })),
    setAside: setAside.map((s) => ({ ...s, snippets: s.evidence.map((e) => snippetFor(text, e)) })),
    chart: { ...chartInfo, chars: text.length },
    ms: { read: chart.ms, suggest: suggestMs, engineLoad: takeLoadMs() },
  };
}
