import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * A loss of consciousness the chart writes ('lost consciousness for about 20 minutes', 'LOC x 5 min', 'unconscious
 * for 2 hours'), and the number and unit of its duration when given.
 */
const LOSS = /\b(?:[Ll]ost (?:the )?consciousness|[Ll]oss of (?:the )?consciousness|LOC|[Uu]nconscious(?:ness)?|[Kk]nocked out)\b/g;
const DURATION = /^[^.;]{0,30}?\b(?:for|of|lasting|during|x)?\s*(about|approximately|approx\.?|around|nearly|almost|roughly|less than|under|up to|more than|over|greater than)?\s*(\d+(?:[.,]\d+)?|a few|a couple of|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|an?)\s*-?\s*(seconds?|secs?|minutes?|mins?|min|hours?|hrs?|h|days?)\b/i;
/** A loss of consciousness denied: 'no loss of consciousness', 'denies LOC', 'without losing consciousness'. */
const DENIED = /\b(?:no|not|denies|denied|without|nor|never)\b[^.;,]{0,20}$/i;
const WORDS: Record<string, number> = { 'a few': 3, 'a couple of': 2, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, a: 1, an: 1 };

/**
 * What the chart tells of the patient after the loss: back to the former level ('regained consciousness', 'returned
 * to his previous level of consciousness'), not back ('did not regain consciousness', 'without return to ...'), or
 * dead before regaining it ('died without regaining consciousness'), of the injury unless another cause is named.
 */
const RETURNED = /\b(?:with return|returned|returning|recovered|regained|regaining)\b[^.;]{0,30}?\b(?:consciousness|conscious level|baseline|pre-?existing)\b/i;
const NOT_RETURNED = /\b(?:without (?:return|recover\w*|regain\w*)|(?:prior to|before) (?:regaining|recovering|return\w*)|did not (?:return|recover|regain)|never (?:returned|recovered|regained)|not (?:returned|recovered|regained))\b/i;
const DIED = /\b(?:died|death|dead|deceased|exitus)\b/i;
const OTHER_CAUSE = /\b(?:death|died) (?:was )?(?:due to|from|of) (?:an? )?other cause/i;
/** 'It is unknown whether he lost consciousness', 'loss of consciousness unknown', 'LOC: unknown'. */
const UNKNOWN_BEFORE = /\b(?:unknown|not known|unclear) (?:whether|if)\b[^.;]{0,40}$/i;
const UNKNOWN_AFTER = /^[^.;]{0,12}\b(?:status )?(?:unknown|not known)\b/i;

/**
 * The Tabular's durations at S06 (the 6th character of an intracranial injury), as the words of its titles: 1 'of 30
 * minutes or less', 2 'of 31 minutes to 59 minutes', 3 'of 1 hour to 5 hours 59 minutes' (some titles 'hours'), 4 'of
 * 6 hours to 24 hours'. Longer ones are told by the return to the former conscious level: 5 'with return', 6
 * 'without return ... with patient surviving'; a loss of any duration ending in death is 7 (the brain injury's) or 8
 * (another cause's); 'greater than 24 hours' alone is neither and stays unspecified.
 */
function durationWords(minutes: number, after: string): RegExp | undefined {
  if (minutes <= 30) return /of 30 minutes or less/;
  if (minutes < 60) return /of 31 minutes to 59 minutes/;
  if (minutes < 360) return /of 1 hours? to 5 hours 59 minutes/;
  if (minutes <= 1440) return /of 6 hours to 24 hours/;
  if (NOT_RETURNED.test(after)) return /greater than 24 hours without return/;
  if (RETURNED.test(after)) return /greater than 24 hours with return/;
  return undefined;
}

function minutesOf(m: RegExpExecArray): number {
  const amount = WORDS[m[2]!.toLowerCase()] ?? Number(m[2]!.replace(',', '.'));
  const unit = m[3]!.toLowerCase();
  const minutes = unit.startsWith('d') ? amount * 1440 : unit.startsWith('h') ? amount * 60 : unit.startsWith('s') ? amount / 60 : amount;
  // 'more than 30 minutes' is past the bound the number names.
  return /^(?:more|over|greater)/i.test(m[1] ?? '') ? minutes + 1 : minutes;
}

const UNSPECIFIED = /of unspecified duration/;

/**
 * What the chart says of the loss of consciousness near the evidence, as the words of the title's loss it names: its
 * duration, its status unknown, its end, or 'of unspecified duration'.
 */
function lossSaid(text: string, f: Finding): RegExp | undefined {
  // A loss denied and none told ('struck head, no LOC'): the injury is 'without loss of consciousness' (0), not the
  // 'status unknown' (A) an injury told without a word of consciousness takes.
  let denied = false;
  for (const e of f.evidence) {
    // The injury's sentence and the ones beside it: 'He lost consciousness for 10 minutes. CT showed a subdural hematoma.'
    const from = Math.max(0, e.start - 200);
    const near = text.slice(from, e.end + 200);
    for (const m of near.matchAll(LOSS)) {
      const before = near.slice(0, m.index);
      if (UNKNOWN_BEFORE.test(before)) return /status unknown/;
      if (DENIED.test(before)) {
        denied = true;
        continue;
      }
      const after = near.slice(m.index + m[0].length);
      if (UNKNOWN_AFTER.test(after)) return /status unknown/;
      const sentence = after.split(/\.\s/)[0]!;
      if (DIED.test(sentence) && NOT_RETURNED.test(sentence)) return OTHER_CAUSE.test(sentence) ? /death due to other cause/ : /death due to brain injury/;
      const duration = DURATION.exec(after);
      if (!duration) return UNSPECIFIED;
      return durationWords(minutesOf(duration), sentence);
    }
  }
  return denied ? /without loss of consciousness/ : undefined;
}

const LOC_IN_TITLE = /\b(?:without loss of consciousness|with loss of consciousness (?:of unspecified duration|status unknown))/i;
/** A title's loss of consciousness, to its end or the episode of care. */
const LOC_CLAUSE = /,? with(?:out)? loss of consciousness.*?(?=, (?:initial|subsequent|sequela)\b|$)/i;

/**
 * An intracranial injury's loss of consciousness by its duration (S06, the 6th character): 'Concussion, lost
 * consciousness for about 20 minutes' is S06.0X1A, not the S06.0X0A 'without loss of consciousness' the word
 * concussion gives; a loss with no duration is the 'of unspecified duration' code (9). Only a code the chart's words
 * did not already place ('without', 'of unspecified duration', 'status unknown') is moved; a duration the subcategory
 * has no code for (a concussion's of over 30 minutes) is the unspecified duration. A loss said of unknown status, one
 * of over 24 hours with or without return to the former level, and one ending in death ('died without regaining
 * consciousness') take their own codes (A, 5, 6, 7 and 8): 'Subdural hematoma; he was unconscious for 3 days and
 * never regained his previous level of consciousness' is S06.5X6A.
 */
export function withConsciousnessDuration(view: CodeTableView, f: Finding, text: string) {
  if (!f.code.startsWith('S06') || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  if (!LOC_IN_TITLE.test(title)) return undefined;
  const said = lossSaid(text, f);
  if (!said) return undefined;
  const parent = view.indexOf(f.code.slice(0, 5));
  if (parent === undefined) return undefined;
  const injury = title.replace(LOC_CLAUSE, '');
  const siblings = view.descendants(parent).filter((k) => view.isBillable(k) && view.table.codes[k]![6] === f.code[6] && view.table.titles[k]!.replace(LOC_CLAUSE, '') === injury);
  for (const words of [said, UNSPECIFIED]) {
    const match = siblings.find((k) => words.test(LOC_CLAUSE.exec(view.table.titles[k]!)?.[0] ?? ''));
    if (match === undefined) continue;
    const loss = LOC_CLAUSE.exec(view.table.titles[match]!)![0].replace(/^,? /, '');
    return match === i ? undefined : { code: view.table.codes[match]!, note: `${loss}, as documented` };
  }
  return undefined;
}
