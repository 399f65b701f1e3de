import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs } from './us-note-fixture';

const engine = await realEngine();
const ribsOf = async (text: string) => (await codedAs(engine, text, 'inpatient')).codes.filter((c) => c.startsWith('S22'));

/** More than one broken rib is 'Fracture, rib, multiple' S22.4-, by side; both sides S22.43-. */
describe('fractures of more than one rib', () => {
  it.each([
    ['Left rib fractures after a fall.', ['S2242XA']],
    ['CT chest: fractures of left ribs 4-6.', ['S2242XA']],
    ['Bilateral rib fractures.', ['S2243XA']],
    ['Right 5th rib fracture.', ['S2231XA']],
    ['Right 5th rib fracture and left clavicle fractures.', ['S2231XA']],
  ])('%s -> %s', async (text, codes) => {
    expect(await ribsOf(text)).toEqual(codes);
  });
});
