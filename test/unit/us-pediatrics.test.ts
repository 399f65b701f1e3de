import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';

/**
 * US pediatric and newborn notes (NICU admission, well-child check, sick visits), written for the test in the form
 * US EHRs print them: ages as '2 hr old', '3 yo M', '4 mo male', 'Age: 2 hours'; 'r/o', 'h/o', 'PRN', 'TM', 'WCC'.
 */
const engine = await realEngine();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/charts/${name}`, import.meta.url), 'utf8');
const run = async (text: string, setting: 'inpatient' | 'outpatient') => {
  const { suggestions } = await engine.suggest(text, { setting });
  return { cm: suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code), pcs: suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code) };
};

describe('a US NICU admission note (a 2 hr old preterm newborn)', async () => {
  const { cm, pcs } = await run(fixture('us-nicu-admission.txt'), 'inpatient');

  it("reads 'Age: 2 hours' as a newborn's chart: the Index's newborn subterms and the birth weight", () => {
    for (const code of ['P220', 'P704', 'P590', 'P0716', 'P0735']) expect(cm, code).toContain(code);
  });

  it("codes the rule-out sepsis of a newborn as the newborn's (P36.9), not A41.9", () => {
    expect(cm).toContain('P369');
    expect(cm).not.toContain('A419');
  });

  it("codes none of the mother's record: her preeclampsia (O14.-), the weeks (Z3A), the outcome (Z37), her cesarean (10D00Z1)", () => {
    expect(cm.filter((c) => /^(?:O|Z3A|Z37)/.test(c))).toEqual([]);
    expect(pcs.filter((c) => c.startsWith('1'))).toEqual([]);
  });

  it('codes the intubation for the surfactant', () => {
    expect(pcs).toContain('0BH17EZ');
  });
});

describe("a child's age as US notes write it: a newborn's chart codes the newborn subterm, an older child's not", () => {
  it.each([
    ['Age: 2 hours. Jaundice noted at 20 hours.', 'P599'],
    ['2 hr old male with respiratory distress syndrome.', 'P220'],
    ['DOL 3 infant, hypoglycemia on POC glucose.', 'P704'],
    ['5 day old female with jaundice.', 'P599'],
    ['45 yo M with jaundice.', 'R17'],
    ['4 mo male with jaundice.', 'R17'],
    ['Maternal hx: 29 yo G2P1. 38 yo F with jaundice.', 'R17'],
    // 'Syndrome, respiratory distress J80 (adult) (child)', the newborn's P22.0: the syndrome, not its symptom R06.03.
    ['8 yo F with acute respiratory distress syndrome.', 'J80'],
  ])('%s -> %s', async (text, code) => {
    expect((await run(text, 'inpatient')).cm).toContain(code);
  });
});
