import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Whether the chart tells of an injury decides what its words code (see trauma-context.ts). */
describe('readings that depend on whether an injury happened', () => {
  it('reads subcutaneous emphysema beside fractures of an accident as traumatic (T79.7XXA), not J98.2', async () => {
    const c = await codes('A 75-year-old male who was found to be an accident in the street, with head and brain trauma, fractures in the right upper and lower extremities and ribs, with intense subcutaneous emphysema, and mild hematuria.');
    expect(c).toContain('T797XXA');
    expect(c).not.toContain('J982');
  });

  it('keeps subcutaneous emphysema beside a spontaneous pneumomediastinum nontraumatic (J98.2)', async () => {
    const c = await codes('A chest X-ray showed signs of pneumomediastinum and subcutaneous emphysema in the neck and upper chest region.');
    expect(c).toContain('J982');
    expect(c).not.toContain('T797XXA');
  });

  it("reads 'injury' in a chart of a lesion with no trauma as the translated lesion, not T14.90", async () => {
    const c = await codes('Microscopically, the intraparenchymatous lesion was represented by a cystic formation covered by a stratified squamous epithelium. Cystic cord injury corresponds to a spermatocele.');
    expect(c).not.toContain('T1490XA');
  });

  it("keeps 'injury' an injury where the chart tells of an accident", async () => {
    const c = await codes('After the accident at work, the injury on the lesion of the hand did not heal.');
    expect(c.some((x) => /^(?:T14|S6)/.test(x))).toBe(true);
  });

  it("reads the wounds of an operation as its incision, not an injury of unspecified body region (T14.8)", async () => {
    const c = await codes('On the third day, surgical lavage and removal of implants with regularization of the edge of the wounds, suture and placement of drains in closed circuit were performed.');
    expect(c).not.toContain('T148XXA');
  });

  it('keeps a wound of a trauma an injury', async () => {
    const c = await codes('Pregnancy diagnosed with brain death after a suicide attempt by an occipital firearm projectile wound.');
    expect(c).toContain('T148XXA');
  });

  it("reads 'burns' as the injury (T30.0), not the burning sensation (R20.8)", async () => {
    const c = await codes('The patient suffered burns due to burns in her home that required a month of admission.');
    expect(c).toContain('T300');
    expect(c).not.toContain('R208');
  });

  it("keeps 'burning' alone the sensation (R20.8)", async () => {
    const c = await codes('During the first instillation, the patient presented intense local burning, dizziness and profuse sweating.');
    expect(c).toContain('R208');
  });

  it("reads the callus of a fracture as bone, not the skin's callosity (Index: Callus, excessive, following fracture)", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await codes('A left foot MRI was requested, which revealed a stress fracture in the second MTT with peripherical callus and edema of soft tissues.')).not.toContain('L84');
    expect(await codes('A X-ray was requested which showed a callus of old fracture in 2o MTT due to previous stress fracture, without other findings.')).not.toContain('L84');
    expect(await codes('Painful callus on the sole of the right foot.')).toContain('L84');
  });
});
