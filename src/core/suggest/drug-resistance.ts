import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Resistance of the infecting organism to antimicrobial drugs (Z16), coded after the infection unless the infection
 * code itself names the resistance (Guidelines I.C.1.c): 'Staphylococcus epidermidis methicillin-resistant' Z16.11,
 * 'resistant to ciprofloxacin' Z16.23, 'multiresistant Pseudomonas' Z16.35, 'pyrazinamide resistance' Z16.341.
 * Drugs by their class as the Tabular's Z16 titles group them (Index: Resistance, organism, to drug); every code is
 * checked against the FY2026 order file by a test. First match wins.
 */
export const RESISTANCE_DRUGS: readonly [words: RegExp, code: string][] = [
  [/\b(?:penicillins?|methicillin|meticillin|oxacillin|cloxacillin|amoxicillin\w*|ampicillin|piperacillin\w*)\b/i, 'Z1611'],
  [/\bbeta-?\s?lactams?\b/i, 'Z1610'],
  [/\b(?:cephalosporins?|cef\w+|ceph\w+|carbapenems?|imipenem|meropenem|ertapenem|aztreonam)\b/i, 'Z1619'],
  [/\bvancomycin\b/i, 'Z1621'],
  [/\bteicoplanin\b/i, 'Z1622'],
  [/\b(?:(?:fluoro)?quinolones?|\w+floxacin)\b/i, 'Z1623'],
  [/\b(?:isoniazid|rifampi\w*|pyrazinamide|ethambutol)\b/i, 'Z16341'],
  [/\b(?:aminoglycosides?|gentamicin|amikacin|tobramycin|streptomycin|macrolides?|erythromycin|azithromycin|clarithromycin|sulfonamides?|co-?trimoxazole|trimethoprim\w*|tetracyclines?|doxycycline|clindamycin|linezolid|colistin|fosfomycin|nitrofurantoin)\b/i, 'Z1629'],
  [/\b(?:fluconazole|itraconazole|voriconazole|azoles|echinocandins?|caspofungin|amphotericin)\b/i, 'Z1632'],
  [/\b(?:acyclovir|aciclovir|ganciclovir|oseltamivir|antiretrovirals?)\b/i, 'Z1633'],
];

/** The drug before: 'methicillin-resistant', 'pyrazinamide resistance'. */
const DRUG_RESISTANT = /\b([a-z][\w/-]*)[- ]resistan(?:t|ce)\b/gi;
/** The drugs after: 'resistant to X, Y and Z', 'resistant according to the antibiogram to X' (not 'sensitive to'). */
const RESISTANT_TO = /\bresistan(?:t|ce)\b(?:(?!sensitiv|susceptib)[^.;:()]){0,40}?\bto\s+([^.;:()]{1,100})/gi;
/** An organism resistant to many drugs (MDRO, Index: Resistance, organism, to, multiple drugs Z16.35). */
const MULTIRESISTANT = /\b(?:multi-?\s?(?:drug-?\s?)?resistant|multi-?\s?resistan(?:t|ce)|multiple(?:-drug| drug)? resistan(?:t|ce))\b/gi;
/** A named list ends at the first item that names no drug ('resistant to ampicillin and sensitive to ...'). */
const ITEM_SPLIT = /,|\/|\band\b|\bor\b|\bplus\b/i;
/** Where an infection code itself names the resistance: MRSA (A41.02, J15.212, B95.62 ...), a named MDR tuberculosis. */
const NAMED_BY_ORGANISM = /\b(?:staph\w*\s+aureus|s\.\s?aureus|mrsa|tubercul\w*|tb)\b/i;

function drugCode(words: string): string | undefined {
  return RESISTANCE_DRUGS.find(([pattern]) => pattern.test(words))?.[1];
}

/** The codes of the drugs a list names, read until an item names none. */
function listCodes(list: string): string[] {
  const codes: string[] = [];
  for (const item of list.split(ITEM_SPLIT)) {
    const code = item.trim() ? drugCode(item) : undefined;
    if (!code) {
      if (item.trim()) break;
      continue;
    }
    codes.push(code);
  }
  return codes;
}

/**
 * Several antibiotics named make one resistance to multiple antibiotics (Z16.24), several antimycobacterials Z16.342;
 * one drug, its class.
 */
function resistanceCode(codes: string[]): string | undefined {
  const distinct = [...new Set(codes)];
  if (distinct.length <= 1) return distinct[0];
  if (distinct.every((c) => c === 'Z16341')) return 'Z16342';
  if (distinct.filter((c) => /^Z16[12]/.test(c)).length > 1) return 'Z1624';
  return distinct[0];
}

/** The findings with the resistance codes the chart's words name added. */
export function withDrugResistance(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!/resistan/i.test(text)) return findings;
  const found: { code: string; start: number; end: number }[] = [];
  for (const m of [...text.matchAll(DRUG_RESISTANT), ...text.matchAll(RESISTANT_TO)]) {
    let code = resistanceCode(listCodes(m[1]!));
    const near = text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 40);
    // Methicillin-resistant Staphylococcus aureus is its own infection code (A49.02, B95.62): no Z16.11 beside it.
    if (code === 'Z1611' && NAMED_BY_ORGANISM.test(near)) code = undefined;
    if (code) found.push({ code, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(MULTIRESISTANT)) {
    const near = text.slice(m.index!, m.index! + m[0].length + 40);
    found.push({ code: /\btubercul\w*|\bTB\b|mycobact/i.test(near) ? 'Z16342' : 'Z1635', start: m.index!, end: m.index! + m[0].length });
  }
  const kept = found.filter((r) => view.indexOf(r.code) !== undefined && reading.contextOf(r.start, r.end).decision === 'affirmed');
  if (kept.length === 0) return findings;
  const out = [...findings];
  for (const r of kept) addRuleFinding(out, r.code, r, 3, 'resistance to antimicrobial drugs (Z16), coded after the infection (Guidelines I.C.1.c)');
  return out;
}
