import type { CodeTableView } from '../search/code-table-view';
import type { Suggestion } from '../types';
import type { ChartReading } from './chart-reading';

/** Mechanical ventilation as notes say it: the PCS code is decided by how long it lasted, not by these words. */
const VENTILATION = /\b(?:mechanical(?:ly)? ventilat\w*|invasive ventilation|ventilatory support|ventilator support|on (?:a|the) ventilator|intubated and ventilated)\b/gi;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const DURATION = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(hours?|hrs?|h|days?|weeks?)\b/i;

/** 5A1935Z under 24 consecutive hours, 5A1945Z 24 to 96, 5A1955Z beyond 96 (the table's own bands). */
export function ventilationCode(hours: number): string {
  return hours < 24 ? '5A1935Z' : hours <= 96 ? '5A1945Z' : '5A1955Z';
}

/** Hours of a duration as written ('3 days', 'twelve hours'), or undefined when none is written. */
export function durationHours(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit.startsWith('w') ? n * 168 : unit.startsWith('d') ? n * 24 : n;
}

/**
 * Respiratory ventilation (5A19-5Z) for mechanical ventilation the chart documents as done, by the duration written
 * in its sentence. With no duration the shortest band is offered, and a prompt says the hours decide the code.
 */
export function ventilationSuggestions(text: string, reading: ChartReading, view: CodeTableView): Suggestion[] {
  // Every phrase of VENTILATION holds 'ventilat': only a chart that does is scanned (the pattern tries each word).
  if (!text.toLowerCase().includes('ventilat')) return [];
  for (const m of text.matchAll(VENTILATION)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (reading.contextOf(start, end).decision !== 'affirmed') continue;
    const sentence = reading.sentences.find((s) => s.start <= start && end <= s.end);
    const hours = durationHours(text.slice(sentence?.start ?? start, sentence?.end ?? end));
    const code = ventilationCode(hours ?? 0);
    const i = view.indexOf(code);
    if (i === undefined) continue;
    return [{
      set: 'icd10pcs', code, display: code, title: view.table.titles[i]!, kind: 'procedure', billable: true,
      confidence: hours === undefined ? 0.4 : 0.8,
      evidence: [{ start, end, section: sentence?.section }],
      context: 'affirmed',
      prompts: hours === undefined
        ? [{ kind: 'moreSpecific', message: 'Duration not documented: consecutive hours decide the code (5A1935Z under 24, 5A1945Z 24-96, 5A1955Z over 96).', codes: ['5A1935Z', '5A1945Z', '5A1955Z'] }]
        : [],
    }];
  }
  return [];
}
