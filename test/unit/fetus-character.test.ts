import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * The 7th character of the maternal care codes identifies the fetus (Guidelines I.C.15.a.1): 'fetus 2', 'twin B',
 * 'the second twin' in the finding's sentence; 0 for a single gestation or a fetus not identified
 * (fetus-character.ts). The trimester of these codes is read as for the others (refine.ts).
 */
describe('the fetus of a maternal care code', () => {
  it.each([
    ['Maternal care for known or suspected placental insufficiency, first trimester, fetus 2.', 'O365112'],
    ['Obstructed labor due to breech presentation, twin B.', 'O641XX2'],
    ['Obstructed labor due to breech presentation in the second twin.', 'O641XX2'],
    ['Obstructed labor due to breech presentation, other fetus.', 'O641XX9'],
    // No fetus named: 0, 'not applicable or unspecified', not 'other fetus'.
    ['Continuing pregnancy after intrauterine death of one fetus or more, second trimester, not applicable or unspecified.', 'O3122X0'],
    ['Obstructed labor due to breech presentation.', 'O641XX0'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: the trimester of a code with a fetus character, from the weeks.
    ['Ultrasound performed at 35 weeks of gestation revealed bilateral fetal hydrocephalia and oligohydramnios.', 'O4103X0'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });
});
