import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('the skin default of an abscess or a fistula named at another site', () => {
  it('takes no cutaneous abscess (L02.91) or skin fistula (L98.8) for one the chart places elsewhere', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await codes('A mucopurulent fluid was drained and a subconjunctival abscess was diagnosed.')).not.toContain('L0291');
    expect(await codes('With diagnosis of extraperitoneal right parietocolic abscess drainage was performed by lumboscopy, evacuating abundant necrotic and purulent material.')).not.toContain('L0291');
    expect(await codes('Intestinal devolvulus and double bulging of the colon to the abdominal mucous fistula were performed.')).not.toContain('L988');
  });

  it('keeps the default for the term said alone or with words of its kind, not its place', async () => {
    // Written for the test: 'Abscess (connective tissue) ... L02.91'.
    expect(await codes('She presented an abscess with purulent drainage.')).toContain('L0291');
    expect(await codes('A septic abscess was drained.')).toContain('L0291');
  });
});
