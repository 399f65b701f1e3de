// Query-level quality: runs `dist/cli.mjs search --batch` over the GEM dev sets and prints top-1 and top-5
// accuracy, for exact and approximate pairs. A child of an expected FY2018 code (later split) counts as a hit.
// Run: npm run build && npm run eval:search [-- --sets DIR]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const evalDir = process.env.EVAL_DIR ?? '../shared/eval';
const files = ['queries-gem2018-dev.jsonl', 'queries-gem2018-short-dev.jsonl'];
const strip = (code) => code.replace('.', '');
/** A hit on the expected code or one beneath it; for a 7th-character code, its placeholder X may have become a digit. */
function isUnder(code, expected) {
  if (code.startsWith(expected)) return true;
  const base = expected.length === 7 ? expected.slice(0, 6).replace(/X+$/, '') : undefined;
  return base !== undefined && base.length < 6 && code.length === 7 && code.startsWith(base) && code[6] === expected[6];
}

for (const file of files) {
  const rows = readFileSync(`${evalDir}/${file}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const input = rows.map((r) => JSON.stringify({ id: r.id, query: r.query })).join('\n');
  const started = performance.now();
  const output = execFileSync('node', ['dist/cli.mjs', 'search', '--batch', '--limit', '5', '--set', 'icd10cm'], { input, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const results = new Map(output.toString().trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.results.map((x) => strip(x.code))]));
  const tally = { exact: { n: 0, top1: 0, top5: 0 }, approximate: { n: 0, top1: 0, top5: 0 } };
  let viaChild = 0;
  for (const row of rows) {
    const expected = strip(row.expected[0]);
    const codes = results.get(row.id) ?? [];
    const bucket = tally[row.approximate ? 'approximate' : 'exact'];
    bucket.n++;
    const hitAt = codes.findIndex((c) => isUnder(c, expected));
    if (hitAt === 0) bucket.top1++;
    if (hitAt >= 0 && hitAt < 5) bucket.top5++;
    if (hitAt >= 0 && codes[hitAt] !== expected) viaChild++;
    if (hitAt < 0 && process.env.SHOW_MISSES) console.log(`  miss: ${row.query} -> ${expected}; got ${codes.slice(0, 3).join(' ')}`);
  }
  const all = { n: tally.exact.n + tally.approximate.n, top1: tally.exact.top1 + tally.approximate.top1, top5: tally.exact.top5 + tally.approximate.top5 };
  const pct = (x, n) => `${((100 * x) / n).toFixed(1)}%`;
  console.log(`${file}: ${all.n} queries in ${seconds.toFixed(1)} s (process start included)`);
  for (const [name, t] of [['all', all], ['exact', tally.exact], ['approximate', tally.approximate]]) {
    console.log(`  ${name.padEnd(12)} n=${String(t.n).padStart(5)}  top-1 ${pct(t.top1, t.n).padStart(6)}  top-5 ${pct(t.top5, t.n).padStart(6)}`);
  }
  console.log(`  hits on a child of an expected code (split since FY2018): ${viaChild}`);
}
