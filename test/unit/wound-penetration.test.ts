import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * An open wound of the trunk by the cavity it reached (wound-penetration.ts): the Index's 'Wound, open, abdomen, wall,
 * with penetration into peritoneal cavity S31.6-', the thorax's into the thoracic cavity (S21.3-, S21.4-). The words
 * of the wound alone read as the code without penetration, which these charts' clauses deny.
 */
describe('an open wound of the trunk by the cavity it reached', () => {
  it('reads penetration into the peritoneal cavity (S31.6-, was S31.1-)', async () => {
    const codes = await suggested('Laceration of the abdominal wall, left lower quadrant, with penetration into the peritoneal cavity.');
    expect(codes).toContain('S31614A');
    expect(codes).not.toContain('S31114A');
    expect(await suggested('Stab wound of the abdominal wall in the left lower quadrant with penetration into the peritoneal cavity.')).toContain('S31604A');
  });

  it('reads a wound of the thorax penetrating into the pleural cavity as into the thoracic cavity (S21.3-)', async () => {
    expect(await suggested('Laceration of the left front wall of the thorax penetrating into the pleural cavity.')).toContain('S21312A');
  });

  it('leaves a wound whose penetration is denied as the wound without it', async () => {
    const codes = await suggested('Stab wound of the abdominal wall which did not penetrate the peritoneum.');
    expect(codes).toContain('S31109A');
    expect(codes).not.toContain('S31609A');
    expect(await suggested('Laceration of the abdominal wall, left flank, without penetration into the peritoneal cavity.')).toContain('S31117A');
  });
});
