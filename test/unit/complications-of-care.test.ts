import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Complications of care the Index names by the clinician's word 'postoperative', 'postprocedural' or 'iatrogenic'
 * (infection-index.ts, respiratory-index.ts, endocrine-blood-index.ts), sepsis after a procedure with its sepsis code
 * (severe-sepsis.ts), and a fall during the stay with its place in the hospital (place-activity-status.ts).
 */
describe('a complication of care named as such', () => {
  it.each([
    ['Iatrogenic pneumothorax after central line placement.', 'J95811'],
    ['Postoperative pneumothorax, chest tube placed.', 'J95811'],
    ['Postoperative hypothyroidism, on levothyroxine.', 'E890'],
    ['Acute hemolytic transfusion reaction.', 'T80910A'],
    ['Delayed hemolytic transfusion reaction.', 'T80911A'],
    ['TRALI after 2 units PRBC.', 'J9584'],
    ['Superficial incisional SSI s/p appendectomy.', 'T8141XA'],
    ['Deep incisional surgical site infection after hernia repair.', 'T8142XA'],
    ['Organ/space SSI - pelvic abscess after LAR.', 'T8143XA'],
    ['Accidental puncture of the spleen during colectomy.', 'D7812'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('codes sepsis after a procedure first, then the sepsis (A41.9 without an organism)', async () => {
    const found = await suggest('Postprocedural sepsis after colectomy.');
    expect(found.filter((c) => /^(?:T8144|A41)/.test(c))).toEqual(['T8144XA', 'A419']);
    const organism = await suggest('Postoperative sepsis due to E. coli.');
    expect(organism).toContain('T8144XA');
    expect(organism).toContain('A4151');
    expect(organism).not.toContain('A419');
  });
});

it('keeps a traumatic spleen injury traumatic', async () => {
  const found = await suggest('Splenic laceration after MVC.');
  expect(found).not.toContain('D7812');
  expect(found.some((c) => c.startsWith('S3603'))).toBe(true);
});

describe('a fall in the hospital', () => {
  it('gives the patient room or the hospital as the place', async () => {
    expect(await suggest('Pt fell in her hospital room and sustained a right hip fracture.')).toContain('Y92230');
    expect(await suggest('In-hospital fall with laceration of forehead.')).toContain('Y92239');
  });

  it('does not read a visit to the hospital as the place of the fall', async () => {
    const found = await suggest('He fell at home and was seen at the hospital, left wrist fracture.');
    expect(found).toContain('Y92009');
    expect(found.filter((c) => c.startsWith('Y9223'))).toEqual([]);
  });
});
