import type { CodeNotes } from './code-rules';
import { intentAllowed, noteAppliesTo, rangesCover } from './note-ranges';

/**
 * Underlying diseases of the 'Code first underlying disease' notes that name no code, by the manifestation's code (and
 * the complications whose 'Use additional code' asks for the infection after them): the
 * note is text only, and the Index entry that leads to the manifestation names its diseases. Secondary esophageal
 * varices (I85.1-) are those of a cirrhosis or another liver disease, a viral hepatitis, or a portal hypertension
 * (Index: Varix, esophagus, in (due to) alcoholic liver disease, cirrhosis of liver, portal hypertension).
 */
const UNDERLYING: readonly [manifestation: RegExp, diseases: RegExp][] = [
  [/^I851/, /^(?:K7[0-7]|B1[5-9])/],
  // The infection a device's complication caused ('Use additional code to identify infection', T80.21, T82.7, T83.5,
  // T84.5, T85.7): the urinary tract infection or the sepsis after the catheter's infection (Guidelines I.C.1.d.5.a).
  [/^(?:N390|A4[01]|R7881)/, /^T(?:8021|827|8351|845|857)/],
];

/**
 * The suggestions in order, each code with a 'Code first' note listed after the last of the others the note names
 * (Guidelines I.A.13: the etiology, then the manifestation): the ranking keys weigh what the chart says of each and may
 * put the manifestation first ('Esophageal varices without bleeding' matched more words than 'Alcoholic cirrhosis of
 * liver with ascites'). After the last: N18's 'Code first any associated diabetic chronic kidney disease (E11.22),
 * hypertensive chronic kidney disease (I12.-)' puts the stage after both. A code moves at most once, so two notes that
 * name each other cannot loop.
 */
export function codeFirstOrder<T extends { code: string }>(ordered: readonly T[], notes: (code: string) => CodeNotes): T[] {
  const list = [...ordered];
  const moved = new Set<T>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    if (moved.has(item)) continue;
    const firsts = notes(item.code).codeFirst.filter((group) => noteAppliesTo(group.text, item.code));
    const underlying = UNDERLYING.filter(([m]) => m.test(item.code)).map(([, d]) => d);
    if (firsts.length === 0 && underlying.length === 0) continue;
    const names = (other: T) => other !== item && (firsts.some((group) => rangesCover(group.ranges, other.code) && intentAllowed(group.text, other.code)) || underlying.some((d) => d.test(other.code)));
    let partner = list.length - 1;
    while (partner >= 0 && !names(list[partner]!)) partner--;
    if (partner <= i) continue;
    list.splice(i, 1);
    list.splice(partner, 0, item);
    moved.add(item);
    i--;
  }
  return list;
}
