/** Logs an error from a promise nobody awaits, labelled with what it was doing. */
export function logError(error: unknown, label = 'ChartCode'): void {
  console.error(`${label}:`, error instanceof Error ? error.message : error);
}

/** Runs a promise without awaiting it, but never lets its failure go unseen. */
export function fireAndForget(promise: Promise<unknown>, label: string): void {
  promise.catch((error: unknown) => logError(error, label));
}
