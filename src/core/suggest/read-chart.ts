import { findSections } from '../text/sections';
import { splitSentences } from '../text/sentences';
import type { ChartReading } from './chart-reading';

/** Sections and sentences of the chart from the text layer, each sentence labelled with its section kind. */
export function readChart(text: string): ChartReading {
  const sections = findSections(text);
  const sentences = sections.flatMap((section) =>
    splitSentences(text, section.start, section.end).map((s) => ({ start: s.start, end: s.end, section: section.kind })),
  );
  return {
    sentences,
    contextOf: () => ({ decision: 'affirmed' }),
  };
}
