import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * ICD-10-PCS reports inpatient hospital procedures only: the office ECG of an outpatient follow-up is CPT's, so the
 * engine sets it aside there, with its reason, and suggests it for the same words read as an inpatient stay.
 */
const engine = await realEngine();

describe('ICD-10-PCS by setting', () => {
  it("sets aside the office visit's ECG (4A02X4Z) in the outpatient setting, with why", async () => {
    const { pcs, setAside } = await codedAs(engine, readNote('us-cardiology-office.txt'), 'outpatient');
    expect(pcs).toEqual([]);
    const ecg = setAside.find((a) => a.code === '4A02X4Z');
    expect(ecg?.context).toBe('outpatient');
    expect(ecg?.reason).toMatch(/inpatient/);
  });

  it('suggests the same ECG for an inpatient stay (quoted from a dev chart)', async () => {
    const text = 'The electrocardiogram showed sinus rhythm at 120 beats per minute, the rest of the tracing being normal.';
    expect((await codedAs(engine, text, 'inpatient')).pcs).toEqual(['4A02X4Z']);
    expect((await codedAs(engine, text, 'outpatient')).pcs).toEqual([]);
  });

  it('keeps reading the device placed now off the procedure in the outpatient setting: no status code for it', async () => {
    const text = 'Dual-chamber pacemaker implantation was performed for complete heart block.';
    const inpatient = await codedAs(engine, text, 'inpatient');
    const outpatient = await codedAs(engine, text, 'outpatient');
    expect(inpatient.pcs.length).toBeGreaterThan(0);
    expect(outpatient.codes).not.toContain('Z950');
    expect(outpatient.codes).toEqual(inpatient.codes);
  });
});
