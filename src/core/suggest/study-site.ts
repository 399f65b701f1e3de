import type { ConceptMatch } from './concept-index';
import { REPORTED } from './imaging-spread';
import type { Placed } from './not-a-finding';

/** The imaging studies a report names by the region they look at ('abdominal ultrasound', 'cranial CT'). */
const STUDY = /\b(?:ultrasound|ultrasonography|echography|ct|tomography|scan|x-?rays?|xr|radiograph\w*|mri|resonance)\b/i;

/** A study's name right after a region's word: 'chest X-ray', 'head CT', 'abdominal ultrasound'. */
const STUDY_AFTER = new RegExp(String.raw`^[\s-]*(?:${STUDY.source})`, 'i');

/** Whether the words just after a site name the imaging study that looked there ('chest' in 'the chest X-ray showed'). */
export const namesStudy = (text: string, siteEnd: number): boolean => STUDY_AFTER.test(text.slice(siteEnd, siteEnd + 20));

/**
 * Whether a finding takes its site from the study that found it: in 'Abdominal CT showed a mass in the left kidney'
 * the abdomen is where the study looked and the kidney where the mass lies (N28.89), not an abdominal mass (R19.00).
 * Read so only where the words after the study's report make a finding of their own; 'Abdominal CT showed a mass'
 * names no other site and stays an abdominal mass.
 */
export function takesSiteOfStudy(text: string, match: ConceptMatch, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  const { positions } = match;
  for (let i = 1; i < positions.length; i++) {
    const site = termsAt.get(positions[i - 1]!)!;
    const gap = text.slice(site.end, termsAt.get(positions[i]!)!.start);
    const study = STUDY.exec(gap);
    // A study's label before its site ('XR L wrist: displaced Colles fracture of left distal radius').
    const labelled = !study && STUDY.test(text.slice(Math.max(0, site.start - 12), site.start)) && REPORTED.test(gap);
    if (!labelled && (!study || !REPORTED.test(gap.slice(study.index + study[0].length)))) continue;
    const next = positions[i]!;
    return all.some((o) => o !== match && o.positions.includes(next) && o.positions.every((p) => p >= next));
  }
  return false;
}
