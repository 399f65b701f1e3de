import { describe } from 'vitest';
import { woundSiteWording } from '../../src/core/search/icd9-wound-sites';
import { itFinds, itReads } from './search-cases';

describe('woundSiteWording', () => {
  itReads(woundSiteWording, [
    ['Open wound of axillary region unspecified open wound', 'Open wound of shoulder unspecified open wound'],
    ['Open wound of scapular region laceration with foreign body', 'Open wound of shoulder laceration with foreign body'],
    ['Open wound of buccal mucosa unspecified open wound', 'Open wound of oral cavity unspecified open wound'],
    ['Open wound of tongue and floor of mouth unspecified open wound', 'Open wound of oral cavity unspecified open wound'],
    ['Open wound of mouth, unspecified site laceration with foreign body', 'Open wound of oral cavity laceration with foreign body'],
    ['Open wound of forehead unspecified open wound', 'Open wound of other part of head unspecified open wound'],
    ['Open wound of auditory canal laceration with foreign body', 'Open wound of ear laceration with foreign body'],
    ['Open wound of ear drum laceration with foreign body', 'traumatic rupture of ear drum'],
    ['Open wound of cochlea unspecified open wound', 'unspecified injury of middle and inner ear'],
    ['Open wound of scalp unspecified open wound', 'Open wound of scalp unspecified open wound'],
  ]);

  itFinds([
    ['Open wound of ossicles, without mention of complication', 'S09309A'],
    ['Open wound of ear drum, complicated', 'S0920XA'],
    ['Open wound of forehead, without mention of complication', 'S0180XA'],
    ['Open wound of scapular region, without mention of complication', 'S41009A'],
    ['Open wound of chest (wall), complicated', 'S21129A'],
    ['Open wound of mouth, unspecified site, complicated', 'S01522A'],
  ], 5);
});
