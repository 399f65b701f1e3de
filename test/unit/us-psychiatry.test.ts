import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US psychiatry consultation for an intentional overdose, written for the tests in the words such notes use: the
 * recurrent major depression, the self-harm poisonings, the alcohol withdrawal, the opioid use disorder on
 * buprenorphine and the past suicide attempts.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);

describe('a US psychiatry consultation for an intentional overdose', () => {
  it('codes the depression by episode and severity, each drug of the overdose as self-harm and each substance', async () => {
    const { codes } = await suggest('us-psychiatry-consult.txt', 'inpatient');
    for (const code of ['F332', 'T391X2A', 'T402X2A', 'F10230', 'F1120', 'R45851', 'F17210']) expect(codes, code).toContain(code);
  });

  it("codes the two prior suicide attempts as history of suicidal behavior (Z91.51) beside today's attempt", async () => {
    const { codes } = await suggest('us-psychiatry-consult.txt', 'inpatient');
    expect(codes).toContain('Z9151');
  });

  it("reads 'depressed mood' as the major depression's, and asks about the anhedonia and the sweating of the withdrawal", async () => {
    const { codes, integral } = await suggest('us-psychiatry-consult.txt', 'inpatient');
    expect(codes).not.toContain('F32A');
    expect(integral('R4584')).toContain('F332');
    expect(integral('R61')).toContain('F10230');
  });
});

describe("the psychiatric 'SI' written in capitals", () => {
  it.each([
    ['+ SI without current plan, no HI.', ['R45851']],
    ['Passive SI.', ['R45851']],
    ['Denies SI/HI.', []],
    // The sacroiliac joint is no suicidal ideation.
    ['Low back pain radiating to the buttock, tender over the right SI joint.', ['M5450']],
  ])('%s', async (text, wanted) => {
    expect((await codedAs(engine, text, 'outpatient')).codes).toEqual(wanted);
  });
});

describe('a schizoaffective disorder with its type written after a comma or dash', () => {
  it.each([
    ['Schizoaffective disorder, bipolar type.', ['F250']],
    ['Schizoaffective disorder - depressive type, stable.', ['F251']],
    ['Schizoaffective disorder bipolar type.', ['F250']],
    ['Schizoaffective disorder, bipolar type. Major depressive disorder, recurrent, moderate.', ['F250', 'F331']],
  ])('%s', async (text, wanted) => {
    expect((await codedAs(engine, text, 'inpatient')).codes.sort()).toEqual(wanted);
  });
});
