/** Answers the extension's requests to this page: read the chart, highlight evidence, insert a code. */
import type { ChartTextBuilder } from '../shared/chart-text';
import type { ChartRead, ContentReply, ToContent } from '../shared/messages';
import { observeChart } from './chart-observer';
import { watchFocus } from './focus-tracker';
import { clearHighlight, highlightSpans } from './highlight';
import { insertText } from './insert-code';
import { readChart } from './read-chart';

/**
 * Offset maps of the last few readings: a highlight request names the reading its offsets belong to, and more than
 * one extension page may read the same tab (panel, a second panel window).
 */
const readings = new Map<number, ChartTextBuilder<Text>>();
const KEPT_READINGS = 3;
let nextReadId = 1;

export async function handleMessage(message: ToContent): Promise<ContentReply[ToContent['type']]> {
  switch (message.type) {
    case 'ping':
      return true;
    case 'readChart':
      return read();
    case 'highlight':
    {
      const builder = readings.get(message.readId);
      if (!builder) return { highlighted: 0, stale: true, method: 'none' };
      return highlightSpans(builder, message.spans);
    }
    case 'clearHighlight':
      clearHighlight();
      return null;
    case 'insertText':
      return insertText(message.text, message.separator);
    default: {
      const unhandled: never = message;
      throw new Error(`ChartCode content: unknown message ${JSON.stringify(unhandled)}`);
    }
  }
}

function read(): ChartRead {
  const started = performance.now();
  const reading = readChart(document);
  const readId = nextReadId++;
  readings.set(readId, reading.builder);
  readings.delete(readId - KEPT_READINGS);
  for (const doc of reading.documents) watchFocus(doc);
  observeChart(reading.documents);
  return {
    readId,
    url: location.href,
    text: reading.text,
    truncated: reading.builder.truncated,
    selectionOnly: reading.selectionOnly,
    framesRead: reading.framesRead,
    framesUnreadable: reading.framesUnreadable,
    ms: performance.now() - started,
  };
}
