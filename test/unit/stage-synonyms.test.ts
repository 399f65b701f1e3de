import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('stages in Roman numerals and a pressure ulcer by its grade', () => {
  it.each([
    ['Chronic kidney disease stage III.', 'N1830'], // written for the test, as US problem lists write it
    ['CKD stage IIIb, followed by nephrology.', 'N1832'], // written for the test
    ['CKD stage IV.', 'N184'], // written for the test
    ['He developed a stage II pressure ulcer on the sacrum.', 'L89152'], // written for the test
    ['Stage IV sacral decubitus ulcer.', 'L89154'], // written for the test
    // A CodiEsp dev sentence: 'grade III sacral ulcer' is the sacrum's pressure ulcer, stage 3.
    ['Upon admission, the patient suffered from abandonment of personal hygiene, chronic renal failure, diabetic ketoacidosis and a grade III sacral ulcer.', 'L89153'],
    ['A grade 2 pressure ulcer on the left hip.', 'L89222'], // written for the test
    ['Sacral ulcer, stage 2.', 'L89152'], // written for the test
  ])('"%s" -> %s', async (text, code) => {
    expect(await suggested(text)).toContain(code);
  });

  it("reads no stage into other grades: 'grade III hemorrhoids' stays the third degree, 'stage III colon cancer' the colon", async () => {
    expect(await suggested('Grade III hemorrhoids.')).toEqual(['K642']);
    expect(await suggested('Stage III colon cancer.')).toEqual(['C189']);
  });
});
