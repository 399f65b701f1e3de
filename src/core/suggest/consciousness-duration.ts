import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * A loss of consciousness the chart writes ('lost consciousness for about 20 minutes', 'LOC x 5 min', 'unconscious
 * for 2 hours'), and the number and unit of its duration when given.
 */
const LOSS = /\b(?:[Ll]ost (?:the )?consciousness|[Ll]oss of (?:the )?consciousness|LOC|[Uu]nconscious(?:ness)?|[Kk]nocked out)\b/g;
const DURATION = /^[^.;]{0,30}?\b(?:for|of|lasting|during|x)?\s*(about|approximately|approx\.?|around|nearly|almost|roughly|less than|under|up to|more than|over|greater than)?\s*(\d+(?:[.,]\d+)?|a few|a couple of|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|an?)\s*-?\s*(seconds?|secs?|minutes?|mins?|min|hours?|hrs?|h)\b/i;
/** A loss of consciousness denied: 'no loss of consciousness', 'denies LOC', 'without losing consciousness'. */
const DENIED = /\b(?:no|not|denies|denied|without|nor|never)\b[^.;,]{0,20}$/i;
const WORDS: Record<string, number> = { 'a few': 3, 'a couple of': 2, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, a: 1, an: 1 };

/**
 * The Tabular's durations at S06 (the 6th character of an intracranial injury): 1 'of 30 minutes or less', 2 'of 31
 * minutes to 59 minutes', 3 'of 1 hour to 5 hours 59 minutes', 4 'of 6 hours to 24 hours'. Longer ones depend on the
 * return to the former conscious level (5, 6), which a duration alone does not say.
 */
function durationWords(minutes: number): string | undefined {
  if (minutes <= 30) return 'of 30 minutes or less';
  if (minutes < 60) return 'of 31 minutes to 59 minutes';
  if (minutes < 360) return 'of 1 hour to 5 hours 59 minutes';
  if (minutes <= 1440) return 'of 6 hours to 24 hours';
  return undefined;
}

function minutesOf(m: RegExpExecArray): number {
  const amount = WORDS[m[2]!.toLowerCase()] ?? Number(m[2]!.replace(',', '.'));
  const unit = m[3]!.toLowerCase();
  const minutes = unit.startsWith('h') ? amount * 60 : unit.startsWith('s') ? amount / 60 : amount;
  // 'more than 30 minutes' is past the bound the number names.
  return /^(?:more|over|greater)/i.test(m[1] ?? '') ? minutes + 1 : minutes;
}

/** What the chart says of the loss of consciousness near the evidence: its duration's words, or 'of unspecified duration'. */
function lossSaid(text: string, f: Finding): string | undefined {
  for (const e of f.evidence) {
    // The injury's sentence and the ones beside it: 'He lost consciousness for 10 minutes. CT showed a subdural hematoma.'
    const from = Math.max(0, e.start - 200);
    const near = text.slice(from, e.end + 200);
    for (const m of near.matchAll(LOSS)) {
      if (DENIED.test(near.slice(0, m.index))) continue;
      const duration = DURATION.exec(near.slice(m.index + m[0].length));
      if (!duration) return 'of unspecified duration';
      return durationWords(minutesOf(duration));
    }
  }
  return undefined;
}

const LOC_IN_TITLE = /\b(?:without loss of consciousness|with loss of consciousness (?:of unspecified duration|status unknown))/i;

/**
 * An intracranial injury's loss of consciousness by its duration (S06, the 6th character): 'Concussion, lost
 * consciousness for about 20 minutes' is S06.0X1A, not the S06.0X0A 'without loss of consciousness' the word
 * concussion gives; a loss with no duration is the 'of unspecified duration' code (9). Only a code the chart's words
 * did not already place ('without', 'of unspecified duration', 'status unknown') is moved; a duration the subcategory
 * has no code for (a concussion's of over 30 minutes) is the unspecified duration.
 */
export function withConsciousnessDuration(view: CodeTableView, f: Finding, text: string) {
  if (!f.code.startsWith('S06') || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  const placed = LOC_IN_TITLE.exec(title);
  if (!placed) return undefined;
  const said = lossSaid(text, f);
  if (!said) return undefined;
  const parent = view.indexOf(f.code.slice(0, 5));
  if (parent === undefined) return undefined;
  const siblings = view.descendants(parent).filter((k) => view.isBillable(k) && view.table.codes[k]![6] === f.code[6]);
  for (const words of [said, 'of unspecified duration']) {
    const wanted = title.replace(placed[0], `with loss of consciousness ${words}`);
    const match = siblings.find((k) => view.table.titles[k] === wanted);
    if (match !== undefined) return match === i ? undefined : { code: view.table.codes[match]!, note: `loss of consciousness ${words}, as documented` };
  }
  return undefined;
}
