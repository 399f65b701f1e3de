import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Fractures of a bone named alone, which the titles name with a part ('shaft of fibula', 'navicular [scaphoid] bone
 * of wrist', 'olecranon process ... of ulna'): each code is the Alphabetic Index's (see fracture-index.ts), its side
 * read from the sentence. They were an injury of unspecified body region (T14.8) before.
 */
describe('fractures of bones named alone, by the Index', () => {
  it.each([
    ['Fracture of the left fibula.', 'S82402A'],
    ['Left fibular fracture.', 'S82402A'],
    ['Fracture of the left scaphoid.', 'S62002A'],
    ['Fracture of the left fifth metatarsal.', 'S92352A'],
    ['Right olecranon fracture after a fall.', 'S52021A'],
    // The axis's dens and the atlas's burst fracture, written for the test in the words of trauma notes.
    ['CT C-spine: type II odontoid fracture.', 'S12110A'],
    ['Dens fracture after a fall from standing.', 'S12110A'],
    ['Nondisplaced odontoid fracture.', 'S12112A'],
    ['Type III dens fracture.', 'S12120A'],
    ['Jefferson fracture.', 'S1201XA'],
    ['C1 burst fracture.', 'S1201XA'],
  ])('%s -> %s', async (text, code) => {
    const codes = codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(codes).toContain(code);
    expect(codes).not.toContain('T148XXA');
  });
});

/** 'Contusion, cerebral' (injury-index.ts): the cerebrum's S06.33-, by its side where one is said (refine.ts). */
describe('contusions of the brain', () => {
  it.each([
    ['Cerebral contusion.', 'S0633AA'],
    ['Left frontal lobe contusion on CT.', 'S0632AA'],
    ['Right temporal lobe contusion.', 'S0631AA'],
    ['Cerebellar contusion.', 'S0637AA'],
  ])('%s -> %s', async (text, code) => {
    const codes = codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(codes).toContain(code);
    expect(codes).not.toContain('T148XXA');
  });
});
