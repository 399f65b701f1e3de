import type { ContextDecision } from '../types';

/** What the suggestion engine needs from the text layer: sentences with their section, and the context of any span. */
export interface ChartReading {
  sentences: { start: number; end: number; section: string }[];
  /** The context decision for a span of the text and the words that decided it ('denies', 'Family history'). */
  contextOf(start: number, end: number): { decision: ContextDecision; trigger?: string };
}

/** Turns chart text into a ChartReading; the text layer provides the real one. */
export type ReadChart = (text: string) => ChartReading;
