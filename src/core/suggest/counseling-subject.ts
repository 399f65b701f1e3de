import type { Finding } from './assemble';

/**
 * The subject of a counseling said without one ('Counseled on cessation.') where the line of the problem list or the
 * assessment it stands in names it ('5. Tobacco use: smokes 1/2 ppd cigarettes. Counseled on cessation.'): the Index's
 * 'Counseling, tobacco use Z71.6', 'alcohol abuser Z71.41', 'drug abuser Z71.51' rather than 'Counseling (for) Z71.9'.
 */
const SUBJECTS: readonly [words: RegExp, code: string][] = [
  [/\b(?:tobacco|smok\w*|cigarettes?|cigars?|nicotine|vap(?:e|es|ing))\b/i, 'Z716'],
  [/\b(?:alcohol\w*|etoh|drink\w*|beers?)\b/i, 'Z7141'],
  [/\b(?:opioids?|heroin|cocaine|methamphetamine|cannabis|marijuana|substance use)\b/i, 'Z7151'],
];

/** How far back a problem-list item's heading is looked for. */
const ITEM_CHARS = 160;

export function counselingOfItemSubject(findings: Finding[], text: string): Finding[] {
  return findings.map((f) => {
    if (f.code !== 'Z719' || f.context !== 'affirmed') return f;
    for (const e of f.evidence) {
      // The line as far as a problem-list item goes: a case report's paragraph is one long line of many subjects.
      const line = text.slice(Math.max(text.lastIndexOf('\n', e.start - 1) + 1, e.start - ITEM_CHARS), e.end);
      const subjects = SUBJECTS.filter(([words]) => words.test(line));
      // One subject only: a line naming tobacco and alcohol leaves the coder to say which the counseling was on.
      if (subjects.length === 1) return { ...f, code: subjects[0]![1], notes: [...f.notes, 'counseling on the subject its problem-list line names (Index: Counseling, by subject)'] };
    }
    return f;
  });
}
