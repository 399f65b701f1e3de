import type { ConceptMatch } from './concept-index';
import type { Placed } from './not-a-finding';

/**
 * One word that, where it stands, names something other than what a finding would read it as: 'the back of the right
 * foot' is the dorsum of the foot (Spanish 'dorso'), so a finding that takes its 'back' ('painful areas, on the back of
 * the right foot' read as Dorsalgia, M54.9) misreads it, though the finding of the foot itself ('Pain in right foot',
 * M79.671), which leaves the word, stands; so too the 'dorsum' of a part, read as 'back' (chart-synonyms.ts). Unlike a NOT_A_FINDING phrase, which a finding holding the whole phrase and
 * more may read ('surgical wound infection'), no finding may take this word: it is the word's sense that is wrong.
 * Each pattern matches the word alone, the words that decide its sense after it in a lookahead.
 */
const PART = String.raw`(?:hands?|foot|feet|fingers?|toes?|thumbs?|wrists?|ankles?|forearms?|penis|tongue|ears?|auricles?|knees?|thighs?|legs?|arms?|calf|calves|heels?)`;
const WORD_ELSEWHERE = new RegExp(
  String.raw`\b(?:back|dorsum)(?=( of (?:the |his |her |both |each |this |that |a )?(?:(?:right|left|two|three|four) )?)(` + PART + String.raw`)\b)`,
  'gi',
);

/**
 * The spans of the sentence's words read in another sense, as [start, end, partStart, partEnd] in the text (the part
 * whose back it is); `from` is where `words` start.
 */
export function wordsElsewhere(words: string, from: number): number[][] {
  if (!/\b(?:back|dorsum) of\b/i.test(words)) return [];
  return [...words.matchAll(WORD_ELSEWHERE)].map((m) => {
    const start = from + m.index!;
    const part = start + m[0].length + m[1]!.length;
    return [start, start + m[0].length, part, part + m[2]!.length];
  });
}

/**
 * Whether a finding takes one of those words (see wordsElsewhere) without its part: the back of the hand is the
 * hand's own site in the titles that name it ('Burn of third degree of back of right hand', T23.361-).
 */
export function takesWordElsewhere(match: ConceptMatch, spans: readonly number[][], termsAt: Placed): boolean {
  if (spans.length === 0) return false;
  const within = (p: number, from: number, to: number) => {
    const term = termsAt.get(p);
    return term !== undefined && from <= term.start && term.end <= to;
  };
  return spans.some(([start, end, partStart, partEnd]) =>
    match.positions.some((p) => within(p, start!, end!)) && !match.positions.some((p) => within(p, partStart!, partEnd!)));
}
