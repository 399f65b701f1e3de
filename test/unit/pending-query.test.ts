import { describe, expect, it } from 'vitest';
import { freshPendingQuery, PENDING_QUERY_MAX_AGE_MS } from '../../src/shared/pending-query';

const now = 1_750_000_000_000;

describe('freshPendingQuery', () => {
  it('gives the query handed over a moment ago', () => {
    expect(freshPendingQuery({ query: 'acute on chronic systolic CHF', at: now - 1500 }, now)).toBe('acute on chronic systolic CHF');
  });

  it('ignores a query older than a minute: its panel never opened, and a panel opened now is for something else', () => {
    expect(freshPendingQuery({ query: 'chf', at: now - PENDING_QUERY_MAX_AGE_MS - 1 }, now)).toBeUndefined();
    expect(freshPendingQuery({ query: 'chf', at: now - 3_600_000 }, now)).toBeUndefined();
  });

  it('ignores a query dated far in the future (a clock set back since)', () => {
    expect(freshPendingQuery({ query: 'chf', at: now + 3_600_000 }, now)).toBeUndefined();
  });

  it('ignores a value without its time, an empty query or something else stored under the key', () => {
    expect(freshPendingQuery({ query: 'chf' }, now)).toBeUndefined();
    expect(freshPendingQuery({ query: '', at: now }, now)).toBeUndefined();
    expect(freshPendingQuery('chf', now)).toBeUndefined();
  });

  it('keeps at most 500 characters', () => {
    expect(freshPendingQuery({ query: 'x'.repeat(600), at: now }, now)).toHaveLength(500);
  });
});
