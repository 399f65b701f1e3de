import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10cm'));

// Guidelines I.C.1.d.1.b and R65.2's 'Code first underlying infection': severe sepsis is never coded alone.
describe('severe sepsis and septic shock with their systemic infection', () => {
  it('adds A41.9 first where no organism of the sepsis is documented (quoted from the dev charts)', async () => {
    const found = await codes('Postoperatively, the patient developed septic shock due to biliary peritonitis, empirically treated with piperacillin-tazobactam.');
    expect(found).toContain('A419');
    expect(found).toContain('R6521');
    expect(found.indexOf('A419')).toBeLessThan(found.indexOf('R6521'));
    expect(await codes('He developed septic shock and died in this context.')).toEqual(expect.arrayContaining(['A419', 'R6521']));
  });

  it('keeps the sepsis code the chart names with its organism instead (written for the test)', async () => {
    const found = await codes('E. coli sepsis with septic shock.');
    expect(found).toContain('A4151');
    expect(found).not.toContain('A419');
  });

  it('adds nothing to a severe sepsis that was ruled out (written for the test)', async () => {
    expect(await codes('Severe sepsis was ruled out.')).toEqual([]);
  });
});
