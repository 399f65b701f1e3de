// What the benchmark needs from src/core, bundled for Node by bench/bench.mjs into .cache/bench/bench-core.mjs.
export { loadEngine } from '../src/core/engine';
export { loadCatalog, loadCodeTable, summarizeCatalog } from '../src/core/codeset/loader';
