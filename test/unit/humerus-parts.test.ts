import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);

describe("a fracture of the upper end of the humerus by its parts (S42.22- to S42.24-, 'surgical neck')", () => {
  it("reads Neer's count of parts of the proximal humerus", async () => {
    expect(await suggest('Three-part fracture of the proximal right humerus.')).toContain('S42231A');
    expect(await suggest('A 4-part fracture of the left proximal humerus was treated with a reverse shoulder prosthesis.')).toContain('S42242A');
  });

  it('codes a 2-part fracture displaced unless it is said not to be', async () => {
    expect(await suggest('Two-part fracture of the surgical neck of the right humerus.')).toContain('S42221A');
    expect(await suggest('Nondisplaced two-part fracture of the surgical neck of the right humerus.')).toContain('S42224A');
  });

  it('leaves a fracture of the surgical neck without a count as it is', async () => {
    expect(await suggest('Fracture of the surgical neck of the left humerus.')).toContain('S42212A');
  });
});
