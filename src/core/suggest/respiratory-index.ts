/**
 * Alphabetic Index entries of the respiratory system (J00-J99) and its signs whose code the titles word otherwise.
 * Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const RESPIRATORY_INDEX: readonly [phrase: string, code: string][] = [
  // 'Failure, respiratory, with hypoxia J96.91, with hypercapnia J96.92; acute J96.0-, chronic J96.1-': the charts
  // name the gas by its adjective ('hypoxemic', 'hypercapnic').
  ['hypoxemic respiratory failure', 'J9691'], ['hypercapnic respiratory failure', 'J9692'],
  ['acute hypoxemic respiratory failure', 'J9601'], ['acute hypercapnic respiratory failure', 'J9602'],
  ['chronic hypoxemic respiratory failure', 'J9611'], ['chronic hypercapnic respiratory failure', 'J9612'],
  // 'Distress, respiratory (adult) (child) R06.03' (newborn P22.9, from the newborn's own codes).
  ['respiratory distress', 'R0603'],
  // 'Syndrome, respiratory distress (acute) J80 (adult) (child)' (newborn P22.0, from the newborn's own codes): the
  // syndrome is not its symptom.
  ['respiratory distress syndrome', 'J80'], ['acute respiratory distress syndrome', 'J80'],
  // 'Pneumothorax, tension J93.0'.
  ['tension pneumothorax', 'J930'],
  // 'Effusion, pleura, in conditions classified elsewhere J91.8': the effusion of a pneumonia (code first the pneumonia).
  ['parapneumonic effusion', 'J918'], ['parapneumonic pleural effusion', 'J918'],
  // 'Deviation, septum (nasal) (acquired) J34.2'.
  ['nasal septal deviation', 'J342'], ['deviation of the nasal septum', 'J342'], ['nasal septum deviation', 'J342'],
  // 'Cyst, bronchogenic (mediastinal) (sequestration) J98.4' (congenital Q33.0 only when said).
  ['bronchogenic cyst', 'J984'],
  // 'Fistula, tracheoesophageal J86.0' (congenital Q39.2 only when said).
  ['tracheoesophageal fistula', 'J860'],
  // 'Pneumonia, ventilator associated J95.851', in the words of the charts.
  ['mechanical ventilation associated pneumonia', 'J95851'],
  // 'Failure, respiratory, postprocedural J95.82-' (acute J95.821: the failure of the days after the operation).
  ['postoperative respiratory failure', 'J95821'], ['postprocedural respiratory failure', 'J95821'],
  // 'Pneumothorax, iatrogenic J95.811; postprocedural J95.811'; 'TRALI (transfusion related acute lung injury) J95.84'.
  ['iatrogenic pneumothorax', 'J95811'], ['postprocedural pneumothorax', 'J95811'], ['postoperative pneumothorax', 'J95811'],
  ['trali', 'J9584'], ['transfusion related acute lung injury', 'J9584'],
  // 'Polyp, larynx (nonadenomatous) J38.1'; a pneumonic consolidation (the Spanish 'condensación neumónica') is the
  // pneumonia's own (J18.9).
  ['laryngeal polyposis', 'J381'], ['pneumonic condensation', 'J189'], ['pneumonic consolidation', 'J189'],
  // 'Pneumonia, aspiration J69.0' (food, vomit): 'bronchoaspiration' is the charts' word for the aspiration.
  ['bronchoaspiration pneumonia', 'J690'], ['pneumonia due to bronchoaspiration', 'J690'], ['pneumonia by bronchoaspiration', 'J690'],
  ['bronchoaspiration pneumonitis', 'J690'],
  // 'Asthma, with exacerbation (acute) J45.901': an asthma attack or crisis is the acute exacerbation.
  ['asthma attack', 'J45901'], ['asthmatic attack', 'J45901'], ['asthmatic crisis', 'J45901'], ['asthma crisis', 'J45901'],
  // 'Bronchiolitis, obliterans J44.81'; 'Effusion, pleura, malignant J91.0' (the charts' 'neoplastic').
  ['bronchiolitis obliterans', 'J4481'], ['obliterative bronchiolitis', 'J4481'], ['neoplastic pleural effusion', 'J910'],
  // 'Infection, lung - see also Pneumonia J18.9' (not the Index's 'Infection B99.9' of an unnamed site).
  ['pulmonary infection', 'J189'], ['lung infection', 'J189'], ['infection of the lung', 'J189'],
];
