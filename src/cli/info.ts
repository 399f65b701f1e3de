import { loadCatalog, summarizeCatalog } from '../core/codeset/loader';
import { dataDir, readFrom } from './read-data';

/** `chartcode info [--json]`: each code set and year in dist/data with its counts, from catalog.json. */
export async function runInfo(args: string[]): Promise<void> {
  const catalog = await loadCatalog(readFrom(dataDir()));
  const sets = summarizeCatalog(catalog);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ sets }));
    return;
  }
  const rows = sets.map((s) => [s.set, String(s.year), s.codes.toLocaleString('en-US'), s.billable.toLocaleString('en-US'), s.notesYear ? `FY${s.notesYear}` : '']);
  const table = [['set', 'year', 'codes', 'billable', 'notes from'], ...rows];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  for (const row of table) console.log(row.map((cell, c) => (c >= 2 && c <= 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  const bytes = catalog.artifacts.reduce((n, a) => n + a.bytes, 0);
  console.log(`\n${catalog.artifacts.length} artifacts, ${(bytes / 1e6).toFixed(1)} MB, format version ${catalog.formatVersion}, in ${dataDir()}`);
}
