import type { Finding } from './assemble';

/** Retinal hemorrhage (H35.6-) and retinal microaneurysms (H35.04-): what a fundus examination sees of a retinopathy. */
const RETINAL_SIGN = /^H35(?:6|04)/;

/**
 * The retinopathies those are the signs of: diabetic retinopathy by type (E08-E13 .31-.35, 'Diabetes, with,
 * retinopathy') and the background, exudative and hypertensive retinopathies (H35.00, H35.02-, H35.03-).
 */
const RETINOPATHY = /^(?:E(?:0[89]|1[013])3[1-5]|H350[023])/;

/**
 * The hemorrhages and microaneurysms of a retina examination where the note diagnoses the retinopathy they show ('Scattered
 * dot-blot hemorrhages and microaneurysms OU ... Moderate NPDR'): signs routinely part of the disease are not coded
 * beside it (Guidelines I.B.5); their evidence joins the retinopathy's.
 */
export function foldRetinopathySigns(findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    if (!RETINAL_SIGN.test(f.code)) return true;
    const retinopathy = findings.find((o) => o !== f && o.context === 'affirmed' && RETINOPATHY.test(o.code));
    if (!retinopathy) return true;
    retinopathy.evidence.push(...f.evidence);
    return false;
  });
}
