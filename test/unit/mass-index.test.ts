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
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it('does not read a mass denied on examination', async () => {
    const r = await engine.suggest('Abdomen soft, no mass in the right iliac fossa.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('R1903');
  });
});
