/**
 * Alphabetic Index entries of the nervous system (G00-G99) and of mental and behavioural disorders (F01-F99) whose code
 * the titles word otherwise: the Index's main term is what charts write ('Herniation, brain', 'Empyema, subdural',
 * 'Addiction, drug', 'Tetraparesis'), the title another ('Compression of brain', 'Extradural and subdural abscess',
 * 'Other psychoactive substance dependence', 'Quadriplegia'). Joined to INDEX_DEFAULTS, whose test checks each code
 * against the FY2026 set.
 */
export const NEURO_MENTAL_INDEX: readonly [phrase: string, code: string][] = [
  // 'Herniation, brain (stem) G93.5; cerebral G93.5': the herniations neuroradiology names by the fold crossed.
  ['brain herniation', 'G935'], ['cerebral herniation', 'G935'], ['transtentorial herniation', 'G935'],
  ['uncal herniation', 'G935'], ['subfalcine herniation', 'G935'], ['subfalcial herniation', 'G935'],
  // 'Edema, brain G93.6' (the title says 'cerebral'); 'encephalic' is the Spanish 'encefálico' as translated.
  ['brain edema', 'G936'], ['edema of the brain', 'G936'], ['encephalic edema', 'G936'],
  // 'Encephalopathy, hypoxic - see Damage, brain, anoxic' (G93.1); 'postanoxic' the same damage named after the event.
  ['hypoxic encephalopathy', 'G931'], ['anoxic encephalopathy', 'G931'], ['postanoxic encephalopathy', 'G931'],
  ['post-anoxic encephalopathy', 'G931'],
  // 'Empyema, subdural - see Abscess, subdural'; 'extradural - see Abscess, extradural' (G06.2); 'Abscess, epidural,
  // spinal cord G06.1'. The bare 'empyema' is the pleura's (J86.9), which the site named here replaces.
  ['subdural empyema', 'G062'], ['epidural empyema', 'G062'], ['extradural empyema', 'G062'],
  ['subdural abscess', 'G062'], ['epidural abscess', 'G062'], ['extradural abscess', 'G062'],
  ['spinal epidural abscess', 'G061'], ['spinal epidural empyema', 'G061'],
  // 'Tetraplegia - see Quadriplegia'; 'Paresis - see also Paralysis' (G82.50).
  ['tetraparesis', 'G8250'], ['tetraplegia', 'G8250'], ['quadriparesis', 'G8250'],
  // 'Addiction - see also Dependence; drug - see Dependence, drug' (F19.20), the substance unnamed.
  ['drug addict', 'F1920'], ['drug addiction', 'F1920'], ['addict to parenteral drugs', 'F1920'],
  ['parenteral drug addict', 'F1920'], ['intravenous drug addict', 'F1920'],
  // 'Dependence, drug, in remission F19.21': a former addict, as the chart says it.
  ['ex-addict', 'F1921'], ['ex-addict to parenteral drugs', 'F1921'], ['former drug addict', 'F1921'],
  // 'Delirium, tremens (alcohol-induced) F10.231'; the bare 'delirium' stays R41.0 as the Index gives it.
  ['delirium tremens', 'F10231'],
  // 'Deficiency, mental - see Disability, intellectual' (F79); 'Deficit - see also Deficiency'.
  ['mental deficiency', 'F79'], ['intellectual deficiency', 'F79'], ['intellectual deficit', 'F79'],
  // 'Impairment, cognitive, mild, so stated G31.84'; the bare 'cognitive impairment' has no Index default here.
  ['mild cognitive impairment', 'G3184'],
  // 'Anxiety, depression (mild or not persistent) F41.8', the mixed anxiety and depressive disorder of its inclusion
  // terms: the compound adjective names one disorder, not depression (F32.A) and anxiety (F41.9) apart.
  ['anxious-depressive syndrome', 'F418'], ['anxiety-depressive syndrome', 'F418'], ['anxious-depressive disorder', 'F418'],
  ['anxiety-depressive disorder', 'F418'], ['anxiety depression', 'F418'],
  // 'Pseudotumor, orbital H05.11-' (the side refined); the bare 'pseudotumor' stays the Index's cerebri (G93.2).
  ['orbital pseudotumor', 'H05119'], ['pseudotumor of the orbit', 'H05119'],
];
