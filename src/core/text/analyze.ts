/**
 * One pass over a chart's text: sections, then sentences and list items within each, each with its tokens and
 * context triggers, so that the suggestion engine can walk the text and ask the context of any span.
 */
import { detectContext, findTriggers, type ContextResult, type Trigger } from './context';
import { findSections, type Section, type SectionKind } from './sections';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokenize';

export interface AnalyzedSentence {
  start: number;
  end: number;
  item: boolean;
  /** Index into `sections` and that section's kind. */
  section: number;
  kind: SectionKind;
  tokens: Token[];
  triggers: Trigger[];
}

export interface TextAnalysis {
  text: string;
  sections: Section[];
  /** In text order; headings are not part of any sentence. */
  sentences: AnalyzedSentence[];
}

/** Sections, sentences, tokens and context triggers of a text; all offsets index `text`. About 1 ms per 1,000 words. */
export function analyzeText(text: string): TextAnalysis {
  const sections = findSections(text);
  const sentences: AnalyzedSentence[] = [];
  sections.forEach((sec, index) => {
    for (const s of splitSentences(text, sec.start, sec.end)) {
      const tokens = tokenize(text, s.start, s.end);
      // Named fields rather than a spread of the sentence: copying a spread's unknown keys cost more than the rest.
      sentences.push({ start: s.start, end: s.end, item: s.item, section: index, kind: sec.kind, tokens, triggers: findTriggers(tokens) });
    }
  });
  return { text, sections, sentences };
}

/** The sentence containing character offset `at`, or undefined (white space, a heading, outside the text). */
export function sentenceAt<S extends { start: number; end: number } = AnalyzedSentence>(analysis: { sentences: readonly S[] }, at: number): S | undefined {
  const list = analysis.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Context decision and the trigger (or section) behind it for the span [start, end) of the analysed text.
 * A span outside any sentence (a heading, white space) is 'affirmed' with no trigger. `ignoring`: the start of a
 * trigger left out, one the caller found does not reach the span (see find-mentions' negation lists).
 */
export function contextOf(analysis: TextAnalysis, start: number, end: number, ignoring?: number): ContextResult {
  const sentence = sentenceAt(analysis, start);
  if (!sentence) return { decision: 'affirmed', reason: 'not inside a sentence' };
  const triggers = ignoring === undefined ? sentence.triggers : sentence.triggers.filter((t) => t.start !== ignoring);
  return detectContext(sentence.tokens, { start, end: Math.min(end, sentence.end) }, sentence.kind, triggers);
}
