// Speed of ChartCode's core, each figure printed beside a baseline measured in the same run (issues 3 and 4):
//   1. cold start: a fresh node process loads the ICD-10-CM artifacts (loadEngine) and answers its first query,
//      beside reading the same files (and JSON.parse of the JSON ones; the code tables and search indexes are binary)
//      and MiniSearch.loadJSON of a plain full-text index over the titles;
//      and a fresh process's first chart (the panel's first list: diagnoses, loaded for it);
//   2. query latency p50/p99 over the GEM dev queries, beside plain MiniSearch (on a sample: it is slow), and the same
//      by each query's best of three runs (a shared machine's pauses left out: read beside the target, not for it);
//   3. memory of the loaded index (heap after GC, RSS, peak RSS), beside the plain MiniSearch index;
//   4. suggestion time per 1,000 words of the CodiEsp dev charts (inpatient), beside issue 4's search-only
//      baseline (each sentence searched with plain MiniSearch, top three merged) on the first charts, and the process
//      CPU time of each pass (steadier than wall time when other processes share the cores);
//   5. packaged size of dist/chrome (largest file < 4 MB) and dist/data.
// Fresh processes run bench/child.mjs; src/core is bundled from bench/bench-core.ts into .cache/bench/.
// Run: npm run build && npm run bench   (EVAL_DIR overrides ../shared/eval; takes about 2 minutes)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from './plain-minisearch.mjs';

const runs = 5; // fresh processes per cold-start figure; the median is printed
const miniQueries = 300; // plain MiniSearch query sample (common words cost it up to ~1 s a query)
const miniCharts = 10; // charts for the search-only suggestion baseline (about 11 s per 1,000 words); all 750 for ChartCode
const indexFile = '.cache/bench/minisearch-icd10cm.json';

/** Wall ms from spawn to exit of `node ...args`, and what it printed (its stderr goes to ours). */
function spawn(args) {
  const started = performance.now();
  try {
    const stdout = execFileSync('node', args, { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
    return { stdout, spawnToExit: performance.now() - started };
  } catch (error) {
    console.error(`bench: \`node ${args.join(' ')}\` failed (exit ${error.status}); is dist/data being rebuilt?`);
    process.exit(1);
  }
}
/** Runs one child.mjs mode in a fresh process: its JSON answer plus spawnToExit. */
function child(...args) {
  const { stdout, spawnToExit } = spawn(['--expose-gc', 'bench/child.mjs', ...args]);
  return { ...JSON.parse(stdout), spawnToExit };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fresh = (mode, ...args) => Array.from({ length: runs }, () => child(mode, ...args));
/** The median over fresh-process runs of one figure, formatted. */
const at = (results, figure) => ms(median(results.map(figure)));
const cpuPerKWords = (total) => (1000 * total) / engine.suggest.reduce((n, r) => n + r.words, 0);
const perKWords = (rows) => (1000 * rows.reduce((n, r) => n + r.ms, 0)) / rows.reduce((n, r) => n + r.words, 0);
const ms = (x) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(x >= 10 ? 1 : 2)} ms`);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const log = (line) => console.log(line);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [{ path: join(dir, e.name), bytes: statSync(join(dir, e.name)).size }]));
}

// Bundle the core for Node, then build the plain MiniSearch index over the FY2026 ICD-10-CM titles.
mkdirSync('.cache/bench', { recursive: true });
await esbuild.build({
  entryPoints: ['bench/bench-core.ts'], outdir: '.cache/bench', outExtension: { '.js': '.mjs' },
  bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', // zod bundled in, as in dist/cli.mjs
});
const { loadCatalog, loadCodeTable, summarizeCatalog } = await import('../.cache/bench/bench-core.mjs');
const read = async (name) => readFileSync(`dist/data/${name}`);
const catalog = await loadCatalog(read);
const cm = summarizeCatalog(catalog).find((s) => s.set === 'icd10cm');
const table = await loadCodeTable(read, catalog, 'icd10cm', cm.year);
const t = performance.now();
writeFileSync(indexFile, buildIndex(table));
log(`plain MiniSearch index: ${table.codes.length} ICD-10-CM ${cm.year} titles, built in ${ms(performance.now() - t)}, ${mb(statSync(indexFile).size)}`);

log('1. cold start (fresh processes)');
const engineCold = fresh('cold-engine');
const suggestCold = fresh('cold-suggest');
const files = engineCold[0].files;
const readCold = fresh('cold-read', ...files.map((f) => f.name));
const miniCold = fresh('cold-minisearch', indexFile);
const emptyNode = Array.from({ length: runs }, () => spawn(['-e', '0']).spawnToExit);
const cli = Array.from({ length: runs }, () => spawn(['dist/cli.mjs', 'search', '--set', 'icd10cm', 'type 2 diabetes with hyperglycemia']).spawnToExit);
log(`   loadEngine read ${files.length} files: ${files.map((f) => f.name.replace('.json', '')).join(' ')}`);
log(`   for a chart, before its diagnoses: ${suggestCold[0].files.map((f) => f.name.replace('.json', '')).join(' ')}`);
log('2-4. warm engine: search latency, suggestions');
const engine = child('warm-engine');
log(`2-4. plain MiniSearch: ${miniQueries} sampled queries, sentence baseline on ${miniCharts} charts`);
const mini = child('warm-minisearch', indexFile, String(miniQueries), String(miniCharts));
const chrome = walk('dist/chrome');
const largest = chrome.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const sum = (xs) => xs.reduce((n, f) => n + f.bytes, 0);

const rows = [
  ['cold start: process start -> first answer', at(engineCold, (r) => r.answered), `MiniSearch ${at(miniCold, (r) => r.answered)}`, '< 150 ms'],
  ['  node start -> bench module', at(engineCold, (r) => r.moduleStart), at(miniCold, (r) => r.moduleStart), ''],
  ['  load (engine: import, read, check, parse)', at(engineCold, (r) => r.loaded - r.moduleStart), `read ${at(readCold, (r) => r.read)} + JSON.parse ${at(readCold, (r) => r.parse)} / loadJSON ${at(miniCold, (r) => r.loadJSON)}`, ''],
  ['  first query', at(engineCold, (r) => r.answered - r.loaded), at(miniCold, (r) => r.answered - r.loaded), ''],
  ['cold start: spawn -> exit', at(engineCold, (r) => r.spawnToExit), `read ${at(readCold, (r) => r.spawnToExit)} / MiniSearch ${at(miniCold, (r) => r.spawnToExit)}`, ''],
  ['  dist/cli.mjs search, spawn -> exit', ms(median(cli)), `empty node (-e 0) ${ms(median(emptyNode))}`, ''],
  ['  bytes read at start', `${mb(sum(files))} (${files.length} files)`, `index JSON ${mb(statSync(indexFile).size)}`, ''],
  ['cold start: process start -> first chart (diagnoses)', at(suggestCold, (r) => r.answered), '', ''],
  ['  load / suggest (early)', `${at(suggestCold, (r) => r.loaded - r.moduleStart)} / ${at(suggestCold, (r) => r.answered - r.loaded)}`, '', ''],
  ['  bytes read before the diagnoses', `${mb(sum(suggestCold[0].files))} (${suggestCold[0].files.length} files)`, '', ''],
  [`query p50 (${engine.times.length} dev queries | MiniSearch ${mini.times.length})`, ms(percentile(engine.times, 50)), ms(percentile(mini.times, 50)), ''],
  ['query p99', ms(percentile(engine.times, 99)), ms(percentile(mini.times, 99)), '< 2 ms'],
  ['query max', ms(Math.max(...engine.times)), ms(Math.max(...mini.times)), ''],
  ['  query p50 / p99, each query\'s best of 3 runs', `${ms(percentile(engine.best, 50))} / ${ms(percentile(engine.best, 99))}`, '', ''],
  ['memory loaded: heap used after GC', mb(engineCold[0].memory.heapUsed * 2 ** 20), mb(miniCold[0].memory.heapUsed * 2 ** 20), ''],
  ['memory loaded: RSS / peak RSS', `${mb(engineCold[0].memory.rss * 2 ** 20)} / ${mb(engineCold[0].memory.maxRss * 2 ** 20)}`, `${mb(miniCold[0].memory.rss * 2 ** 20)} / ${mb(miniCold[0].memory.maxRss * 2 ** 20)}`, ''],
  ['memory after suggest: heap / peak RSS', `${mb(engine.memory.heapUsed * 2 ** 20)} / ${mb(engine.memory.maxRss * 2 ** 20)}`, '', ''],
  ['suggest: first call (loads concepts, Tabular)', ms(engine.suggestLoad), '', ''],
  [`suggest per 1,000 words (${engine.suggest.length} charts | baseline ${mini.suggest.length})`, ms(perKWords(engine.suggest)), ms(perKWords(mini.suggest)), '< 10 ms'],
  ['  the same charts again, warm (second pass)', ms(perKWords(engine.again)), '', ''],
  ['  process CPU time per 1,000 words, first / second pass', `${ms(cpuPerKWords(engine.cpu.first))} / ${ms(cpuPerKWords(engine.cpu.again))}`, '', ''],
  ['suggest: slowest chart', ms(Math.max(...engine.suggest.map((r) => r.ms))), ms(Math.max(...mini.suggest.map((r) => r.ms))), ''],
  ['size dist/chrome (total)', mb(sum(chrome)), '', ''],
  ['size largest file in dist/chrome', `${mb(largest.bytes)} ${largest.path.replace('dist/chrome/', '')}`, '', '< 4 MB'],
  ['size dist/data', mb(sum(walk('dist/data'))), '', ''],
];
const header = ['measure', 'ChartCode', 'baseline', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(`Cold figures: median of ${runs} fresh processes (node ${process.version}). Baselines: plain MiniSearch (default options, titles) over ${table.codes.length} ICD-10-CM ${cm.year} codes.`);
