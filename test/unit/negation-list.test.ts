import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => {
  const r = await engine.suggest(text, { setting: 'inpatient' });
  return { codes: codesOf(r.suggestions), aside: codesOf(r.setAside) };
};

// Real phrasing of the development charts.
describe('a negation governs the list after it (ConText scope), not the clause after a denied non-finding', () => {
  it.each([
    ['This is a 62-year-old man, partially edentulous and without prosthesis, smoker since he was 12 years old (20 cigarettes a day).', 'F17210'],
    ['Do not drink, smoker.', 'F17200'],
    ['Among the antecedents stood out mild ametropia without optical correction and type 2 diabetes mellitus in treatment with oral antidiabetics.', 'E119'],
    ['A 26-year-old woman with no previous neurological history, asthma and treated with oral contraceptives.', 'J45909'],
    ['In the last 4 years he reported dysphagia and postprandial heaviness, without other gastrointestinal manifestations, as well as mechanical lumbar pain.', 'M5450'],
    ['The patient reported loss of 20 kilos in the last four months, with no decrease in intake, occasional tremor, irritability and nervousness.', 'R454'],
    // The allergy statement is a list of its own, and a verb after the comma opens a new clause.
    ['The patient reported no allergies or toxic habits, was hypertensive to treatment with amyloidosis and had hypothyroidism treated with levothyroxine.', 'I10'],
    ['PMH: no known drug allergies, hypertension, dyslipidemia.', 'E785'], // written for the test, as US notes open the history
    ['No known allergies, hypertension and diabetes.', 'E119'], // written for the test
  ])('"%s" codes %s', async (text, code) => {
    expect((await suggest(text)).codes).toContain(code);
  });

  it.each([
    ['Without fever, cough or dyspnea.', ['R509', 'R059', 'R0600']],
    ['No fever, chills or weight loss.', ['R509', 'R634']],
    // 'or' closes the list though the index reads no finding in its first item.
    ['No purulent exudate, perforation, abscesses, fistulas or peritonitis were observed.', ['L0291']],
    ['No local inflammation, hematoma, or pain upon palpation were observed.', ['R52']],
    // A verb denies every object its 'and' lists.
    ['The patient denied colluria, acholia and jaundice.', ['R17']],
    // After the allergy statement, 'or' still closes one list of denied findings; a second 'no' is its own.
    ['No allergies, fever or cough.', ['R509', 'R059']], // written for the test
    ['No known drug allergies, no hypertension.', ['I10']], // written for the test
  ])('"%s" keeps %j negated', async (text, codes) => {
    const { codes: coded, aside } = await suggest(text);
    for (const code of codes) {
      expect(coded).not.toContain(code);
      expect(aside).toContain(code);
    }
  });
});
