import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, contextOf, sentenceAt } from '../../src/core/text/analyze';
import { normalizeWord, tokenize } from '../../src/core/text/tokenize';

const NOTE = [
  'CHIEF COMPLAINT: chest pain',
  'HPI: 60 y/o man with HTN and T2DM, s/p CABG. Denies fever. Possible pneumonia.',
  'PAST MEDICAL HISTORY:',
  '1. Asthma',
  '2. CKD 3a',
  'FAMILY HISTORY: Father had an MI at 50.',
  'ASSESSMENT AND PLAN:',
  '1. CHF exacerbation, r/o MI',
  '2. Return if fever develops.',
].join('\n');

const at = (words: string, from = 0) => {
  const start = NOTE.indexOf(words, from);
  return [start, start + words.length] as const;
};

describe('analyzeText', () => {
  it('gives sections and, inside them, sentences with their section kind', () => {
    const a = analyzeText(NOTE);
    expect(a.sections.map((s) => s.kind)).toEqual(['chiefComplaint', 'hpi', 'pmh', 'family', 'assessment']);
    expect(a.sentences.map((s) => [s.kind, NOTE.slice(s.start, s.end)])).toContainEqual(['pmh', '2. CKD 3a']);
  });

  it('gives each sentence its tokens and triggers', () => {
    const s = analyzeText(NOTE).sentences.find((x) => NOTE.slice(x.start, x.end) === 'Denies fever.')!;
    expect(s.tokens.map((t) => t.norm)).toEqual(['denies', 'fever', '.']);
    expect(s.triggers.map((t) => t.phrase)).toEqual(['denies']);
  });

  it('leaves headings out of the sentences', () => {
    const a = analyzeText(NOTE);
    expect(a.sentences.some((s) => NOTE.slice(s.start, s.end).includes('PAST MEDICAL HISTORY'))).toBe(false);
  });

  it('returns empty lists for empty text', () => {
    expect(analyzeText('')).toEqual({ text: '', sections: [], sentences: [] });
  });
});

describe('sentenceAt', () => {
  it('finds the sentence containing an offset, or undefined in a heading', () => {
    const a = analyzeText(NOTE);
    expect(NOTE.slice(sentenceAt(a, at('fever')[0])!.start, sentenceAt(a, at('fever')[0])!.end)).toBe('Denies fever.');
    expect(sentenceAt(a, at('PAST MEDICAL')[0])).toBeUndefined();
  });
});

describe('contextOf', () => {
  const a = analyzeText(NOTE);
  const decide = (words: string, from = 0) => contextOf(a, ...at(words, from)).decision;

  it('decides each finding of a note by its sentence and section', () => {
    expect(decide('chest pain')).toBe('affirmed');
    expect(decide('HTN')).toBe('affirmed');
    expect(decide('CABG')).toBe('historical');
    expect(decide('fever')).toBe('negated');
    expect(decide('pneumonia')).toBe('uncertain');
    expect(decide('Asthma')).toBe('historical');
    expect(decide('MI at 50')).toBe('family');
    expect(decide('CHF exacerbation')).toBe('affirmed');
    expect(decide('MI', NOTE.indexOf('r/o'))).toBe('uncertain');
    expect(decide('fever develops')).toBe('hypothetical');
  });

  it('names the trigger or section behind the decision', () => {
    expect(contextOf(a, ...at('fever')).reason).toBe('negated by "denies"');
    expect(contextOf(a, ...at('Asthma')).section).toBe('pmh');
  });

  it('is affirmed, with no trigger, for a heading', () => {
    expect(contextOf(a, ...at('FAMILY HISTORY'))).toEqual({ decision: 'affirmed', reason: 'not inside a sentence' });
  });
});

// Strings built from the characters that matter to the text layer, plus arbitrary unicode.
const noteChars = fc.constantFrom(
  'a', 'B', 'é', '1', '9', '.', ',', ':', ';', '/', '-', '\u2014', '\u2019', "'", ' ', '\n', '\t', '|', '#', '(', ')', '*', '•',
  'no ', 'Denies ', 'E11.9', 'CHF', 'HPI:', 'PMH:\n', 'Family history\n', '1. ', 's/p ', 'w/ ', '40.2', 'Dr. ', '\u0301', '😀',
);
const noteLike = fc.oneof(fc.array(noteChars, { maxLength: 80 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 200 }));

describe('offset properties', () => {
  it('keeps every token, sentence and section inside the text, ordered, and tokens slicing back to their form', () => {
    fc.assert(
      fc.property(noteLike, (text) => {
        const a = analyzeText(text);
        let last = 0;
        for (const s of a.sections) {
          if (s.heading) expect(s.heading.start).toBeGreaterThanOrEqual(last);
          expect(s.start).toBeGreaterThanOrEqual(s.heading?.end ?? last);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
        last = 0;
        for (const s of a.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          let prev = s.start;
          for (const t of s.tokens) {
            expect(t.start).toBeGreaterThanOrEqual(prev);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(s.end);
            expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.norm);
            prev = t.end;
          }
          last = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tokenizes any string into ordered tokens that slice back to their form', () => {
    fc.assert(
      fc.property(noteLike, (text) => {
        let prev = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.norm);
          prev = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws from contextOf, for any span', () => {
    fc.assert(
      fc.property(noteLike, fc.nat(300), fc.nat(300), (text, x, y) => {
        const a = analyzeText(text);
        expect(['affirmed', 'negated', 'uncertain', 'historical', 'family', 'hypothetical']).toContain(contextOf(a, Math.min(x, y), Math.max(x, y)).decision);
      }),
      { numRuns: 300 },
    );
  });
});
