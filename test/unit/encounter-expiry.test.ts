import { describe, expect, it } from 'vitest';
import { DAY_MS, expiredEncounterKeys } from '../../src/shared/encounter-expiry';

const now = Date.UTC(2026, 11, 1);

describe('expiredEncounterKeys', () => {
  it('expires claim lists untouched for longer than the retention days, and keeps the rest', () => {
    const stored = {
      'encounter:old': { version: 1, codes: [], updated: now - 7 * DAY_MS - 1 },
      'encounter:edge': { version: 1, codes: [], updated: now - 7 * DAY_MS },
      'encounter:new': { version: 1, codes: [], updated: now - 1000 },
      settings: { retentionDays: 7, updated: 0 },
      userCodes: { updated: 0 },
    };
    expect(expiredEncounterKeys(stored, 7, now)).toEqual(['encounter:old']);
    expect(expiredEncounterKeys(stored, 1, now).sort()).toEqual(['encounter:edge', 'encounter:old']);
  });

  it('expires a claim list that cannot say how old it is', () => {
    expect(expiredEncounterKeys({ 'encounter:a': null, 'encounter:b': { updated: 'yesterday' }, 'encounter:c': {} }, 7, now).sort())
      .toEqual(['encounter:a', 'encounter:b', 'encounter:c']);
  });

  it('never touches keys other than claim lists', () => {
    expect(expiredEncounterKeys({ 'corrupt:encounter:x:1': {}, settings: {} }, 1, now)).toEqual([]);
  });
});
