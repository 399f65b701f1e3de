/**
 * A chest port for chemotherapy, as US procedure notes name it: the reservoir set in a pocket cut under the skin of the
 * chest, its catheter tunneled to a central vein. ICD-10-PCS codes the device to the pocket's body part, Insertion of
 * Totally Implantable Vascular Access Device into Chest Subcutaneous Tissue and Fascia, Open (0JH60WZ: the pocket is
 * made through an incision); the catheter's vein is not coded apart. Joined to PROCEDURE_DEFAULTS, whose test checks
 * each code against the FY2026 codes file.
 */
export const VASCULAR_ACCESS: readonly [phrase: string, code: string][] = [
  ['chest port', '0JH60WZ'], ['port placement', '0JH60WZ'], ['port insertion', '0JH60WZ'], ['port-a-cath', '0JH60WZ'],
  ['portacath', '0JH60WZ'], ['port a cath', '0JH60WZ'], ['mediport', '0JH60WZ'], ['power port', '0JH60WZ'],
  ['implantable venous access port', '0JH60WZ'], ['totally implantable venous access device', '0JH60WZ'],
  ['implanted venous access port', '0JH60WZ'],
];
