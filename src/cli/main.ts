import { runIndex, runPcs } from './browse';
import { runInfo } from './info';
import { runSearch } from './search';
import { runSuggest } from './suggest';

// The Node command over src/core and the artifacts in dist/data: `node dist/cli.mjs <command> [options]`.
const USAGE = `usage: chartcode <command> [--json]
  info      code sets and years in dist/data, with their counts
  search    [--set icd10cm|icd10pcs|hcpcs] [--year YYYY] [--limit N] [--batch] "<query>"
  suggest   [--setting outpatient|inpatient] [--date YYYY-MM-DD] [--batch] FILE|-
  index     "<term>"   Alphabetic Index family: a main term and its subterms
  pcs       0DT        ICD-10-PCS table: build a code axis by axis`;

/** One entry per subcommand; each takes the arguments after its name. */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  info: runInfo,
  search: runSearch,
  suggest: runSuggest,
  index: runIndex,
  pcs: runPcs,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(name === undefined || name === '--help' ? USAGE : `chartcode: unknown command ${name}\n${USAGE}`);
    process.exitCode = name === '--help' ? 0 : 2;
    return;
  }
  await command(args);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
