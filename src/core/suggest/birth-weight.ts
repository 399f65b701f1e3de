import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * A newborn's low birth weight from the weight recorded (Guidelines I.C.16.e: codes of P07 'should be based on the
 * recorded birth weight and estimated gestational age'; with both, the birth weight code (P07.0-, P07.1-) is
 * sequenced before the gestational age code (P07.2-, P07.3-)). Under 1000 g is extremely low birth weight (P07.0-),
 * 1000-2499 g other low birth weight (P07.1-); the grams of each code are read from its title.
 */

/**
 * 'weight at birth of 2320 grams', 'birth weight: 1,500 g', 'born at 32 weeks weighing 1,500 g', 'weighed 980 g at
 * birth'. Thousands written with a comma or (Spanish) a full stop.
 */
const BIRTH_WEIGHT =
  /\b(?:birth ?weight|weight at birth|born\b[^.;]{0,60}?\bweigh(?:ing|ed|t of))\s*(?:of|was|:|=)?\s*(\d[.,]\d{3}|\d{3,4})\s*(?:g|gr|grams?)\b|\bweigh(?:ing|ed)\s+(\d[.,]\d{3}|\d{3,4})\s*(?:g|gr|grams?)\s+at birth\b/gi;
/** A title's grams: '500-749 grams', 'less than 500 grams'. */
const TITLE_GRAMS = /(?:(\d+)-(\d+)|less than (\d+)) grams/i;

const bands = new WeakMap<CodeTableView, { code: string; from: number; to: number }[]>();

/** The billable codes of P07.0- and P07.1- with the grams of their titles. */
function weightBands(view: CodeTableView): { code: string; from: number; to: number }[] {
  let found = bands.get(view);
  if (found) return found;
  found = [];
  for (const sub of ['P070', 'P071']) {
    const i = view.indexOf(sub);
    for (const k of i === undefined ? [] : view.children(i)) {
      const m = TITLE_GRAMS.exec(view.table.titles[k]!);
      if (m) found.push({ code: view.table.codes[k]!, from: m[3] ? 0 : Number(m[1]), to: m[3] ? Number(m[3]) - 1 : Number(m[2]) });
    }
  }
  bands.set(view, found);
  return found;
}

/** The recorded birth weight in grams and where the chart writes it. */
export function birthWeight(text: string): { grams: number; start: number; end: number } | undefined {
  for (const m of text.matchAll(BIRTH_WEIGHT)) {
    const said = (m[1] ?? m[2])!;
    const grams = Number(said.replace(/[.,]/, ''));
    // The evidence is the weight itself ('1,500 g'), the words a coder checks.
    const start = m.index! + m[0].indexOf(said);
    if (grams > 0) return { grams, start, end: start + /^[\d.,]+\s*\w+/.exec(m[0].slice(start - m.index!))![0].length };
  }
  return undefined;
}

/** A newborn's findings with the low birth weight code of the weight recorded, before the gestational age code. */
export function withBirthWeight(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const weight = birthWeight(text);
  if (!weight || findings.some((f) => /^P07[01]/.test(f.code))) return findings;
  const band = weightBands(view).find((b) => weight.grams >= b.from && weight.grams <= b.to);
  if (!band) return findings;
  const age = findings.find((f) => /^P07[23]/.test(f.code));
  const score = age ? age.score : 3;
  const note = `birth weight ${weight.grams} g (Guidelines I.C.16.e${age ? ': sequenced before the gestational age code' : ''})`;
  // Read with the gestational age's words too, so that the two rank alike and the weight's code (P07.0-, P07.1-) sorts
  // before the age's (P07.2-, P07.3-).
  const evidence = [{ start: weight.start, end: weight.end }, ...(age ? age.evidence : [])];
  const found: Finding = { code: band.code, evidence, score, context: 'affirmed', notes: [note] };
  const at = age ? findings.indexOf(age) : findings.length;
  return [...findings.slice(0, at), found, ...findings.slice(at)];
}
