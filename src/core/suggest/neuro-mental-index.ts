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
  // 'Encephalopathy, toxic G92.9; metabolic G92.8': a toxic metabolic encephalopathy is G92.8's inclusion term, not the
  // unspecified toxic one the words 'toxic' and 'encephalopathy' give.
  ['toxic metabolic encephalopathy', 'G928'], ['toxic-metabolic encephalopathy', 'G928'],
  // 'Empyema, subdural - see Abscess, subdural'; 'extradural - see Abscess, extradural' (G06.2); 'Abscess, epidural,
  // spinal cord G06.1'. The bare 'empyema' is the pleura's (J86.9), which the site named here replaces.
  ['subdural empyema', 'G062'], ['epidural empyema', 'G062'], ['extradural empyema', 'G062'],
  ['subdural abscess', 'G062'], ['epidural abscess', 'G062'], ['extradural abscess', 'G062'],
  ['spinal epidural abscess', 'G061'], ['spinal epidural empyema', 'G061'],
  // 'Abscess, brain (any part) G06.0': a lobe only the brain has names it ('frontal lobe abscess', not the skin's L02.91).
  ['frontal lobe abscess', 'G060'], ['temporal lobe abscess', 'G060'], ['parietal lobe abscess', 'G060'],
  ['occipital lobe abscess', 'G060'],
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
  // 'Maintenance, methadone F11.20': a patient kept on methadone is opioid dependent (Guidelines I.C.5.b.1 aside).
  ['methadone maintenance', 'F1120'], ['methadone maintenance therapy', 'F1120'], ['methadone maintenance treatment', 'F1120'],
  // 'Abuse, drug, sedative, hypnotic or anxiolytic F13.10'; 'Dependence, drug, sedative F13.20': benzodiazepines are
  // the anxiolytics of that class.
  ['benzodiazepine abuse', 'F1310'], ['abuse of benzodiazepines', 'F1310'], ['benzodiazepine dependence', 'F1320'],
  ['dependence on benzodiazepines', 'F1320'],
  // A 'crisis' is a fit in Spanish-English notes ('crisis convulsiva', 'crisis comicial'): 'Convulsions R56.9';
  // 'Status, convulsivus idiopathicus - see Epilepsy, by type, with status epilepticus' (G40.901).
  ['convulsive crisis', 'R569'], ['convulsive crises', 'R569'], ['convulsive status', 'G40901'],
  ['status convulsivus', 'G40901'], ['epileptic crisis', 'G40909'], ['epileptic crises', 'G40909'],
  // 'Epilepsy, absence G40.A09' ('Absence, epileptic - see Epilepsy, absence'): the seizures name the syndrome.
  ['absence seizures', 'G40A09'], ['absence seizure', 'G40A09'], ['absence epilepsy', 'G40A09'],
  // 'Monoparesis - see Monoplegia' (G83.3-), the side and the limb refined from the text.
  // 'Monoplegia, lower limb G83.1-; upper limb G83.2-': 'crural' is the leg's, 'brachial' the arm's in Spanish-English.
  ['monoparesis', 'G8330'], ['monoplegia', 'G8330'], ['monoparesis of the lower limb', 'G8310'],
  ['lower limb monoparesis', 'G8310'], ['crural monoparesis', 'G8310'], ['monoplegia of the lower limb', 'G8310'],
  ['monoparesis of the upper limb', 'G8320'], ['upper limb monoparesis', 'G8320'], ['brachial monoparesis', 'G8320'],
  ['monoplegia of the upper limb', 'G8320'],
  // 'Apnea, sleep G47.30; obstructive G47.33': the apnea-hypopnea syndrome (Spanish 'SAHS') is a sleep apnea by its
  // name, not the apnea NEC of a newborn or a pause (R06.81).
  ['apnea-hypopnea syndrome', 'G4730'], ['apnoea-hypopnoea syndrome', 'G4730'],
  ['obstructive apnea-hypopnea syndrome', 'G4733'],
  // 'Disorder, adjustment F43.20': the Spanish 'trastorno adaptativo' as translated.
  ['adaptive disorder', 'F4320'], ['adaptation disorder', 'F4320'],
  // 'Lesion, brain G93.9' ('cerebral' the same); the lesion's kind, when named, is coded beside it.
  ['brain lesion', 'G939'], ['brain lesions', 'G939'], ['cerebral lesion', 'G939'], ['cerebral lesions', 'G939'],
];
