/**
 * ICD-9 eye and ear wording in ICD-10-CM's. ICD-9's retinal 'defects' (361.0-361.3) are ICD-10-CM's retinal breaks
 * (H33.0-, H33.3-); ICD-9 divided tympanosclerosis by the parts involved (385.0-), which ICD-10-CM does not (H74.0-
 * by ear only), so the parts would only lead to other disorders of the tympanic membrane or ossicles. ICD-9's
 * sensory and neural hearing loss (389.11-389.17) are ICD-10-CM's sensorineural hearing loss (H90.3-H90.5).
 */
import { everyRule, type Rules } from './icd9-rules';

const RETINA = /\bretina\w*/i;
const RETINAL_BREAKS: Rules = [
  [/\b(retinal|single|multiple) defect\b(?!\s+\w+\s+defect)/gi, '$1 break'],
  [/\b(retinal|single|multiple) defects\b/gi, '$1 breaks'],
];

const TYMPANOSCLEROSIS = /\b(tympanosclerosis|tympanoscler|tympanoscl)\b.*$/i;

const SENSORY_OR_NEURAL = /\b(sensory|neural) hearing loss\b/gi;

/**
 * ICD-9 divided adhesive middle ear disease (385.1-) by what the drum head (tympanum) is stuck to: the incus, the
 * stapes, the promontorium, or several. ICD-10-CM's H74.1- divides it by ear only; the ossicle's name led to
 * adhesions elsewhere (K66.0 peritoneal) or to other disorders of the ossicles.
 */
const MIDDLE_EAR_ADHESIONS = /^\s*(adhesions? (of )?(drum head|tympanum|tymp)\b|(other )?middle ear adhesions\b).*$/i;

/** ICD-10-CM's myringitis (H73.0-, H73.1-) is without otitis media unless it says so: the words found otitis media. */
const WITHOUT_OTITIS_MEDIA = /,?\s*without mention of otitis media\b/gi;

/**
 * ICD-9 ear conditions by the Index's ICD-10-CM names: an ossicle's impaired mobility (385.21-385.24) is ankylosis
 * of ear ossicles (H74.31-), a fistula of the semicircular canal or a window (386.41-386.43) a labyrinthine fistula
 * (H83.1-), otogenic pain (388.71) otalgia (H92.0-).
 */
const EAR_RENAMED: Rules = [
  [/\bimpaired mobility of (the )?(malleus|incus|stapes|other ear ossicles|ear ossicles)\b/gi, 'ankylosis of ear ossicles'],
  [/\b(semicircular canal|semicircul canal|round window|oval window) fistula\b/gi, 'labyrinthine fistula'],
  [/\botogenic pain\b/gi, 'otalgia'],
];

/** ICD-10-CM hyphenates the retina's micro-aneurysms (H35.04-). */
const MICROANEURYSM = /\bmicroaneurysm/gi;

/** Retinal defects and micro-aneurysms, middle ear adhesions, myringitis, tympanosclerosis and hearing loss in ICD-10-CM words; other text unchanged. */
export function eyeEarWording(text: string): string {
  if (MIDDLE_EAR_ADHESIONS.test(text)) return 'adhesive middle ear disease';
  if (TYMPANOSCLEROSIS.test(text)) return text.replace(TYMPANOSCLEROSIS, 'tympanosclerosis');
  text = everyRule(text, EAR_RENAMED).replace(WITHOUT_OTITIS_MEDIA, '').replace(SENSORY_OR_NEURAL, 'sensorineural hearing loss').replace(MICROANEURYSM, 'micro-aneurysm');
  return RETINA.test(text) ? everyRule(text, RETINAL_BREAKS) : text;
}
