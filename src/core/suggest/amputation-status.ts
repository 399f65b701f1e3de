import type { StatusEntry } from './status-codes';

/**
 * A limb or part of one amputated before this encounter is its acquired absence today (Index: Status (post),
 * amputation - see Absence, by site, acquired; Absence, leg, below knee, acquired Z89.51-). Read, like the organs an
 * operation removed (status-codes.ts), only where the chart tells the amputation as past.
 */

/** Where the limb was cut, written before the word ('below-knee amputation', 'great toe amputation'). */
const LEVEL = String.raw`(?:below|above)[- ](?:the[- ])?(?:knee|elbow)|trans-?(?:tibial|femoral|radial|humeral|metatarsal)|(?:great|big|first|1st) toe|toes?|hallux|fore-?foot|mid-?foot|foot|syme'?s?|chopart|lisfranc|ankle|knee|hip|thumb|fingers?|hand|wrist|forearm|arm|shoulder|leg|(?:lower|upper) (?:limb|extremity)`;
/** The part named after the word ('amputation of the left great toe', 'amputation of the 3rd and 4th toes'). */
const PART = String.raw`toes?|hallux|foot|forefoot|ankle|knee|hip|thumb|fingers?|hand|wrist|forearm|arm|shoulder|leg|(?:lower|upper) (?:limb|extremity)`;
const CUT = String.raw`amputations?|amputees?|disarticulations?`;

/** An amputation with the words that name its level, or the abbreviations below- and above-knee amputation. */
const AMPUTATION = new RegExp(
  String.raw`\b(?:${LEVEL})[- ](?:level )?(?:${CUT})\b` +
    String.raw`|\b(?:${CUT}|amputated) (?:(?:of|at|through) )?(?:the |his |her |a )?(?:right |left |both |bilateral )?(?:[\w,]+ ){0,4}?(?:${PART})\b(?: (?:below|above) (?:the )?(?:knee|elbow)| of (?:the |his |her )?(?:right |left )?(?:foot|hand))?` +
    String.raw`|\b[AB]KAs?\b`,
  'i',
);

/** Acquired absence by the level of the amputation, most specific first: [unspecified side, right, left]. */
export const AMPUTATION_LEVELS: readonly (readonly [RegExp, readonly [string, string, string]])[] = [
  [/\bbelow[- ](?:the[- ])?knee\b|\bBKAs?\b|\btrans-?tibial\b/i, ['Z89519', 'Z89511', 'Z89512']],
  [/\babove[- ](?:the[- ])?knee\b|\bAKAs?\b|\btrans-?femoral\b/i, ['Z89619', 'Z89611', 'Z89612']],
  [/\bbelow[- ](?:the[- ])?elbow\b|\btrans-?radial\b|\bforearm\b/i, ['Z89219', 'Z89211', 'Z89212']],
  [/\babove[- ](?:the[- ])?elbow\b|\btrans-?humeral\b/i, ['Z89229', 'Z89221', 'Z89222']],
  [/\b(?:great|big|first|1st) toe\b|\bhallux\b/i, ['Z89419', 'Z89411', 'Z89412']],
  [/\btoes?\b/i, ['Z89429', 'Z89421', 'Z89422']],
  [/\bthumb\b/i, ['Z89019', 'Z89011', 'Z89012']],
  [/\bfingers?\b/i, ['Z89029', 'Z89021', 'Z89022']],
  [/\bankle\b|\bsyme\b/i, ['Z89449', 'Z89441', 'Z89442']],
  [/\bfoot\b|\bfore-?foot\b|\bmid-?foot\b|\btrans-?metatarsal\b|\bchopart\b|\blisfranc\b/i, ['Z89439', 'Z89431', 'Z89432']],
  [/\bwrist\b/i, ['Z89129', 'Z89121', 'Z89122']],
  [/\bhand\b/i, ['Z89119', 'Z89111', 'Z89112']],
  [/\bknee\b/i, ['Z89529', 'Z89521', 'Z89522']],
  [/\bhip\b/i, ['Z89629', 'Z89621', 'Z89622']],
  [/\bshoulder\b/i, ['Z89239', 'Z89231', 'Z89232']],
  // 'Absence, extremity, upper' at unspecified level; 'Absence, leg (acquired) (above knee) Z89.61-'.
  [/\barm\b|\bupper (?:limb|extremity)\b/i, ['Z89209', 'Z89201', 'Z89202']],
  [/\bleg\b|\blower (?:limb|extremity)\b/i, ['Z89619', 'Z89611', 'Z89612']],
];

/** The Z89 codes by side for the level an amputation's words name; 'AKA' and 'BKA' only in capitals ('aka' is 'also known as'). */
export function amputationCodes(words: string): readonly string[] | undefined {
  if (/^[ab]kas?$/i.test(words) && words !== words.toUpperCase()) return undefined;
  return AMPUTATION_LEVELS.find(([level]) => level.test(words))?.[1];
}

export const AMPUTATIONS: readonly StatusEntry[] = [[AMPUTATION, amputationCodes, undefined, ['amput', 'disarticul', 'aka', 'bka']]];
