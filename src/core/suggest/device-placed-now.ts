import type { Suggestion } from '../types';
import type { Finding } from './assemble';

/**
 * A status code says a device was already in the patient (Z95.0 'Presence of cardiac pacemaker', Z95.5 'Presence of
 * coronary angioplasty implant and graft'); the device put in during this stay is the procedure coded for it, not a
 * status (Coding Clinic: no Z95.5 for the stent inserted during the current admission). An operative note's 's/p
 * dual-chamber PPM' or 'NSTEMI - s/p PCI w/ DES' is that procedure, read once as its ICD-10-PCS code.
 */
const PLACED_AS: readonly [status: string, procedure: RegExp][] = [
  // Dilation of a coronary artery with an intraluminal device, drug-eluting or not (027, sixth character 4-7, D-G).
  ['Z955', /^027[0-3].[4-7D-G]/],
  // Bypass of coronary arteries (021).
  ['Z951', /^021[0-3]/],
  // A pacemaker generator (single, rate responsive, dual chamber, resynchronization) into the chest or the abdomen.
  ['Z950', /^0JH[68][03][4-7]/],
  // A defibrillator generator, or one that resynchronizes: Z95.810 'Presence of automatic (implantable) cardiac defibrillator'.
  ['Z95810', /^0JH[68][03][89]/],
  // A heart valve replaced now (02R, aortic F, mitral G, pulmonary H, tricuspid J): Z95.2 is the valve of an earlier stay.
  ['Z952', /^02R[F-J]/],
  // Not a device, the same rule: the limb amputated in this stay is the Detachment coded for it, not an acquired
  // absence (Z89.-, 'status post' an amputation of an earlier encounter): below and above the knee, the elbow.
  ['Z89511', /^0Y6H/], ['Z89512', /^0Y6J/], ['Z89611', /^0Y6C/], ['Z89612', /^0Y6D/],
  ['Z89211', /^0X6D/], ['Z89212', /^0X6F/], ['Z89221', /^0X68/], ['Z89222', /^0X69/],
];

/** The findings without the status of a device whose insertion the procedures code. */
export function withoutDevicesPlacedNow(findings: Finding[], procedures: readonly Suggestion[]): Finding[] {
  const placed = new Set(PLACED_AS.filter(([, procedure]) => procedures.some((p) => p.set === 'icd10pcs' && procedure.test(p.code))).map(([status]) => status));
  return placed.size === 0 ? findings : findings.filter((f) => !placed.has(f.code));
}
