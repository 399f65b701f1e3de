/**
 * The adjective charts name a bone by, for the Table of Neoplasms' rows under 'bone' ('femoral' for 'femur'). Written
 * from anatomy: each is the bone, and only the bone, when a part of a bone follows it.
 */
const BONE_ADJECTIVES: Record<string, string> = {
  femur: 'femoral', humerus: 'humeral', ilium: 'iliac', vertebra: 'vertebral', tibia: 'tibial', fibula: 'fibular',
  radius: 'radial', ulna: 'ulnar', scapula: 'scapular', clavicle: 'clavicular', sternum: 'sternal', mandible: 'mandibular',
  calcaneus: 'calcaneal', sacrum: 'sacral', ischium: 'ischial', pubic: 'pubic', rib: 'costal', patella: 'patellar',
  acetabulum: 'acetabular', metacarpus: 'metacarpal', metatarsus: 'metatarsal',
};

/**
 * Parts of a bone. 'Neck', 'head' and 'body' are also rows of their own in the Table (C76.0, C79.89), which a chart's
 * 'femoral neck' or 'vertebral body' is not: the part belongs to the bone named before it.
 */
const PARTS = [
  'head', 'neck', 'shaft', 'body', 'crest', 'wing', 'condyle', 'tuberosity', 'trochanter', 'ramus', 'pedicle', 'lamina',
  'plateau', 'diaphysis', 'metaphysis', 'epiphysis', 'cortex', 'angle', 'arch',
];

/**
 * 'Metastasis in the femoral neck' is a secondary of bone (C79.51), as 'Neoplasm, bone, femur (any part)' reads: for a
 * row under 'bone' whose bone charts name by an adjective, the row's words for each column followed by the adjective
 * and a part ('secondary malignant neoplasm femoral neck').
 */
export function* bonePartPhrases(path: readonly string[], cells: readonly { code: string; words: string }[]): Generator<[string, string]> {
  if (path.length !== 3 || !/^bone\b/.test(path[1]!)) return;
  const adjective = BONE_ADJECTIVES[path[2]!.replace(/\(.*$/, '').trim()];
  if (!adjective) return;
  for (const part of PARTS) for (const { code, words } of cells) yield [code, `${words} ${adjective} ${part}`];
}
