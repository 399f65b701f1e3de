import type { PcsTables } from './pcs-tables';

/** One step of building a PCS code axis by axis: the table the first three characters name, and the next choices. */
export interface PcsAxisStep {
  table: { key: string; section: string; bodySystem: string; operation: string; definition: string };
  /** The position (4-7) the choices are for; 8 when the prefix is already a whole code. */
  position: number;
  axis: string;
  choices: { char: string; label: string }[];
}

const AXES = ['Body Part', 'Approach', 'Device', 'Qualifier'];

/**
 * The choices for the next character after `prefix` (3 to 6 characters of a PCS code), from the rows of its table
 * that allow the characters already chosen; undefined when no table or row allows the prefix.
 */
export function pcsNextAxis(pcs: PcsTables, prefix: string): PcsAxisStep | undefined {
  const code = prefix.toUpperCase();
  const t = pcs.byKey.get(code.slice(0, 3));
  if (t === undefined || code.length < 3 || code.length > 7) return undefined;
  const { rows, tables } = pcs;
  const position = code.length + 1;
  const chosen = new Set<string>();
  let anyRow = false;
  for (let r = 0; r < rows.table.length; r++) {
    if (rows.table[r] !== t) continue;
    const allowed = [rows.bodyPart[r]!, rows.approach[r]!, rows.device[r]!, rows.qualifier[r]!];
    if (![...code.slice(3)].every((c, i) => allowed[i]!.includes(c))) continue;
    anyRow = true;
    if (position <= 7) for (const c of allowed[position - 4]!) chosen.add(c);
  }
  if (!anyRow) return undefined;
  const choices = [...chosen].sort().map((char) => ({ char, label: pcs.labels.get(`${t}:${position}${char}`) ?? '' }));
  return {
    table: { key: tables.key[t]!, section: tables.section[t]!, bodySystem: tables.bodySystem[t]!, operation: tables.operation[t]!, definition: tables.definition[t]! },
    position,
    axis: AXES[position - 4] ?? 'complete code',
    choices,
  };
}
