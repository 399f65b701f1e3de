import type { CodeTableView } from '../search/code-table-view';

/** The blood product a transfusion gives, as the 6th character (Substance) of the 302 codes. */
const PRODUCTS: [RegExp, string][] = [
  [/\bplatelets?\b|\bplateletpheresis\b/i, 'R'],
  [/\bcryoprecipitate/i, 'M'],
  // Fresh frozen plasma (FFP) is frozen plasma; plasma said alone is the frozen plasma banks give.
  [/\bplasma\b|\bffp\b/i, 'K'],
  [/\bwhole blood\b/i, 'H'],
  [/\bred (?:blood )?cells?\b|\berythrocytes?\b|\bpacked\b|\bconcentrates?\b|\bhematies\b/i, 'N'],
];

/** Given through a central line: the central vein (5th character 4), not the peripheral vein the index defaults to. */
const CENTRAL = /\b(?:through|via|by) (?:a |the )?central (?:venous )?(?:line|catheter|access)\b/i;

/**
 * A transfusion (Administration, 302) with the product its clause names ('transfusion of platelets' 30233R1) and
 * the vein it went into; red blood cells, the product given when none is named, stay as found. Only where the table
 * has the code.
 */
export function withBloodProduct(view: CodeTableView, i: number, clause: string): number {
  const code = view.table.codes[i]!;
  if (!code.startsWith('302')) return i;
  const product = PRODUCTS.find(([words]) => words.test(clause))?.[1] ?? code[5]!;
  const vein = CENTRAL.test(clause) ? '4' : code[3]!;
  return view.indexOf(`302${vein}${code[4]}${product}${code[6]}`) ?? i;
}
