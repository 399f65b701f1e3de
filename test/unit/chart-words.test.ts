import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiWords, readWords, unicodeWords } from '../../src/core/suggest/chart-words';
import { readNote } from './us-note-fixture';

describe('the words of a chart', () => {
  it('reads a plain ASCII line by character codes as the Unicode pattern reads it, on every line of the US notes', () => {
    const dir = new URL('../fixtures/charts/', import.meta.url);
    const lines = readdirSync(dir).filter((f) => f.startsWith('us-')).flatMap((f) => readNote(f).split('\n'));
    const ascii = lines.filter((line) => /^[\x00-\x7f]*$/.test(line));
    expect(ascii.length).toBeGreaterThan(1000);
    for (const line of ascii) expect(asciiWords(line, 7)).toEqual(unicodeWords(line, 7));
  });

  it("keeps a lower-case possessive in the word's span, not in the word, and marks a word after a slash", () => {
    const line = "Hx of Parkinson's disease; PARKINSON'S; c/o N/V x2 days, pt's wife's note";
    const words = readWords(line);
    expect(words).toEqual(unicodeWords(line));
    expect(words.map((w) => w.raw)).toEqual(['hx', 'of', 'parkinson', 'disease', 'parkinson', 's', 'c', 'o', 'n', 'v', 'x2', 'days', 'pt', 'wife', 'note']);
    expect(line.slice(words[2]!.start, words[2]!.end)).toBe("Parkinson's");
    expect(words.filter((w) => w.slashed).map((w) => w.raw)).toEqual(['o', 'v']);
    // A word with an accent goes through the Unicode pattern and is folded.
    expect(readWords("Sjögren's syndrome", 10).map((w) => [w.raw, w.start, w.end])).toEqual([['sjogren', 10, 19], ['syndrome', 20, 28]]);
  });
});
