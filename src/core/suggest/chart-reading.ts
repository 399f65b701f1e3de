import type { ContextDecision } from '../types';

/** What the suggestion engine needs from the text layer: sentences with their section, and the context of any span. */
export interface ChartReading {
  sentences: { start: number; end: number; section: string }[];
  /**
   * The context decision for a span of the text, the words that decided it ('denies', 'Family history') and where the
   * deciding trigger starts and ends, when a trigger decided, and whether it is a prefix governing only its word ('non-').
   * `ignoring` names a trigger (by where it starts) read as not governing the span: the span lies past its scope.
   */
  contextOf(start: number, end: number, ignoring?: number): { decision: ContextDecision; trigger?: string; triggerStart?: number; triggerEnd?: number; attached?: boolean };
}

/** Turns chart text into a ChartReading; the text layer provides the real one. */
export type ReadChart = (text: string) => ChartReading;
