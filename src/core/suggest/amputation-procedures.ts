import type { CodeTableView } from '../search/code-table-view';
import type { Evidence, SetAside } from '../types';

/**
 * Amputations of a limb as operative notes name them: the root operation Detachment (ICD-10-PCS Index: Amputation -
 * see Detachment), open, on the right side until the note names the other (procedure-sides.ts). A leg's or an arm's
 * long bones are cut at a level the qualifier gives (1 High, 2 Mid, 3 Low), read by amputationLevel; the code here
 * carries Mid only as the row's placeholder.
 */
export const AMPUTATION_DEFAULTS: readonly [phrase: string, code: string][] = [
  ['below knee amputation', '0Y6H0Z2'], ['transtibial amputation', '0Y6H0Z2'], ['bka', '0Y6H0Z2'],
  // Not 'AKA' in letters: lower case it is 'also known as'.
  ['above knee amputation', '0Y6C0Z2'], ['transfemoral amputation', '0Y6C0Z2'],
  ['below elbow amputation', '0X6D0Z2'], ['transradial amputation', '0X6D0Z2'],
  ['above elbow amputation', '0X680Z2'], ['transhumeral amputation', '0X680Z2'],
];

/**
 * Where the bone was cut, by the thirds of its shaft (ICD-10-PCS Reference Manual: High is the proximal portion of the
 * shaft, Mid the middle, Low the distal), in the words operative notes use: 'proximal tibia', 'mid-tibia', 'mid-calf',
 * 'distal third', 'just above the malleoli'. The qualifier's value for each.
 */
const LEVELS: readonly [RegExp, string][] = [
  [/\b(?:high|proximal(?: third| portion| shaft)?|upper third)\b(?= (?:of (?:the )?)?(?:tibia|fibula|femur|femoral|tibial|humerus|humeral|radius|ulna|shaft|third|level|amputation|transection|bka|aka))|\bproximal (?:tibia|fibula|femur|humerus)\b/i, '1'],
  [/\b(?:mid|middle)(?:[- ](?:third|portion|shaft))?(?:[- ]| of (?:the )?)(?:tibia|fibula|femur|thigh|calf|humerus|forearm|shaft|level)\b|\bmid-?shaft\b|\bmid-?calf\b|\bmid-?thigh\b/i, '2'],
  [/\b(?:low|distal(?: third| portion| shaft)?|lower third)\b(?= (?:of (?:the )?)?(?:tibia|fibula|femur|femoral|tibial|humerus|humeral|radius|ulna|shaft|third|level|amputation|transection))|\bdistal (?:tibia|fibula|femur|humerus)\b|\bsupramalleolar\b|\babove the (?:medial |lateral )?malleol/i, '3'],
];

/** The level qualifiers the note's words give (none, one or several). */
function levelsSaid(text: string): Set<string> {
  return new Set(LEVELS.filter(([words]) => words.test(text)).map(([, q]) => q));
}

/**
 * A Detachment of an arm or a leg at the one level the note documents; with none or more than one, undefined and a
 * query set aside (ICD-10-PCS has no unspecified level, and the level is not guessed). Other codes pass unchanged.
 */
export function amputationLevel(view: CodeTableView, i: number, text: string, evidence: Evidence, queries: SetAside[]): number | undefined {
  const code = view.table.codes[i]!;
  if (!/^0[XY]6[89CDHJ]/.test(code) || !'123'.includes(code[6]!)) return i;
  const levels = levelsSaid(text);
  if (levels.size === 1) return view.indexOf(code.slice(0, 6) + [...levels][0]) ?? i;
  if (!queries.some((q) => q.code.slice(0, 6) === code.slice(0, 6))) {
    queries.push({
      code,
      display: code,
      title: view.table.titles[i]!,
      context: 'uncertain',
      evidence: [evidence],
      reason: 'level not documented: the qualifier is where the bone was cut, by thirds of its shaft (High proximal, Mid middle, Low distal); query the surgeon (the Mid code is shown)',
    });
  }
  return undefined;
}
