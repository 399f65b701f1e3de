/** Runs the engine's suggestions over the chart of a tab, read through its content script. */
import type { Setting } from '../core/types';
import type { ChartRead, TabSuggestions } from '../shared/messages';
import { readTab } from '../shared/read-tab';
import { snippetFor } from '../shared/snippets';
import { getEngineForSuggestions, takeLoadMs } from './engine';

/** `read`: the chart as the panel already read it; else it is read here. */
export async function suggestTab(tabId: number, setting: Setting, dateOfService?: string, early?: boolean, read?: ChartRead): Promise<TabSuggestions> {
  const [chart, engine] = await Promise.all([read ?? readTab(tabId), getEngineForSuggestions()]);
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
