import type { ConceptMatch } from './concept-index';
import type { Placed } from './not-a-finding';

/**
 * One word that, where it stands, names something other than what a finding would read it as: 'the back of the right
 * foot' is the dorsum of the foot (Spanish 'dorso'), so a finding that takes its 'back' ('painful areas, on the back of
 * the right foot' read as Dorsalgia, M54.9) misreads it, though the finding of the foot itself ('Pain in right foot',
 * M79.671), which leaves the word, stands. Unlike a NOT_A_FINDING phrase, which a finding holding the whole phrase and
 * more may read ('surgical wound infection'), no finding may take this word: it is the word's sense that is wrong.
 * Each pattern matches the word alone, the words that decide its sense after it in a lookahead.
 */
const PART = String.raw`(?:hands?|foot|feet|fingers?|toes?|thumbs?|wrists?|ankles?|forearms?|penis|tongue|ears?|auricles?|knees?|thighs?|legs?|arms?|calf|calves|heels?)`;
const WORD_ELSEWHERE = new RegExp(
  String.raw`\bback(?= of (?:the |his |her |both |each |this |that |a )?(?:(?:right|left|two|three|four) )?` + PART + String.raw`\b)`,
  'gi',
);

/** The spans of the sentence's words read in another sense, as [start, end] in the text; `from` is where `words` start. */
export function wordsElsewhere(words: string, from: number): number[][] {
  if (!/\bback of\b/i.test(words)) return [];
  return [...words.matchAll(WORD_ELSEWHERE)].map((m) => [from + m.index!, from + m.index! + m[0].length]);
}

/** Whether a finding takes one of those words (see wordsElsewhere). */
export function takesWordElsewhere(match: ConceptMatch, spans: readonly number[][], termsAt: Placed): boolean {
  return spans.length > 0 && match.positions.some((p) => {
    const term = termsAt.get(p);
    return term !== undefined && spans.some(([start, end]) => start! <= term.start && term.end <= end!);
  });
}
