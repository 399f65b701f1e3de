import { describe } from 'vitest';
import { eyeEarWording } from '../../src/core/search/icd9-eye-ear';
import { itFinds, itReads } from './search-cases';

describe('eyeEarWording', () => {
  itReads(eyeEarWording, [
    ['Retinal defect, unspecified', 'Retinal break, unspecified'],
    ['Recent retinal detachment, partial, with single defect', 'Recent retinal detachment, partial, with single break'],
    ['Recent retinal detachment, partial, with multiple defects', 'Recent retinal detachment, partial, with multiple breaks'],
    ['Retinal nerve fiber bundle defects', 'Retinal nerve fiber bundle defects'],
    ['Tympanosclerosis involving tympanic membrane only', 'tympanosclerosis'],
    ['Tympanoscler-all parts', 'tympanosclerosis'],
    ['Septal defect, unspecified', 'Septal defect, unspecified'],
    ['Neural hearing loss, bilateral', 'sensorineural hearing loss, bilateral'],
    ['Sensory hearing loss, unilateral', 'sensorineural hearing loss, unilateral'],
    ['Retinal microaneurysms NOS', 'Retinal micro-aneurysms NOS'],
  ]);

  itFinds([
    ['Retinal defect, unspecified', 'H33309'],
    ['Recent retinal detachment, partial, with multiple defects', 'H33029'],
    ['Tympanosclerosis involving tympanic membrane, ear ossicles, and middle ear', 'H7409'],
    ['Neural hearing loss, bilateral', 'H903'],
    ['Retinal microaneurysms NOS', 'H35049'],
  ], 5);
});

describe('eyeEarWording: middle ear adhesions, myringitis, ossicles, labyrinthine fistula, otalgia', () => {
  itReads(eyeEarWording, [
    ['Adhesions of drum head to incus', 'adhesive middle ear disease'],
    ['Adhesion tymp-promontor', 'adhesive middle ear disease'],
    ['Other middle ear adhesions and combinations', 'adhesive middle ear disease'],
    ['Adhesive middle ear disease, unspecified as to involvement', 'Adhesive middle ear disease, unspecified as to involvement'],
    ['Chronic myringitis without mention of otitis media', 'Chronic myringitis'],
    ['Impaired mobility of malleus', 'ankylosis of ear ossicles'],
    ['Semicircul canal fistula', 'labyrinthine fistula'],
    ['Otogenic pain', 'otalgia'],
  ]);

  itFinds([
    ['Adhesions of drum head to stapes', 'H7419'],
    ['Adhesion tympanum-incus', 'H7419'],
    ['Acute myringitis without mention of otitis media', 'H73009'],
    ['Impaired mobility of other ear ossicles', 'H74319'],
    ['Semicircular canal fistula', 'H8319'],
    ['Otogenic pain', 'H9209'],
  ]);
});
