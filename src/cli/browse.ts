import type { IndexEntry } from '../core/engine-types';
import { parseArgs } from './args';
import { loadAllSets } from './read-data';

/** `chartcode index [--json] "<term>"`: the Alphabetic Index family from a main term down, "see" references followed. */
export async function runIndex(args: string[]): Promise<void> {
  const { flags, rest } = parseArgs(args, []);
  const query = rest.join(' ');
  if (!query) throw new Error('chartcode: index needs a term, e.g. chartcode index "fall"');
  const entries = await (await loadAllSets('search')).browseIndex(query);
  if (flags.has('json')) return console.log(JSON.stringify(entries));
  if (entries.length === 0) console.log(`no main term starts with "${query}" in the Index files supplied`);
  const print = (e: IndexEntry, depth: number) => {
    const refs = [e.code, e.manif && `[${e.manif}]`, e.see && `see ${e.see}`, e.seeAlso && `see also ${e.seeAlso}`].filter(Boolean);
    const cells = e.cells?.map((c) => `${c.heading}: ${c.code}`).join('; ');
    console.log(`${'  '.repeat(depth)}${e.title}${e.nemod ? ` ${e.nemod}` : ''}${refs.length ? `  ${refs.join('  ')}` : ''}${cells ? `  (${cells})` : ''}`);
    for (const child of e.children) print(child, depth + 1);
  };
  for (const entry of entries) {
    console.log(`-- ${entry.part} FY${entry.year}`);
    print(entry, 0);
  }
}

/** `chartcode pcs [--json] 0DT`: the table of a PCS code's first characters and the choices for the next one. */
export async function runPcs(args: string[]): Promise<void> {
  const { flags, rest } = parseArgs(args, []);
  const prefix = rest[0];
  if (!prefix) throw new Error('chartcode: pcs needs the first 3 to 6 characters of a code, e.g. chartcode pcs 0DT');
  const step = await (await loadAllSets('search')).pcsNextAxis(prefix);
  if (flags.has('json')) return console.log(JSON.stringify(step ?? null));
  if (!step) throw new Error(`chartcode: no ICD-10-PCS table allows ${prefix.toUpperCase()}`);
  const { table } = step;
  console.log(`${table.key}: ${table.section} / ${table.bodySystem} / ${table.operation}`);
  if (table.definition) console.log(`  ${table.definition}`);
  if (step.position > 7) return console.log(`${prefix.toUpperCase()} is a complete code`);
  console.log(`character ${step.position}, ${step.axis}:`);
  for (const c of step.choices) console.log(`  ${c.char}  ${c.label}`);
}
