// Chart-level quality: runs `dist/cli.mjs suggest --batch --setting inpatient` over the CodiEsp dev charts and
// prints MAP, recall@10/20 (full code; a suggestion beneath a gold category counts), category recall@20,
// precision@10, and ICD-10-PCS recall@10 (4-character gold codes count as prefixes).
// Run: npm run build && npm run eval:charts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const evalDir = process.env.EVAL_DIR ?? '../shared/eval';
const rows = readFileSync(`${evalDir}/charts-codiesp-dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const strip = (code) => code.replace('.', '');
const input = rows.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n');
const started = performance.now();
const output = execFileSync('node', ['dist/cli.mjs', 'suggest', '--batch', '--setting', 'inpatient'], { input, maxBuffer: 1 << 28 });
const seconds = (performance.now() - started) / 1000;
const parsed = output.toString().trim().split('\n').map((l) => JSON.parse(l));
const byId = new Map(parsed.map((r) => [r.id, r.suggestions]));
const asideById = new Map(parsed.map((r) => [r.id, r.setAside ?? []]));

const covers = (code, gold) => code.startsWith(gold);
const sameCategory = (code, gold) => code.slice(0, 3) === gold.slice(0, 3);
const asideGold = new Map();
const totals = { all: 0, count: 0, ap: 0, r10: 0, r20: 0, c20: 0, p10: 0, gold: 0, pcsGold: 0, pcsR10: 0, words: 0 };
for (const row of rows) {
  const suggestions = byId.get(row.id) ?? [];
  const cm = suggestions.filter((s) => s.set === 'icd10cm').map((s) => strip(s.code));
  const pcs = suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code);
  const gold = row.gold.icd10cm.map(strip);
  totals.words += row.text.split(/\s+/).length;
  // Average precision: each gold code counts once, at the first suggestion under it.
  const found = new Set();
  let hits = 0;
  let sum = 0;
  cm.forEach((code, k) => {
    const g = gold.find((x) => covers(code, x) && !found.has(x));
    if (g) {
      found.add(g);
      hits++;
      sum += hits / (k + 1);
    }
  });
  totals.ap += gold.length ? sum / gold.length : 0;
  const recall = (n, match) => gold.filter((g) => cm.slice(0, n).some((c) => match(c, g))).length;
  totals.r10 += recall(10, covers);
  totals.r20 += recall(20, covers);
  totals.c20 += recall(20, sameCategory);
  totals.all += recall(Infinity, covers);
  totals.count += cm.length;
  totals.gold += gold.length;
  // Gold codes the engine saw but left out by rule (the gold also codes negated and relatives' findings).
  for (const g of gold) {
    if (cm.some((c) => covers(c, g))) continue;
    const aside = asideById.get(row.id).find((a) => covers(strip(a.code), g));
    if (aside) asideGold.set(aside.context, (asideGold.get(aside.context) ?? 0) + 1);
  }
  const top10 = cm.slice(0, 10);
  totals.p10 += top10.length ? top10.filter((c) => gold.some((g) => covers(c, g))).length / top10.length : 0;
  const pcsGold = row.gold.icd10pcs ?? [];
  totals.pcsGold += pcsGold.length;
  totals.pcsR10 += pcsGold.filter((g) => pcs.slice(0, 10).some((c) => c.startsWith(g))).length;
}
const f = (x) => x.toFixed(3);
console.log(`charts-codiesp-dev.jsonl: ${rows.length} charts, ${totals.words} words, ${seconds.toFixed(1)} s (process start included)`);
console.log(`  ICD-10-CM  MAP ${f(totals.ap / rows.length)}  recall@10 ${f(totals.r10 / totals.gold)}  recall@20 ${f(totals.r20 / totals.gold)}  category recall@20 ${f(totals.c20 / totals.gold)}  precision@10 ${f(totals.p10 / rows.length)}`);
console.log(`  recall over all suggestions ${f(totals.all / totals.gold)} (${(totals.count / rows.length).toFixed(1)} ICD-10-CM suggestions per chart)`);
console.log(`  gold codes found only among set-aside findings: ${[...asideGold].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'} (of ${totals.gold})`);
console.log(`  ICD-10-PCS recall@10 ${f(totals.pcsR10 / Math.max(1, totals.pcsGold))} (${totals.pcsGold} gold codes)`);
