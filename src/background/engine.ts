/**
 * The code set engine, loaded on first use from the artifacts bundled in data/. The worker can be stopped at any
 * time; the cached promise is then simply rebuilt on the next request.
 */
import { openEngine as openCoreEngine } from '../core/engine';
import type { Engine, LoadOptions } from '../core/engine-types';
import { browser } from '../shared/browser';
import { logError } from '../shared/log-error';
import { applyUserCodes } from './user-codes';

/** The engine before imports are applied (what suggestions use), with them, and once it can search (on first need). */
let loads: { opened: Promise<Engine>; withImports: Promise<Engine>; searchable?: Promise<Engine> } | undefined;
let loadMs = 0;

/** One packaged artifact's bytes (the core decodes JSON itself, and binary artifacts need the bytes). */
async function readArtifact(name: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`data/${name}`));
  if (!response.ok) throw new Error(`ChartCode: code set file ${name} is missing (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Starts loading the engine for the first request (see LoadOptions: its files are read first); a later request
 * shares the load.
 */
function load(first: LoadOptions['first']): NonNullable<typeof loads> {
  if (loads) return loads;
  const started = performance.now();
  const opened = openCoreEngine(readArtifact, { first }).then((engine: Engine) => {
    loadMs = performance.now() - started;
    return engine;
  });
  const withImports = opened.then(async (engine: Engine) => {
    // A damaged import must not take the public code sets down with it: log it and go on without it.
    await applyUserCodes(engine).catch((error: unknown) => logError(error, 'ChartCode imported codes'));
    return engine;
  });
  withImports.catch(() => (loads = undefined)); // a failed load is retried on the next request
  loads = { opened, withImports };
  return loads;
}

/**
 * The engine once the newest ICD-10-CM set can be searched, with the coder's imported codes; asked first, its
 * search index is read first, and asked after a chart, it is read now if it has not been yet.
 */
export function getEngine(): Promise<Engine> {
  const loading = load('search');
  loading.searchable ??= loading.withImports.then(async (engine: Engine) => {
    await engine.searchable();
    return engine;
  });
  return loading.searchable;
}

/**
 * The engine as soon as its catalogs are read, before the coder's imported codes are applied and before it can
 * search; `first` says which files a load started here reads first (see LoadOptions).
 */
export function openEngine(first: LoadOptions['first']): Promise<Engine> {
  return load(first).opened;
}

/**
 * The engine for a chart: before a licensed code set the coder imported is applied (suggestions do not use one) and
 * before the search index, so that a cold first chart waits for neither; `suggest` waits for its own files.
 */
export function getEngineForSuggestions(): Promise<Engine> {
  return openEngine('suggest');
}

/** The engine if this worker has already started loading it, else undefined (nothing to update). */
export function loadingEngine(): Promise<Engine> | undefined {
  return loads?.withImports;
}

/** How long the last load took to open the engine, in ms (0 when this worker had already loaded it). */
export function takeLoadMs(): number {
  const ms = loadMs;
  loadMs = 0;
  return ms;
}
