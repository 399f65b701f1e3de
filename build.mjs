// Builds ChartCode into dist/: code set artifacts (dist/data, rebuilt only when their sources change),
// one bundle per extension context, dist/chrome and dist/firefox with their own manifest, and dist/cli.mjs.
// Run: node build.mjs [--watch]. Code sets come from CODESETS_DIR (default ../shared/codesets), see README.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const browsers = ['chrome', 'firefox'];

const entryPoints = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  panel: 'src/panel/main.tsx',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};

/** The artifact builders are TypeScript shared with the tests; bundle them for Node, then run them in order. */
async function buildArtifacts() {
  await esbuild.build({
    entryPoints: ['codesets/build-artifacts.ts', 'codesets/build-search.ts'],
    outdir: '.cache/builders', outExtension: { '.js': '.mjs' },
    bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning',
  });
  const log = (line) => console.log(line);
  const { buildArtifacts: codeSets } = await import(`./.cache/builders/build-artifacts.mjs?${Date.now()}`);
  await codeSets({ outDir: 'dist/data', log });
  const { buildSearchArtifacts: search } = await import(`./.cache/builders/build-search.mjs?${Date.now()}`);
  await search('dist/data', log);
}

/** One manifest.json, two browsers: drop each browser's foreign keys. */
function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  if (browser === 'chrome') {
    delete manifest.sidebar_action; // Firefox's side panel
    delete manifest.browser_specific_settings; // gecko id and data collection declaration
    delete manifest.background.scripts; // Chrome MV3 takes only service_worker
  } else {
    delete manifest.side_panel; // Chrome's side panel
    manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
    delete manifest.background.service_worker; // Firefox MV3 runs background scripts, not workers
    delete manifest.storage; // Firefox takes managed storage from enterprise policies, not a schema in the add-on
  }
  return manifest;
}

const common = { bundle: true, logLevel: 'info', sourcemap: false, target: ['chrome120', 'firefox128'] };

async function buildBundles() {
  const contexts = { ...common, entryPoints, outdir: 'dist/chrome', format: 'iife' };
  const cli = {
    ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.mjs', platform: 'node', format: 'esm',
    target: 'node20', banner: { js: '#!/usr/bin/env node' },
  };
  if (watch) {
    for (const options of [contexts, cli]) await (await esbuild.context(options)).watch();
    return;
  }
  await Promise.all([esbuild.build(contexts), esbuild.build(cli)]);
}

function assemble() {
  for (const browser of browsers) {
    const dir = `dist/${browser}`;
    mkdirSync(dir, { recursive: true });
    if (browser !== 'chrome') cpSync('dist/chrome', dir, { recursive: true, filter: (p) => !p.endsWith('manifest.json') && !p.endsWith('managed_schema.json') });
    for (const page of ['panel', 'popup', 'options']) cpSync(`src/${page}/${page}.html`, `${dir}/${page}.html`);
    cpSync('src/shared/theme.css', `${dir}/theme.css`);
    if (browser === 'chrome') cpSync('managed_schema.json', `${dir}/managed_schema.json`);
    cpSync('src/icons', `${dir}/icons`, { recursive: true });
    rmSync(`${dir}/data`, { recursive: true, force: true }); // artifacts of an earlier build must not ship
    cpSync('dist/data', `${dir}/data`, { recursive: true });
    writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifestFor(browser), null, 2));
  }
}

const started = performance.now();
rmSync('dist/firefox', { recursive: true, force: true });
await buildArtifacts();
await buildBundles();
assemble();
console.log(`built dist/chrome, dist/firefox and dist/cli.mjs in ${Math.round(performance.now() - started)} ms`);
