/** One change listed in an addenda file, from the previous fiscal year to this one. */
export interface AddendaRow {
  /** A = added, D = deleted, F = revised from, T = revised to. */
  action: 'A' | 'D' | 'F' | 'T';
  code: string;
  /** '1' billable, '0' header, '-' when the file gives no flag (ICD-10-PCS codes addenda). */
  billable: '0' | '1' | '-';
  title: string;
}

const ACTIONS: Record<string, AddendaRow['action']> = { 'Add:': 'A', 'Delete:': 'D', 'Revise from:': 'F', 'Revise to:': 'T' };

/**
 * Parses an addenda file: icd10cm_order_addenda_<year>.txt ("Add:         1 B8801   title") or
 * the ICD-10-PCS codes_addenda_<year>.txt ("Add:         00H033J title"). Summary lines are skipped.
 */
export function parseAddenda(text: string): AddendaRow[] {
  const rows: AddendaRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(Add:|Delete:|Revise from:|Revise to:)\s+(?:([01])\s+)?([0-9A-Z]{3,7})\s+(.*)$/.exec(line);
    if (!match) continue;
    const flag = match[2];
    rows.push({
      action: ACTIONS[match[1]!]!,
      code: match[3]!,
      billable: flag === '0' || flag === '1' ? flag : '-',
      // The CM order addenda repeat the 60-column short title before the long one; keep the long.
      title: flag === undefined ? match[4]!.trim() : match[4]!.slice(61).trim() || match[4]!.trim(),
    });
  }
  return rows;
}
