import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SuggestResult } from '../../src/core/engine-types';
import { realEngine } from './engine-fixture';

const engine = await realEngine();

const CHARTS_FILE = new URL('../../../shared/eval/charts-codiesp-dev.jsonl', import.meta.url);
const charts: string[] = readFileSync(CHARTS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Every evidence span of suggestions and set-aside findings, with where it came from for the failure message. */
function spans(result: SuggestResult): { code: string; start: number; end: number }[] {
  return [...result.suggestions, ...result.setAside].flatMap((s) => s.evidence.map((e) => ({ code: s.code, start: e.start, end: e.end })));
}

function expectSpansWithin(text: string, result: SuggestResult): void {
  for (const span of spans(result)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), JSON.stringify(span)).toBe(true);
    expect(0 <= span.start && span.start < span.end && span.end <= text.length, `${JSON.stringify(span)} in ${text.length} chars`).toBe(true);
  }
}

/** Note-like text: words the engine knows, context cues, headings, punctuation and odd characters. */
const noteWord = fc.constantFrom(
  'HTN', 'CHF', 'chest pain', 'denies', 'no', 'history of', 'Family history:', 'Assessment:', 's/p', 'rule out', 'E. coli',
  'UTI', 'fracture', 'left', 'distal radius', 'initial', 'type 2 diabetes', 'CKD stage 3a', '\n', '.', ',', ':', ' ', '-',
  'é', '\u00a0', '\t', '(', ')', '😀', '1.', '2)', 'x',
);
const noteLike = fc.array(noteWord, { maxLength: 40 }).map((words) => words.join(' '));

describe('SuggestionEngine.suggest evidence offsets', () => {
  it('reads the development charts', () => {
    expect(charts.length).toBeGreaterThan(500);
  });

  it('never throws and keeps every span inside arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), noteLike), fc.boolean(), async (text, inpatient) => {
        const result = await engine.suggest(text, { setting: inpatient ? 'inpatient' : 'outpatient' });
        expectSpansWithin(text, result);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every span of a slice of a real chart inside it, on at least one letter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(charts.length - 1), fc.nat(), fc.integer({ min: 1, max: 1500 }), async (which, from, length) => {
        const chart = charts[which]!;
        const start = from % chart.length;
        const text = chart.slice(start, start + length);
        const result = await engine.suggest(text, { setting: 'outpatient' });
        expectSpansWithin(text, result);
        for (const span of spans(result)) expect(text.slice(span.start, span.end), JSON.stringify(span)).toMatch(/\p{L}/u);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every span of whole real charts inside the chart, on at least one letter', async () => {
    for (const chart of charts.slice(0, 40)) {
      const result = await engine.suggest(chart, { setting: 'inpatient' });
      expectSpansWithin(chart, result);
      for (const span of spans(result)) expect(chart.slice(span.start, span.end), JSON.stringify(span)).toMatch(/\p{L}/u);
    }
  });
});
