import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'outpatient' })).suggestions);

/**
 * Skin neoplasms by the region of skin named (skin-neoplasm-site.ts; Index: Melanoma, skin, by site; Carcinoma, basal
 * cell / squamous cell - see Neoplasm, skin; Nevus - see Neoplasm, skin, benign; FY2026 C43, C44, D03, D04, D22, D23).
 */
describe('a skin neoplasm coded by its region and side', () => {
  it.each([
    ['Malignant melanoma of the left shoulder.', 'C4362'],
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['A 44-year-old woman presented with a history of nodular malignant cutaneous melanoma on her left shoulder.', 'C4362'],
    ['Melanoma of the back, Breslow 1.2 mm.', 'C4359'],
    ['Superficial spreading melanoma, right calf.', 'C4371'],
    ['Basal cell carcinoma of the upper back.', 'C44519'],
    ['Superficial BCC, right forearm.', 'C44612'],
    ['Squamous cell carcinoma of the left shoulder.', 'C44629'],
    ['Cutaneous squamous cell carcinoma of the back.', 'C44529'],
    ['Nodular BCC of the left helix.', 'C44219'],
    ['Melanoma in situ of the left cheek.', 'D0339'],
    ['Dysplastic nevus of the right upper back.', 'D225'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    // No second code for the same tumour: not the unspecified skin (C43.9, C44.9-), nor the region NEC (C76.-).
    expect(found.filter((c) => /^(?:C4[34]|C76|D0[34]|D2[23])/.test(c))).toEqual([code]);
  });

  it('leaves a site that is no skin to its own rows', async () => {
    expect(await suggest('Squamous cell carcinoma of the right lung.')).not.toContain('C44529');
    expect(await suggest('SCC of the lower lip.')).toContain('C001');
    expect(await suggest('Choroidal melanoma of the left eye.')).toContain('C6932');
    // 'came back' is no place: the melanoma's skin is not named.
    expect(await suggest('Biopsy came back positive for melanoma.')).toEqual(['C439']);
  });
});
