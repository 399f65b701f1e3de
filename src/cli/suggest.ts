import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import type { Setting } from '../core/types';
import { jsonLines, parseArgs, readStdin } from './args';
import { loadAllSets } from './read-data';
import type { SuggestResult } from '../core/engine-types';

const BatchChart = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/**
 * `chartcode suggest [--setting outpatient|inpatient] [--date YYYY-MM-DD] [--json] FILE|-`, or `--batch` reading
 * {"id","text"} lines and writing {"id","suggestions":[...]} lines ranked best first, one per input line.
 */
export async function runSuggest(args: string[]): Promise<void> {
  const { flags, rest } = parseArgs(args, ['setting', 'date', 'limit']);
  const setting = String(flags.get('setting') ?? 'outpatient');
  if (setting !== 'outpatient' && setting !== 'inpatient') throw new Error('chartcode: --setting must be outpatient or inpatient');
  const options = {
    setting: setting as Setting,
    dateOfService: flags.has('date') ? String(flags.get('date')) : undefined,
    limit: flags.has('limit') ? Number(flags.get('limit')) : undefined,
  };
  const engine = await loadAllSets();
  if (flags.has('batch')) {
    for (const raw of jsonLines(await readStdin())) {
      const { id, text } = BatchChart.parse(raw);
      const result = await engine.suggest(text, options);
      const suggestions = result.suggestions.map(({ display, set, title, confidence, evidence }) => ({
        code: display, set, title, confidence, evidence: evidence.map(({ start, end }) => ({ start, end })),
      }));
      // Findings left out by the coding rules (negated, family, ...), apart from the ranked list, for review.
      const setAside = result.setAside.map(({ display, context, reason, evidence }) => ({ code: display, context, reason, evidence: evidence.map(({ start, end }) => ({ start, end })) }));
      process.stdout.write(`${JSON.stringify({ id, suggestions, setAside })}\n`);
    }
    return;
  }
  const file = rest[0];
  if (!file) throw new Error('chartcode: suggest needs a file, or - for standard input');
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const result = await engine.suggest(text, options);
  if (flags.has('json')) {
    console.log(JSON.stringify(result));
    return;
  }
  printSuggestions(text, result);
}

function printSuggestions(text: string, result: SuggestResult): void {
  if (result.notice) console.log(`(${result.notice})`);
  const quote = (e: { start: number; end: number }) => JSON.stringify(text.slice(e.start, e.end));
  for (const s of result.suggestions) {
    console.log(`${s.display.padEnd(9)} ${s.confidence.toFixed(2)} ${s.title}`);
    console.log(`          evidence: ${s.evidence.slice(0, 3).map(quote).join(', ')}${s.context !== 'affirmed' ? ` (${s.context})` : ''}`);
    for (const p of s.prompts) console.log(`          ${p.kind}: ${p.message}`);
  }
  if (result.setAside.length > 0) console.log('\nSet aside:');
  for (const a of result.setAside) console.log(`${a.display.padEnd(9)} ${a.title}: ${a.reason}; ${a.evidence.slice(0, 2).map(quote).join(', ')}`);
}
