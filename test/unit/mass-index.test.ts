import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * A mass by its site, as the Alphabetic Index codes it ('Mass, mediastinal J98.59', 'Mass, liver R16.0', 'Mass,
 * abdominal R19.0-' by quadrant, 'Mass, localized, limb R22.3-/R22.4-'): see mass-index.ts; the side from the text.
 */
describe('a mass named by its site', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['A right anterior mediastinal mass compressing and displacing the trachea and bilateral alveolar-interstitial infiltrate is observed in the chest plaque.', 'J9859'],
    ['It begins with fever and night sweats without affecting the general condition, and the chest X-ray shows a large mediastinal mass.', 'J9859'],
    ['The exploration revealed a painful mass in the right hypochondrium, for which a new tumor was detected in the surgical bed.', 'R1901'],
    ['A contrasted abdominal tomography (CT) was performed which reported the presence of a large mass in the right iliac fossa that displaces the bladder toward the contralateral side.', 'R1903'],
    ['The patient shows worsening of the general condition with onset of abdominal and lumbar pain and in physical examination epigastric mass of 5 cm.', 'R1906'],
    // Written for the test.
    ['Ultrasound showed a 4 cm hepatic mass.', 'R160'],
    ['Palpable mass in the left iliac fossa.', 'R1904'],
    ['She noticed a painless mass in the left thigh.', 'R2242'],
    ['A firm mass in the right forearm.', 'R2231'],
    ['He presented with lymph node enlargement.', 'R599'], ['Generalized lymph node enlargement.', 'R591'],
    // 'Mass, specified organ NEC - see Disease, by site'. From ../shared/eval/charts-codiesp-dev.jsonl.
    ['Cystoscopy: a small solid mass in the bladder dome.', 'N3289'],
    ['Physical examination revealed a poorly defined 2 cm mass in the right parotid area, with no other significant findings.', 'K118'],
    ['On examination, a 12 cm right ovarian mass was observed.', 'N838'],
    // Written for the test.
    ['CT showed a 3 cm mass in the pancreas.', 'K8689'],
    ['Incidental left adrenal mass on CT.', 'E278'],
    ['Prostate nodule on digital rectal examination.', 'N402'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it("codes the neoplasm an organ's mass turned out to be, not the mass beside it", async () => {
    // Written for the test (mass-neoplasm.ts, Guidelines I.B.5).
    for (const [text, neoplasm, mass] of [
      ['Bladder mass. TURBT showed urothelial carcinoma of the bladder.', 'C679', 'N3289'],
      ['Pancreatic mass; biopsy showed adenocarcinoma of the pancreas.', 'C259', 'K8689'],
      ['Prostate nodule on examination. Biopsy: prostate adenocarcinoma, Gleason 7.', 'C61', 'N402'],
      ['CT C/A/P: multiple hepatic lesions c/w liver metastases. Adenocarcinoma of rectum with metastases to liver.', 'C787', 'K7689'],
    ]) {
      const codes = codesOf((await engine.suggest(text!, { setting: 'inpatient' })).suggestions);
      expect(codes, text).toContain(neoplasm);
      expect(codes, text).not.toContain(mass);
    }
    // A disorder of the organ named in other words stays beside its cancer.
    expect(codesOf((await engine.suggest('Neurogenic bladder and bladder cancer.', { setting: 'inpatient' })).suggestions)).toContain('N319');
  });

  it('does not read a mass denied on examination', async () => {
    const r = await engine.suggest('Abdomen soft, no mass in the right iliac fossa.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('R1903');
  });
});
