/**
 * Operations on the bones of the skull and face and on the salivary glands, as notes name them, with the code a coder
 * gives when the note says no more (joined into SURGERY_DEFAULTS: the open approach, the right side of a paired body
 * part, which the side the note names changes and without which the operation is not coded).
 */
export const HEAD_NECK_SURGERY: readonly [phrase: string, code: string][] = [
  // PCS Index: 'Craniectomy - see Excision, Head and Facial Bones 0NB': part of the skull is taken out.
  ['craniectomy', '0NB00ZZ'],
  // A suboccipital craniectomy opens the occipital bone, the more specific body part (guideline B3.8 reads the part
  // operated on).
  ['suboccipital craniectomy', '0NB70ZZ'],
  // A segmental or hemi-mandibulectomy takes part of one side's mandible (Excision); the PCS mandible is sided.
  ['mandibulectomy', '0NBT0ZZ'], ['hemimandibulectomy', '0NBT0ZZ'],
  // A superficial (suprafacial) or partial parotidectomy takes the lobe over the facial nerve: Excision; a total or
  // radical one, the whole gland: Resection (PCS Index: Parotidectomy - see Excision 0CB, see Resection 0CT).
  ['superficial parotidectomy', '0CB80ZZ'], ['suprafacial parotidectomy', '0CB80ZZ'], ['partial parotidectomy', '0CB80ZZ'],
  ['total parotidectomy', '0CT80ZZ'], ['radical parotidectomy', '0CT80ZZ'],
];
