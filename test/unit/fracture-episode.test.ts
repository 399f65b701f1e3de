import { describe, expect, it } from 'vitest';
import { fractureDetails } from '../../src/core/suggest/fracture-episode';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);
/** The details read for the fracture whose words are `fracture` in `text`. */
const details = (text: string, fracture: string) => {
  const start = text.indexOf(fracture);
  return fractureDetails(text, [{ start, end: start + fracture.length }]);
};

describe('the 7th character of a fracture (Guidelines I.C.19.a, I.C.19.c.1)', () => {
  it('codes an open fracture B, Gustilo type III C, where the category has open types', async () => {
    expect(await suggest('Open fracture of the right tibial shaft after a motorcycle accident.')).toContain('S82201B');
    expect(await suggest('He presented with a compound fracture of the left femoral shaft.')).toContain('S72302B');
    expect(await suggest('Exposed fracture of the right tibia and fibula, Gustilo IIIA.')).toContain('S82201C');
    expect(await suggest('Gustilo type IIIB open fracture of the left tibia.')).toContain('S82202C');
    // S02 has no open types: any open fracture is B.
    expect(await suggest('Open fracture of the nasal bones.')).toContain('S022XXB');
  });

  it("does not read 'open reduction' or the pelvis's 'open book' as an open fracture", async () => {
    expect(await suggest('Open reduction and internal fixation of the fracture of the right femur was performed.')).toContain('S7291XA');
    expect(details('Open book pelvic fracture after a fall.', 'pelvic fracture').open).toBeUndefined();
  });

  it('gives each fracture of a sentence the open or closed word beside it', () => {
    const text = 'The patient had an open fracture of the right tibial shaft and a closed fracture of the left radius.';
    expect(details(text, 'fracture of the right tibial shaft').open).toBe('open');
    expect(details(text, 'fracture of the left radius').open).toBe('closed');
  });

  it('takes the Gustilo type only where the word Gustilo or open says it, not another classification', () => {
    expect(details('Garden type III fracture of the neck of the right femur.', 'fracture of the neck').open).toBeUndefined();
    expect(details('An open fracture type II of the left tibia.', 'fracture type II of the left tibia').open).toBe('I-II');
  });

  it('codes nonunion, malunion and delayed healing as subsequent care with them (K, P, G)', async () => {
    expect(await suggest('Eight months later the radiograph showed nonunion of the fracture of the left humeral shaft.')).toContain('S42392K');
    expect(await suggest('Pseudarthrosis of the right clavicle fracture.')).toContain('S42001K');
    expect(await suggest('Fracture of the left clavicle that healed with vicious callus.')).toContain('S42002P');
    expect(await suggest('Fracture of the right femur, malunited, with shortening of the limb.')).toContain('S7291XP');
    expect(await suggest('Delayed union of a fracture of the right tibial shaft.')).toContain('S82201G');
    // M80.0- and M84.- have A D G K P S.
    expect(await suggest('Pathological fracture of the right femur with nonunion, in a patient with osteoporosis.')).toContain('M80051K');
  });

  it('leaves a denied nonunion and the pseudarthrosis of a fusion out', async () => {
    expect(await suggest('Follow-up X-ray of the right distal radius fracture showed no signs of nonunion.')).toContain('S52501A');
    expect(details('Pseudarthrosis after lumbar fusion, with an old fracture of the L1 vertebra.', 'fracture of the L1 vertebra').healing).toBeUndefined();
  });
});
