import { describe, expect, it } from 'vitest';
import { NEWBORN_FOR } from '../../src/core/suggest/perinatal-codes';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * A newborn's chart (newborn-codes in perinatal-codes.ts, birth-weight.ts): the Index's newborn subterms, the low
 * birth weight recorded (Guidelines I.C.16.e), and the chapter 16 conditions that begin in the perinatal period
 * kept at any age (I.C.16.a.4).
 */
describe('NEWBORN_FOR', () => {
  it.each(Object.entries(NEWBORN_FOR))('%s -> %s, both FY2026 billable codes', (from, to) => {
    for (const code of [from, to]) {
      const i = view.indexOf(code);
      expect(i, code).toBeDefined();
      expect(view.isBillable(i!), code).toBe(true);
    }
  });
});

describe('the newborn record', () => {
  it.each([
    ['A 3-day-old newborn with jaundice and hypoglycemia.', ['P599', 'P704']],
    ['Newborn with respiratory distress syndrome and fever.', ['P220', 'P819']],
    ['A 10-day-old neonate presented with seizures.', ['P90']],
    // The birth weight recorded, with the weeks of a preterm newborn.
    ['Preterm newborn born at 32 weeks weighing 1,500 g.', ['P0735', 'P0716']],
    ['Newborn, weighed 980 g at birth.', ['P0703']],
    // From ../shared/eval/charts-codiesp-dev.jsonl (a newborn's chart with the age given).
    ['A 2-day-old male newborn. Vaginal delivery, instrumented at 38 weeks gestational age. Weight at birth of 2320 grams, Apgar 10/10.', ['P0718']],
    // Conditions of the perinatal period coded at any age.
    ['Congenital toxoplasmosis.', ['P371']],
    ['Anemia of prematurity.', ['P612']],
    ['Kernicterus, unspecified.', ['P579']],
  ])('%s -> %s', async (text, codes) => {
    expect(await suggest(text)).toEqual(expect.arrayContaining(codes));
  });

  it('keeps the main term in an older child and the weight of a birth long past', async () => {
    expect(await suggest('A 3-year-old with fever.')).toContain('R509');
    expect(await suggest('A 5-year-old boy, birth weight 2,100 g, with asthma.')).not.toContain('P0718');
  });
});

// Index: Jaundice, newborn, due to or associated with: ABO P55.1, Rh P55.0, breast milk inhibitors P59.3, preterm
// delivery P59.0, bleeding P58.1, excessive hemolysis P58.9.
describe("a newborn's jaundice by its cause (newborn-jaundice.ts)", () => {
  it.each([
    ['Neonatal jaundice due to ABO isoimmunization.', 'P551'],
    ['Neonatal jaundice due to Rh incompatibility.', 'P550'],
    ['A 5-day-old newborn with breast milk jaundice.', 'P593'],
    ['Jaundice of prematurity.', 'P590'],
    ['Newborn with jaundice secondary to cephalohematoma.', 'P581'],
    ['Neonatal jaundice due to hemolysis.', 'P589'],
  ])('%s -> %s', async (text, code) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain('P599');
  });

  it("keeps an adult's jaundice by a cause that is not the newborn's alone", async () => {
    expect(await suggest('Jaundice secondary to bleeding.')).toContain('R17');
  });
});
