import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import { ageInDays, isNewbornChart } from './pregnancy-codes';

/**
 * The newborn's own encounter codes.
 *
 * Guidelines I.C.16.a.2 and I.C.21.c.12: the birth episode of a newborn's record has a code of category Z38 as its
 * principal diagnosis, by the place of birth and the type of delivery ('born via NSVD' Z38.00, 'by primary C-section'
 * Z38.01, 'born at home' Z38.1); a newborn transferred in from another facility has none. The birth episode is read
 * from an age in hours or the first day of life ('2 hr old', 'DOL 0', 'DOL 1') or the delivery room the chart names.
 *
 * Guidelines I.C.16 (use of Z05 codes): a newborn observed for a suspected condition that is ruled out ('sepsis ruled out,
 * blood cultures negative at 48 hours') is Z05.- by the kind of condition: an infection Z05.1.
 */

const CESAREAN = /\b(?:c-?sections?|c\/s|cesarean|caesarean|ltcs)\b/i;
const VAGINAL = /\b(?:n?svd|vavd|vaginal(?:ly)?|vacuum[- ]assisted|forceps)\b/i;
const OUTSIDE = /\bborn (?:at home|en route|in the car|in the ambulance|outside (?:the |of )?hospital)\b|\bhome birth\b|\bbba\b/i;
const TRANSFERRED = /\b(?:transferred|transfer|transported) (?:in )?from\b|\boutside hospital\b|\bosh\b|\breferring (?:hospital|facility)\b/i;
const DELIVERY_ROOM = /\bdelivery room\b|\bborn (?:here|at this (?:hospital|facility))\b/i;
const TWIN = /\btwins?\b|\bbaby [ab]\b/i;
const MORE_THAN_TWO = /\b(?:triplets?|quadruplets?|quintuplets?)\b/i;

/** The first words of a pattern in the text, as evidence. */
function spanOf(text: string, re: RegExp): { start: number; end: number } | undefined {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The birth episode's Z38 code (single or twin; by place and delivery), with the words it was read from. */
function birthEpisode(text: string): { code: string; start: number; end: number } | undefined {
  const days = ageInDays(text);
  if (!(days !== undefined && days <= 1) && !DELIVERY_ROOM.test(text)) return undefined;
  if (TRANSFERRED.test(text) || MORE_THAN_TWO.test(text)) return undefined;
  const twin = TWIN.test(text);
  const outside = spanOf(text, OUTSIDE);
  if (outside) return { code: twin ? 'Z384' : 'Z381', ...outside };
  const cesarean = spanOf(text, CESAREAN);
  const vaginal = spanOf(text, VAGINAL);
  const by = cesarean ?? vaginal;
  if (!by) return undefined;
  return { code: `Z38${twin ? '3' : '0'}${cesarean ? '1' : '0'}`, ...by };
}

/** An infection the newborn was observed for and which was ruled out ('sepsis ruled out', 'ruled out for sepsis'). */
const INFECTION_RULED_OUT = /\b(?:sepsis|infection|gbs)\b[^.;\n]{0,30}?(?<!\bnot )\bruled out\b|\bruled out (?:for )?(?:neonatal |early[- ]onset )?(?:sepsis|infection)\b/i;

/** Codes whose record is the birth episode's, listed first (Guidelines I.C.16.a.2). */
export const BIRTH_EPISODE = /^Z38/;

/** A newborn's chart with its birth episode and ruled-out observations; Z38 read elsewhere is not kept. */
export function withNewbornEncounter(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const out = findings.filter((f) => !BIRTH_EPISODE.test(f.code));
  if (!isNewbornChart(text)) return out;
  const birth = birthEpisode(text);
  const top = Math.max(3, ...out.map((f) => f.score));
  if (birth && view.indexOf(birth.code) !== undefined) addRuleFinding(out, birth.code, birth, top, 'birth episode of the newborn record: Z38 first (Guidelines I.C.16.a.2)');
  // The newborn's health examination by its age: under 8 days Z00.110, 8 to 28 days Z00.111.
  const days = ageInDays(text);
  if (days !== undefined) {
    const exam = days < 8 ? 'Z00110' : 'Z00111';
    for (const [k, f] of out.entries()) if (/^Z0011[01]$/.test(f.code) && f.code !== exam && view.indexOf(exam) !== undefined) out[k] = { ...f, code: exam, notes: [...f.notes, `newborn examination at ${days} days of age`] };
  }
  const ruledOut = spanOf(text, INFECTION_RULED_OUT);
  if (ruledOut && view.indexOf('Z051') !== undefined) addRuleFinding(out, 'Z051', ruledOut, 3, 'newborn observed for a suspected infection that was ruled out (Z05.1)');
  return out;
}
