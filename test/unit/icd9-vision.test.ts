import { describe } from 'vitest';
import { visionWording } from '../../src/core/search/icd9-vision';
import { itFinds, itReads } from './search-cases';

describe('visionWording', () => {
  itReads(visionWording, [
    ['Better eye: profound vision impairment; lesser eye: total vision impairment', 'blindness, both eyes category 3, category 5'],
    ['Better eye: near-total vision impairment; lesser eye: not further specified', 'blindness, both eyes'],
    ['Better eye: severe vision impairment; lesser eye: blind, not further specified', 'blindness, one eye, low vision other eye'],
    ['Better eye: moderate vision impairment; lesser eye: near-total vision impairment', 'blindness, one eye, low vision other eye category 1, category 4'],
    ['Better eye: moderate vision impairment; lesser eye: severe vision impairment', 'low vision, both eyes category 1, category 2'],
    ['Better eye: severe vision impairment; lesser eye: not further specified', 'low vision, both eyes'],
    ['One eye: total vision impairment; other eye: near-normal vision', 'blindness, one eye'],
    ['One eye: moderate vision impairment; other eye: not specified', 'low vision, one eye'],
    ['Moderate or severe impairment, better eye, impairment level not further specified', 'Moderate or severe impairment, better eye, impairment level not further specified'],
  ]);

  itFinds([
    ['Better eye: total vision impairment; lesser eye: total vision impairment', 'H540X55'],
    ['Better eye: severe vision impairment; lesser eye: blind, not further specified', 'H5410'],
    ['Better eye: moderate vision impairment; lesser eye: moderate vision impairment', 'H542X11'],
    ['One eye: profound vision impairment; other eye: not specified', 'H5440'],
  ], 5);
});
