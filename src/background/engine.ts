/**
 * The code set engine, loaded on first use from the artifacts bundled in data/. The worker can be stopped at any
 * time; the cached promise is then simply rebuilt on the next request.
 */
import { loadEngine } from '../core/engine';
import type { Engine } from '../core/engine-types';
import { browser } from '../shared/browser';
import { logError } from '../shared/log-error';
import { applyUserCodes } from './user-codes';

let cached: Promise<Engine> | undefined;
let withoutImports: Promise<Engine> | undefined;
let loadMs = 0;

async function readArtifact(name: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`data/${name}`));
  if (!response.ok) throw new Error(`ChartCode: code set file ${name} is missing (${response.status})`);
  return response.text();
}

export function getEngine(): Promise<Engine> {
  if (cached) return cached;
  const started = performance.now();
  const loaded = loadEngine(readArtifact).then((engine: Engine) => {
    loadMs = performance.now() - started;
    return engine;
  });
  const loading = loaded.then(async (engine: Engine) => {
    // A damaged import must not take the public code sets down with it: log it and go on without it.
    await applyUserCodes(engine).catch((error: unknown) => logError(error, 'ChartCode imported codes'));
    return engine;
  });
  loading.catch(() => (cached = undefined)); // a failed load is retried on the next request
  cached = loading;
  withoutImports = loaded;
  return loading;
}

/**
 * The engine before a licensed code set the coder imported is applied: suggestions do not use one, so a cold first
 * chart need not wait for reading it from storage behind the decoding of the code sets.
 */
export function getEngineForSuggestions(): Promise<Engine> {
  getEngine(); // sets both
  return withoutImports!;
}

/** The engine if this worker has already started loading it, else undefined (nothing to update). */
export function loadingEngine(): Promise<Engine> | undefined {
  return cached;
}

/** How long the last load took, in ms (0 when the engine was already loaded by this worker). */
export function takeLoadMs(): number {
  const ms = loadMs;
  loadMs = 0;
  return ms;
}
