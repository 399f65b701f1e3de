import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Social determinants of health (Z55-Z65) from a social history, by the Index's entries (social-index.ts). */
describe('social determinants of health in the words of a social history', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl: 'Imprisonment Z65.1'.
    ['We report the case of a 40-year-old male patient, polytoxicated since adolescence, with a first admission to prison at 20 years, and repeated admissions later.', 'Z651'],
    ['As while in prison and prior to forensic medical examination a diagnosis of mild mental retardation was made.', 'Z651'],
    // Written for the test in the words of US social histories: 'Homelessness Z59.0-' by shelter.
    ['The patient is homeless.', 'Z5900'],
    ['He is homeless and lives in a shelter.', 'Z5901'],
    ['He has been living on the street for two years.', 'Z5902'],
    ['Social history: lives alone, unemployed, illiterate.', 'Z602'],
    ['Social history: lives alone, unemployed, illiterate.', 'Z560'],
    ['Social history: lives alone, unemployed, illiterate.', 'Z550'],
    ['Financial hardship limits access to medications.', 'Z59869'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('leaves out what is no social situation: a hernia incarcerated, self-care done alone, a denied homelessness', async () => {
    expect(await suggest('Intestinal obstruction secondary to incarcerated inguinal hernia was diagnosed.')).not.toContain('Z651');
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await suggest('The patient was not able to perform activities of daily living alone and needs wheels for displacements.')).not.toContain('Z602');
    expect(await suggest('The patient was unable to perform activities of daily living alone.')).not.toContain('Z602');
    expect(await suggest('She was not homeless.')).not.toContain('Z5900');
  });
});
