import { childText, childrenNamed, parseXml, type XmlElement } from '../xml-tree';

/** One mainTerm or term of the Alphabetic Index, Table of Drugs, Table of Neoplasms or External Cause Index. */
export interface ParsedIndexTerm {
  /** Index of the parent term in `terms`, -1 for a main term. */
  parent: number;
  /** Nesting level: 0 for a main term, then the `level` attribute of <term>. */
  level: number;
  title: string;
  /** Nonessential modifiers, e.g. '(adult) (child)'; '' when none. */
  nemod: string;
  /** Codes as printed (with dot, may end in '-'); '' when none. */
  code: string;
  manif: string;
  see: string;
  seeAlso: string;
  /** <subcat> or <seecat>: a category or subcategory to complete from the Tabular List. */
  subcat: string;
  /** Table cells by column number (2..7 in Drugs and Neoplasms); '--' or '-' where the table has no code. */
  cells: Record<number, string>;
}

export interface ParsedIndex {
  year: number;
  title: string;
  /** Column headings of a table (Drugs, Neoplasms) by column number, col 1 being the term itself. */
  headings: Record<number, string>;
  terms: ParsedIndexTerm[];
}

function titleOf(element: XmlElement): { title: string; nemod: string } {
  const title = element.children.find((c) => c.name === 'title');
  if (!title) return { title: '', nemod: '' };
  return { title: title.text, nemod: childText(title, 'nemod') };
}

function addTerm(terms: ParsedIndexTerm[], element: XmlElement, parent: number, level: number): void {
  const cells: Record<number, string> = {};
  for (const cell of childrenNamed(element, 'cell')) cells[Number(cell.attrs.col)] = cell.text;
  terms.push({
    parent, level, ...titleOf(element), code: childText(element, 'code'), manif: childText(element, 'manif'),
    see: childText(element, 'see'), seeAlso: childText(element, 'seeAlso'),
    subcat: childText(element, 'subcat') || childText(element, 'seecat'), cells,
  });
  const index = terms.length - 1;
  for (const term of childrenNamed(element, 'term')) addTerm(terms, term, index, Number(term.attrs.level ?? level + 1));
}

/**
 * Parses any file of the ICD-10-CM index schema (root <ICD10CM.index>): the Alphabetic Index, the
 * External Cause Index, and the Drugs and Neoplasm tables (whose terms carry <cell col=".."> codes).
 * Terms come out in document order, parents before children.
 */
export function parseCmIndex(xml: string, fileName: string): ParsedIndex {
  const root = parseXml(xml, fileName);
  if (root.name !== 'ICD10CM.index') throw new Error(`codesets: ${fileName} is not an ICD-10-CM index file (root <${root.name}>)`);
  const headings: Record<number, string> = {};
  for (const heading of root.children.find((c) => c.name === 'indexHeading')?.children ?? []) {
    headings[Number(heading.attrs.col)] = heading.text;
  }
  const terms: ParsedIndexTerm[] = [];
  for (const letter of childrenNamed(root, 'letter')) {
    for (const mainTerm of childrenNamed(letter, 'mainTerm')) addTerm(terms, mainTerm, -1, 0);
  }
  return { year: Number(childText(root, 'version')), title: childText(root, 'title'), headings, terms };
}
