import { childText, childrenNamed, parseXml, type XmlElement } from '../xml-tree';

/** One value of one axis: its character and label, e.g. { char: 'J', label: 'Appendix' }. */
export interface PcsValue {
  char: string;
  label: string;
}

/** One row of a PCS table: the values allowed at positions 4-7 together. */
export interface PcsRow {
  bodyPart: PcsValue[];
  approach: PcsValue[];
  device: PcsValue[];
  qualifier: PcsValue[];
}

/** One PCS table, fixed by its first three characters (e.g. '0DT': Medical and Surgical, Gastrointestinal System, Resection). */
export interface PcsTable {
  key: string;
  section: PcsValue;
  bodySystem: PcsValue;
  operation: PcsValue;
  /** Definition of the operation (root operation) as the table prints it. */
  definition: string;
  rows: PcsRow[];
}

function axisValues(axis: XmlElement | undefined): PcsValue[] {
  return axis ? childrenNamed(axis, 'label').map((l) => ({ char: l.attrs.code ?? '', label: l.text })) : [];
}

function axisAt(element: XmlElement, pos: number): XmlElement | undefined {
  return childrenNamed(element, 'axis').find((a) => a.attrs.pos === String(pos));
}

function single(element: XmlElement, pos: number, fileName: string): PcsValue {
  const value = axisValues(axisAt(element, pos))[0];
  if (!value) throw new Error(`codesets: ${fileName} has a <pcsTable> without a label at axis ${pos}`);
  return value;
}

/** Parses the ICD-10-PCS Tables XML (icd10pcs_tables_<year>.xml) into tables with their rows and axis labels. */
export function parsePcsTables(xml: string, fileName: string): { year: number; tables: PcsTable[] } {
  const root = parseXml(xml, fileName);
  if (root.name !== 'ICD10PCS.tabular') throw new Error(`codesets: ${fileName} is not ICD-10-PCS Tables (root <${root.name}>)`);
  const tables = childrenNamed(root, 'pcsTable').map((table): PcsTable => {
    const section = single(table, 1, fileName);
    const bodySystem = single(table, 2, fileName);
    const operation = single(table, 3, fileName);
    const rows = childrenNamed(table, 'pcsRow').map((row) => ({
      bodyPart: axisValues(axisAt(row, 4)), approach: axisValues(axisAt(row, 5)),
      device: axisValues(axisAt(row, 6)), qualifier: axisValues(axisAt(row, 7)),
    }));
    return {
      key: section.char + bodySystem.char + operation.char, section, bodySystem, operation,
      definition: childText(axisAt(table, 3)!, 'definition'), rows,
    };
  });
  return { year: Number(childText(root, 'version')), tables };
}

/** Every code a table's rows allow: the product of the four axis values of each row. */
export function* expandPcsTable(table: PcsTable): Generator<string> {
  for (const row of table.rows) {
    for (const b of row.bodyPart) for (const a of row.approach) for (const d of row.device) {
      for (const q of row.qualifier) yield table.key + b.char + a.char + d.char + q.char;
    }
  }
}
