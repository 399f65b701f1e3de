import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => {
  const r = await engine.suggest(text, { setting: 'inpatient' });
  return { codes: codesOf(r.suggestions), aside: codesOf(r.setAside) };
};

describe('an all-negative test report', () => {
  it('negates every infection its list names, however long the list', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: the list is longer than a backward trigger reaches.
    const r = await suggest(
      'Serology for hepatotropic virus, HIV, Toxoplasma, cytomegalovirus, Salmonella, Brucella, hydatidosis, leishmaniosis, fasciolosis and amebistiasis was negative for 1/512.',
    );
    expect(r.codes.filter((c) => /^[AB]/.test(c))).toEqual([]);
    expect(r.aside).toEqual(expect.arrayContaining(['B20', 'B259']));
  });

  it('leaves a report with a positive result, and an infection told beside negative cultures, to the word rules', async () => {
    expect((await suggest('HIV infection with negative blood cultures.')).codes).toContain('B20');
    const mixed = await suggest('Serology for HIV was positive by ELISA, confirmed by Western Blot; HBV negative.');
    expect(mixed.codes).toContain('Z21');
    expect(mixed.aside).toContain('B1910');
  });
});
