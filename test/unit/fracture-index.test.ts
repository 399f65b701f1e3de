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
  ])('%s -> %s', async (text, code) => {
    const codes = codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(codes).toContain(code);
    expect(codes).not.toContain('T148XXA');
  });
});
