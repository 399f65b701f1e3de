/**
 * Procedures on the brain's arteries as stroke notes name them, with the ICD-10-PCS code a coder gives (joined into
 * SURGERY_DEFAULTS). A stroke thrombectomy is done through a catheter from the groin or the wrist: Extirpation of
 * matter from the intracranial artery, percutaneous approach (03CG3ZZ). The PCS Body Part Key files the middle,
 * anterior and posterior cerebral arteries and the basilar artery under 'Intracranial Artery'. Only a thrombectomy
 * said with one of those arteries is read so: 'mechanical thrombectomy' alone is as often a limb's or the lung's.
 * A hematoma's evacuation takes out the clotted blood of the space it lies in (Extirpation of matter), through burr
 * holes or a craniotomy alike, both the open approach: subdural 00C40ZZ, epidural 00C30ZZ.
 */
const INTRACRANIAL_ARTERIES = [
  'mca', 'middle cerebral artery', 'aca', 'anterior cerebral artery', 'pca', 'posterior cerebral artery', 'basilar artery',
  'basilar', 'm1', 'm2', 'intracranial artery', 'cerebral artery',
];
const THROMBECTOMY = '03CG3ZZ';

export const NEURO_SURGERY: readonly [phrase: string, code: string][] = [
  ...INTRACRANIAL_ARTERIES.flatMap((artery): [string, string][] => [
    [`${artery} thrombectomy`, THROMBECTOMY], [`thrombectomy of ${artery}`, THROMBECTOMY],
    [`thrombectomy of the ${artery}`, THROMBECTOMY],
  ]),
  ['intracranial thrombectomy', THROMBECTOMY], ['cerebral thrombectomy', THROMBECTOMY],
  ...['subdural', 'epidural'].flatMap((space): [string, string][] => {
    const code = space === 'subdural' ? '00C40ZZ' : '00C30ZZ';
    return [
      [`evacuation of ${space} hematoma`, code], [`evacuation of the ${space} hematoma`, code], [`${space} hematoma evacuation`, code],
      [`evacuation of chronic ${space} hematoma`, code], [`evacuation of acute ${space} hematoma`, code],
    ];
  }),
  ['sdh evacuation', '00C40ZZ'], ['evacuation of sdh', '00C40ZZ'],
];
