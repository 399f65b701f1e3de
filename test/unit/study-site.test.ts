import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codesFor = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** The region an imaging study is named by is where it looked, not where its finding lies (study-site.ts). */
describe('a finding takes no site from the study that found it', () => {
  it.each([
    // Dev charts: the kidney is the mass's site (N28.89), the abdomen the study's.
    ['Abdominal ultrasound showed a hyperechoic mass in the cortex of the right kidney of 7 x 5.', 'N2889'],
    ['Abdominal ultrasound: a 5cm mass in the left kidney, complex with cystic areas/necrosis.', 'N2889'],
    ['Abdominal CT showed a mass in the left kidney.', 'N2889'], // written for the test
  ])('"%s" -> %s, not R19.00', async (text, code) => {
    const codes = await codesFor(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain('R1900');
  });

  it.each([
    // No other site named: the mass is the abdomen's; and a study of the organ the finding is of keeps it.
    ['Abdominal CT showed a mass.', 'R1900'],
    ['Renal ultrasound: multiple cysts.', 'N281'],
  ])('"%s" keeps %s', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });
});

/** A word read as several ('echocardiogram': ultrasonography of the heart) lends none of them to a finding (concept-index.ts). */
describe("a finding's words are its own, not those a study's name is read as", () => {
  it.each([
    // Written for the test: the heart of 'echocardiogram' was nearer the hypoplasia than the heart said after it.
    ['The echocardiogram showed a hypoplastic left heart.', 'Q234'],
    ['A cranial MRI showed cerebellar hypoplasia.', 'Q043'],
  ])('"%s" -> %s beside the study', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });
});
