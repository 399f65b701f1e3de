/**
 * Cerebral infarctions as stroke notes name them by the territory or the part of the brain ('R MCA infarct', 'acute L
 * thalamic infarct', 'cerebellar infarct'), which the engine read as nothing or, for 'embolic infarcts in L MCA
 * territory', an embolism of a limb's arteries: Index 'Infarct, infarction, cerebral (see also Occlusion, artery,
 * cerebral or precerebral, with infarction) I63.9'; 'cerebellar - see Infarct, cerebral'; 'brain (stem) - see Infarct,
 * cerebral'; a lacunar one is I63.81's inclusion term, read from its title. The artery, its side and the mechanism named then refine I63.9 (stroke-artery.ts). Joined to
 * INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
const TERRITORIES = ['mca', 'aca', 'pca', 'middle cerebral artery', 'cerebral', 'brain', 'cerebellar', 'brainstem', 'brain stem', 'pontine', 'thalamic', 'basal ganglia', 'embolic', 'cardioembolic'];

export const STROKE_INDEX: readonly [phrase: string, code: string][] = [
  ...TERRITORIES.flatMap((where): [string, string][] => [[`${where} infarct`, 'I639'], [`${where} infarcts`, 'I639'], [`${where} stroke`, 'I639']]),
  ['mca infarction', 'I639'], ['cerebellar infarction', 'I639'], ['brainstem infarction', 'I639'], ['thalamic infarction', 'I639'],
];
