import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);

// Index: 'Arthritis, rheumatoid M06.9', its sites at M06.8-; 'seronegative - see Arthritis, rheumatoid, without
// rheumatoid factor' (M06.0-).
describe('rheumatoid arthritis of a named joint', () => {
  it('is the site and side of M06.8-, not the M06.0- of a rheumatoid factor the chart does not call negative', async () => {
    const codes = await suggest('Rheumatoid arthritis of the right knee.');
    expect(codes).toContain('M06861');
    expect(codes).not.toContain('M06061');
    expect(await suggest('Rheumatoid arthritis with involvement of both hands.')).toEqual(expect.arrayContaining(['M06841', 'M06842']));
  });

  it('stays without rheumatoid factor where the chart says seronegative or writes the clause, with the site after it', async () => {
    expect(await suggest('Seronegative rheumatoid arthritis of the right knee.')).toContain('M06061');
    // The title's own wording: the site after the 'without' clause chooses among its siblings (refine.ts withoutType).
    expect(await suggest('Rheumatoid arthritis without rheumatoid factor, left hand.')).toContain('M06042');
  });

  it("reads 'rheumatoid factor negative' after the arthritis as its serology, not as the arthritis denied", async () => {
    const codes = await suggest('Rheumatoid arthritis of the right knee, rheumatoid factor negative.');
    expect(codes).toContain('M06061');
    expect(codes.filter((c) => c.startsWith('M05'))).toEqual([]);
  });

  // 'Arthritis, rheumatoid, seropositive - see Arthritis, rheumatoid, with rheumatoid factor' (M05.7- by site).
  it('is M05.7- by site where the chart says the rheumatoid factor positive, as one code', async () => {
    const codes = await suggest('Seropositive rheumatoid arthritis of the left wrist.');
    expect(codes).toContain('M05732');
    expect(codes).not.toContain('M059');
    expect(codes).not.toContain('M06832');
    expect(await suggest('Rheumatoid arthritis of the right knee, rheumatoid factor positive.')).toContain('M05761');
  });
});
