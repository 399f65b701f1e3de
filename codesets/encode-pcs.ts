import type { PcsDefinition } from './parse/pcs-definitions';
import type { PcsTable, PcsValue } from './parse/pcs-tables';

type Columns = Record<string, string[] | number[] | string>;

const AXES = ['bodyPart', 'approach', 'device', 'qualifier'] as const;

/** PCS tables as three tables: one row per table (positions 1-3), one per row (allowed chars at 4-7), and labels. */
export function pcsColumns(tables: PcsTable[]): { tables: Columns; rows: Columns; labels: Columns } {
  const rows = tables.flatMap((t, table) => t.rows.map((r) => ({ table, ...r })));
  const labels: { table: number; pos: string; char: string; label: string }[] = [];
  tables.forEach((t, table) => {
    // A label depends on the table (body part J is Appendix in 0DT, not elsewhere): keep each once per table and position.
    const seen = new Set<string>();
    for (const row of t.rows) {
      AXES.forEach((axis, i) => {
        for (const value of row[axis] as PcsValue[]) {
          const key = `${i + 4}${value.char}`;
          if (!seen.has(key)) labels.push({ table, pos: String(i + 4), char: value.char, label: value.label });
          seen.add(key);
        }
      });
    }
  });
  const chars = (values: PcsValue[]) => values.map((v) => v.char).join('');
  return {
    tables: {
      key: tables.map((t) => t.key), section: tables.map((t) => t.section.label), bodySystem: tables.map((t) => t.bodySystem.label),
      operation: tables.map((t) => t.operation.label), definition: tables.map((t) => t.definition),
    },
    rows: {
      table: rows.map((r) => r.table), bodyPart: rows.map((r) => chars(r.bodyPart)), approach: rows.map((r) => chars(r.approach)),
      device: rows.map((r) => chars(r.device)), qualifier: rows.map((r) => chars(r.qualifier)),
    },
    labels: {
      table: labels.map((l) => l.table), pos: labels.map((l) => l.pos).join(''), char: labels.map((l) => l.char).join(''),
      label: labels.map((l) => l.label),
    },
  };
}

export function pcsDefinitionColumns(definitions: PcsDefinition[]): Columns {
  return {
    section: definitions.map((d) => d.section).join(''), pos: definitions.map((d) => String(d.pos)).join(''),
    term: definitions.map((d) => d.term), definition: definitions.map((d) => d.definition),
    explanation: definitions.map((d) => d.explanation), includes: definitions.map((d) => d.includes),
  };
}
