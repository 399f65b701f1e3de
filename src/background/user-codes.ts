/** Makes the coder's imported licensed code set searchable: on engine load and whenever the stored import changes. */
import type { CodeTable } from '../core/types';
import type { Engine } from '../core/engine-types';
import { readUserCodes } from '../shared/user-codes-store';

/** Year of the set last given to this worker's engine, so that a removed or re-dated import can be emptied. */
let shownYear: number | undefined;

const emptyTable = (year: number): CodeTable => ({ system: 'user', year, codes: [], titles: [], shortTitles: [], billable: new Uint8Array(0) });

export async function applyUserCodes(engine: Engine): Promise<void> {
  const { table, problem } = await readUserCodes();
  if (problem) console.warn(`ChartCode: ${problem}`);
  if (shownYear !== undefined && shownYear !== table?.year) engine.useUserCodes(emptyTable(shownYear));
  if (table) engine.useUserCodes(table);
  shownYear = table?.year;
}
