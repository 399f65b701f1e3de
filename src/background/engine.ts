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
let loadMs = 0;

async function readArtifact(name: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`data/${name}`));
  if (!response.ok) throw new Error(`ChartCode: code set file ${name} is missing (${response.status})`);
  return response.text();
}

export function getEngine(): Promise<Engine> {
  if (cached) return cached;
  const started = performance.now();
  const loading = loadEngine(readArtifact).then(async (engine: Engine) => {
    // A damaged import must not take the public code sets down with it: log it and go on without it.
    await applyUserCodes(engine).catch((error: unknown) => logError(error, 'ChartCode imported codes'));
    loadMs = performance.now() - started;
    return engine;
  });
  loading.catch(() => (cached = undefined)); // a failed load is retried on the next request
  cached = loading;
  return loading;
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
