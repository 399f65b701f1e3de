/**
 * A search asked for from outside the panel (right-click "Find codes for"), handed to the panel through
 * storage.session with the time it was asked. Browser-free, so the age rule is unit-tested.
 */
import * as z from 'zod/mini';

/**
 * How long a handed-over query waits for a panel, in ms. A panel opens within a second or two of the click; one
 * opened a minute later was opened for something else and must not jump to an old search.
 */
export const PENDING_QUERY_MAX_AGE_MS = 60_000;

export const PendingQuery = z.object({ query: z.string().check(z.minLength(1)), at: z.number() });
export type PendingQuery = z.infer<typeof PendingQuery>;

/** The query to search for (at most 500 characters), or undefined when the stored value is invalid or too old. */
export function freshPendingQuery(stored: unknown, now: number): string | undefined {
  const parsed = PendingQuery.safeParse(stored);
  if (!parsed.success) return undefined;
  const age = now - parsed.data.at;
  if (age > PENDING_QUERY_MAX_AGE_MS || age < -PENDING_QUERY_MAX_AGE_MS) return undefined;
  return parsed.data.query.slice(0, 500);
}
