import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * A wound said to reach a body cavity: 'with penetration into the peritoneal cavity', 'penetrating the peritoneum',
 * 'intraperitoneal penetration', 'penetration into the thoracic cavity', 'penetrating into the pleural cavity'.
 */
const PENETRATION =
  /\bpenetrat\w*\s+(?:in(?:to)?\s+|through\s+)?(?:the\s+)?(peritoneal cavity|peritoneum|abdominal cavity|retroperitoneal space|retroperitoneum|thoracic cavity|pleural cavity|pleura|chest cavity)\b|\b(intraperitoneal|intra-abdominal|retroperitoneal|intrathoracic|intrapleural) penetration\b/gi;
/** The penetration denied: 'without penetration into the peritoneal cavity', 'did not penetrate the peritoneum'. */
const DENIED = /\b(?:no|not|without|nor|never)\b[^.;,]{0,20}$/i;
/** The Tabular's cavity for the chart's words. */
const CAVITY: readonly [RegExp, string][] = [
  [/^(?:retroperitone)/i, 'retroperitoneum'],
  [/^(?:peritone|abdominal|intraperitoneal|intra-abdominal)/i, 'peritoneal cavity'],
  [/^(?:thoracic|pleura|chest|intrathoracic|intrapleural)/i, 'thoracic cavity'],
];
const WITHOUT = /\bwithout penetration into (peritoneal cavity|retroperitoneum|thoracic cavity)\b/i;

/** The cavities the clause says the wound reached. */
function cavitiesSaid(clause: string): Set<string> {
  const said = new Set<string>();
  for (const m of clause.matchAll(PENETRATION)) {
    if (DENIED.test(clause.slice(0, m.index))) continue;
    const words = m[1] ?? m[2]!;
    const cavity = CAVITY.find(([pattern]) => pattern.test(words))?.[1];
    if (cavity) said.add(cavity);
  }
  return said;
}

/**
 * An open wound of the trunk by the cavity it reached: the Tabular codes the abdominal wall's wounds with and without
 * penetration into the peritoneal cavity (S31.6- and S31.1-), the lower back's and pelvis's into the retroperitoneum
 * (S31.0-), the thorax's into the thoracic cavity (S21.3-, S21.4- and S21.1-, S21.2-), as the Index does ('Wound,
 * open, abdomen, wall, with penetration into peritoneal cavity S31.6-'); the wound's words read as the one without.
 * 'Stab wound of the abdominal wall in the left lower quadrant with penetration into the peritoneal cavity' is S31.644A.
 */
export function withWoundPenetration(view: CodeTableView, f: Finding, text: string) {
  if (f.code[0] !== 'S' || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  const without = WITHOUT.exec(title);
  if (!without) return undefined;
  if (!f.evidence.some((e) => cavitiesSaid(clauseOf(text, e.start, e.end, 150)).has(without[1]!.toLowerCase()))) return undefined;
  const category = view.indexOf(f.code.slice(0, 3));
  const wanted = title.replace(WITHOUT, `with penetration into ${without[1]}`);
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.table.titles[k] === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `with penetration into ${without[1]}, as documented` };
}
