import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Phrasing quoted from ../shared/eval/charts-codiesp-dev.jsonl; each phrase's own code is checked in procedure-defaults.test.ts. */
describe('operations named by their -ectomy or -ostomy word', () => {
  it('reads the operation, its side and its approach', async () => {
    expect(await pcsOf('Laparoscopic left adrenalectomy was performed.')).toEqual(['0GT24ZZ']);
    expect(await pcsOf('Tracheostomy was performed on the fifth day.')).toEqual(['0B110F4']);
  });

  it('leaves out an operation told in the history', async () => {
    expect(await pcsOf('A 61-year-old patient with a history of radical prostatectomy with staging obturator lymphadenectomy.')).toEqual([]);
  });
});
