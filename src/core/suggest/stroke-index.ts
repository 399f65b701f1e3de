/**
 * Cerebral infarctions as stroke notes name them by the territory or the part of the brain ('R MCA infarct', 'acute L
 * thalamic infarct', 'cerebellar infarct'), which the engine read as nothing or, for 'embolic infarcts in L MCA
 * territory', an embolism of a limb's arteries: Index 'Infarct, infarction, cerebral (see also Occlusion, artery,
 * cerebral or precerebral, with infarction) I63.9'; 'cerebellar - see Infarct, cerebral'; 'brain (stem) - see Infarct,
 * cerebral'; a lacunar one is I63.81's inclusion term, read from its title. The artery, its side and the mechanism named then refine I63.9 (stroke-artery.ts). Joined to
 * INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
const PARTS = ['cerebral', 'brain', 'cerebellar', 'brainstem', 'brain stem', 'pontine', 'thalamic', 'basal ganglia', 'embolic', 'cardioembolic'];
/**
 * An artery's territory is its 'occlusion or stenosis' code of an unspecified side ('Infarct, cerebral, due to
 * occlusion or stenosis of cerebral arteries, middle I63.51-'), the side and an embolism or thrombosis read after.
 */
const ARTERIES: [name: string, code: string][] = [
  ['mca', 'I63519'], ['middle cerebral artery', 'I63519'], ['aca', 'I63529'], ['anterior cerebral artery', 'I63529'],
  ['pca', 'I63539'], ['posterior cerebral artery', 'I63539'],
];
const WORDS = ['infarct', 'infarcts', 'stroke', 'infarction'];

export const STROKE_INDEX: readonly [phrase: string, code: string][] = [
  ...PARTS.flatMap((where) => WORDS.map((word): [string, string] => [`${where} ${word}`, 'I639'])),
  ...ARTERIES.flatMap(([artery, code]) => WORDS.map((word): [string, string] => [`${artery} ${word}`, code])),
  // Bleeds named by the part of the brain (Index: 'Hemorrhage, intracerebral, brain stem I61.3; deep I61.0; cortical
  // I61.1'), which 'hemorrhage' alone reads as R58.
  ['pontine hemorrhage', 'I613'],
  ['thalamic hemorrhage', 'I610'], ['basal ganglia hemorrhage', 'I610'], ['putaminal hemorrhage', 'I610'],
  ['lobar hemorrhage', 'I611'],
  // 'Infarct, cerebral, old (without sequelae) Z86.73': an old or remote stroke is a past one, its deficits named beside
  // it its sequelae ('Hemiplegia of right dominant side d/t old CVA' I69.351, stroke-sequela.ts).
  ...['old', 'remote'].flatMap((when) => ['cva', 'stroke', 'cerebral infarction', 'cerebral infarct', 'cerebrovascular accident'].map((word): [string, string] => [`${when} ${word}`, 'Z8673'])),
];
