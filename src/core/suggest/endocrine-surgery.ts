/**
 * Operations on the thyroid and the parathyroid glands as surgeons name them, with the code a coder gives when the
 * note says no more (joined into SURGERY_DEFAULTS: the open approach, the right side of a sided body part, which the
 * side the note names changes and without which the operation is not coded). Each thyroid lobe and each parathyroid
 * gland is a PCS body part of its own (0GT: G left lobe, H right lobe, J isthmus; L-P the four parathyroids by side
 * and pole, Q several, R one not placed); taking out a whole lobe or gland is a Resection (guideline B3.8).
 */
export const ENDOCRINE_SURGERY: readonly [phrase: string, code: string][] = [
  // A thyroid lobectomy takes out one lobe, the hemithyroidectomy's body part; the isthmus is a body part apart.
  ['thyroid lobectomy', '0GTH0ZZ'], ['isthmusectomy', '0GTJ0ZZ'], ['thyroid isthmusectomy', '0GTJ0ZZ'],
  // A parathyroidectomy of one gland not placed is of Parathyroid Gland (R); the gland by its pole takes the side the
  // note names. A subtotal one (three and a half glands) or a total one takes out several (Q).
  ['parathyroidectomy', '0GTR0ZZ'], ['superior parathyroidectomy', '0GTL0ZZ'], ['inferior parathyroidectomy', '0GTN0ZZ'],
  ['subtotal parathyroidectomy', '0GTQ0ZZ'], ['total parathyroidectomy', '0GTQ0ZZ'],
  // Autotransplantation moves a gland's tissue to a new place (the forearm, the sternocleidomastoid): PCS Index
  // 'Autotransplantation - see Reposition'.
  ['parathyroid autotransplantation', '0GSR0ZZ'], ['autotransplantation of parathyroid', '0GSR0ZZ'],
];
