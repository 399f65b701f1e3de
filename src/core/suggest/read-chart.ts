import { analyzeText, contextOf } from '../text/analyze';
import type { ChartReading } from './chart-reading';

/** Spans whose context is remembered (see readChart): end below this, so that start·SPAN + end names one span. */
const SPAN = 2 ** 24;

/** Sections, sentences and the context of any span, from the text layer's one pass over the chart. */
export function readChart(text: string): ChartReading {
  const analysis = analyzeText(text);
  // Each span's context once: a sentence's words are asked for by every concept index and again for each match.
  const known = new Map<number, ReturnType<ChartReading['contextOf']>>();
  return {
    sentences: analysis.sentences.map((s) => ({ start: s.start, end: s.end, section: s.kind })),
    contextOf(start, end, ignoring) {
      const key = end < SPAN && ignoring === undefined ? start * SPAN + end : -1;
      let context = known.get(key);
      if (!context) {
        const result = contextOf(analysis, start, end, ignoring);
        const { trigger } = result;
        context = { decision: result.decision, trigger: result.reason, triggerStart: trigger?.start, triggerEnd: trigger?.end, attached: trigger?.attached };
        if (key >= 0) known.set(key, context);
      }
      return context;
    },
  };
}
