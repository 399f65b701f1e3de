import { analyzeText, contextOf } from '../text/analyze';
import type { ChartReading } from './chart-reading';

/** Sections, sentences and the context of any span, from the text layer's one pass over the chart. */
export function readChart(text: string): ChartReading {
  const analysis = analyzeText(text);
  return {
    sentences: analysis.sentences.map((s) => ({ start: s.start, end: s.end, section: s.kind })),
    contextOf(start, end) {
      const result = contextOf(analysis, start, end);
      return { decision: result.decision, trigger: result.reason, triggerStart: result.trigger?.start };
    },
  };
}
