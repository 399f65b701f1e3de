import { describe, expect, it } from 'vitest';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** The extent of body surface burned or corroded (T31-T32), by tens of percent (Guidelines I.C.19.d.6). */
describe('burn extent through SuggestionEngine.suggest', () => {
  it.each([
    ['Burns on 30% of body surface, 10% full thickness.', 'T3131'],
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['A girl who had second degree burns in anterior region and posterior right thigh, right flank (25% of surface).', 'T3120'],
    ['Flame burns of 45% TBSA with 20% third-degree burns.', 'T3142'],
    ['Burns involving 80-89% of body surface with 50-59% third degree burns.', 'T3185'],
    ['Corrosions involving 90% or more of body surface with 20-29% third degree corrosion.', 'T3292'],
    ['Scald burns of 8% of body surface.', 'T310'],
    ['Burns involving less than 10% of body surface.', 'T310'],
    ['Burns involving 90% or more of body surface with 90% or more third degree burns.', 'T3199'],
  ])('"%s" -> %s', async (text, code) => {
    expect(view.indexOf(code)).toBeDefined();
    expect(await suggest(text)).toContain(code);
  });

  it('puts the extent read from the numbers in place of the one the same words name for another tens of percent', async () => {
    const codes = await suggest('Burns involving 60-69% of body surface with 20-29% third degree burns.');
    expect(codes[0]).toBe('T3162');
    expect(codes.filter((c) => /^T3[12]/.test(c))).toEqual(['T3162']);
  });

  it('reads no extent from a percentage of something else, nor without a burn', async () => {
    const codes = await suggest('Surgery by Mc Burney incision, observing a Meckel diverticulum with a wide base (> 50% of the intestinal diameter surface).');
    expect(codes.filter((c) => /^T3[12]/.test(c))).toEqual([]);
  });
});
