import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs } from './us-note-fixture';

const engine = await realEngine();
const cmOf = async (text: string) => (await codedAs(engine, text, 'inpatient')).codes;

/** Disorders of more than one valve, cause not stated: one I08 code (Excludes1 at I34 and I35; Index 'with ... valve disease'). */
describe('disorders of more than one heart valve', () => {
  it.each([
    ['TTE: moderate MR and moderate TR, LVEF 55%.', 'I081'],
    ['Echo: severe aortic stenosis and moderate mitral regurgitation.', 'I080'],
    ['Severe AS, moderate TR.', 'I082'],
    ['Echo with moderate MR, moderate TR and moderate AS.', 'I083'],
  ])('%s -> %s', async (text, code) => {
    const codes = await cmOf(text);
    expect(codes).toContain(code);
    expect(codes.filter((c) => /^I3[45]|^I0[5-7]/.test(c))).toEqual([]);
  });

  it('keeps each valve its own code where the chart gives a cause (calcific, degenerative, nonrheumatic)', async () => {
    expect((await cmOf('Severe calcific aortic stenosis, moderate MR.')).sort()).toEqual(['I340', 'I350']);
    expect(await cmOf('Degenerative mitral regurgitation, moderate. Moderate aortic stenosis.')).not.toContain('I080');
  });

  it('leaves one valve alone', async () => {
    expect(await cmOf('Moderate MR.')).toEqual(['I340']);
  });
});
