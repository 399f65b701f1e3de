import * as z from 'zod';
import type { CodeSystem } from '../core/types';
import { jsonLines, parseArgs, readStdin } from './args';
import { loadAllSets } from './read-data';

const BatchQuery = z.object({ id: z.union([z.string(), z.number()]), query: z.string() });
const SETS = ['icd10cm', 'icd10pcs', 'hcpcs'];

/**
 * `chartcode search [--set S] [--year Y] [--limit N] [--json] "<query>"`, or `--batch` reading {"id","query"}
 * lines from standard input and writing {"id","results":[...]} lines, best first, one per input line.
 */
export async function runSearch(args: string[]): Promise<void> {
  const { flags, rest } = parseArgs(args, ['set', 'year', 'limit']);
  const set = flags.get('set');
  if (set !== undefined && !SETS.includes(String(set))) throw new Error(`chartcode: --set must be one of ${SETS.join(', ')}`);
  const options = {
    set: set as CodeSystem | undefined,
    year: flags.has('year') ? Number(flags.get('year')) : undefined,
    limit: flags.has('limit') ? Number(flags.get('limit')) : 10,
  };
  const engine = await loadAllSets('search');
  if (flags.has('batch')) {
    for (const raw of jsonLines(await readStdin())) {
      const { id, query } = BatchQuery.parse(raw);
      const { hits } = engine.search(query, options);
      const results = hits.map(({ display, set: s, title, billable }) => ({ code: display, set: s, title, billable }));
      process.stdout.write(`${JSON.stringify({ id, results })}\n`);
    }
    return;
  }
  const query = rest.join(' ');
  if (!query) throw new Error('chartcode: search needs a query, e.g. chartcode search "copd exac"');
  const result = engine.search(query, options);
  if (flags.has('json')) {
    console.log(JSON.stringify(result));
    return;
  }
  if (result.notice) console.log(`(${result.notice})`);
  if (result.problem) console.log(`! ${result.problem}`);
  for (const hit of result.hits) {
    console.log(`${hit.display.padEnd(9)} ${hit.billable ? ' ' : 'H'} ${hit.title}${hit.matched ? `   [${hit.matched}]` : ''}`);
  }
  if (result.hits.length === 0) console.log('no codes found');
}
