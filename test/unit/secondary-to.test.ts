import { describe, expect, it } from 'vitest';
import { takesSecondaryTo } from '../../src/core/suggest/secondary-to';
import { realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => (await engine.suggest(text, { setting: 'inpatient' })).suggestions.map((s) => s.code);

describe("'secondary to' names a cause, not a secondary kind of the cause", () => {
  it("reads no secondary hypertension from 'thrombocytopenia secondary to portal hypertension'", async () => {
    // Written for the test in the words of a US hepatology clinic note's assessment.
    const found = await codes('4. Thrombocytopenia secondary to portal hypertension/splenic sequestration.');
    expect(found).toEqual(expect.arrayContaining(['K766', 'D6959']));
    expect(found).not.toContain('I159');
    const text = 'Thrombocytopenia secondary to portal hypertension';
    expect(takesSecondaryTo('I159', text, text.indexOf('secondary'), text.length)).toBe(true);
  });

  it("keeps the secondary kind a finding written before 'secondary to' takes", async () => {
    expect(await codes('Hyperparathyroidism secondary to CKD stage 4.')).toEqual(expect.arrayContaining(['N184', 'N2581']));
    const text = 'Hypertension secondary to renal artery stenosis';
    expect(takesSecondaryTo('I159', text, 0, text.indexOf(' to'))).toBe(false);
  });
});
