/**
 * One array of the same column of several shards, in shard order. `concat` copies packed arrays in bulk, where
 * `flatMap` moves element by element: 20 ms instead of 0.5 for the 82,000 concepts of ICD-10-CM, in a cold start.
 */
export function joinShards<T>(parts: readonly (readonly T[])[]): T[] {
  if (parts.length <= 1) return (parts[0] ?? []) as T[]; // the shard's own array: nothing else holds it
  return parts[0]!.concat(...parts.slice(1));
}
