/**
 * Alphabetic Index entries of congenital malformations (Q00-Q99) whose code the titles word otherwise: the chart
 * writes the Index's main term or its synonym ('duplex ureter', 'facial asymmetry', 'venous malformation'), the
 * title another ('Duplication of ureter', 'Congenital facial asymmetry', 'Congenital malformation of peripheral
 * vascular system'). Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const CONGENITAL_INDEX: readonly [phrase: string, code: string][] = [
  // 'Duplication, duplex - ureter Q62.5, kidney Q63.0' (the 'Double' entries say the same: 'Double, ureter Q62.5').
  ['duplex ureter', 'Q625'], ['duplex kidney', 'Q630'], ['renal duplication', 'Q630'], ['duplication of the kidney', 'Q630'],
  // 'Megaloureter N28.82; congenital Q62.2' (the chart's 'megaureter'); 'Ureterocele N28.89; congenital Q62.31'.
  ['megaureter', 'N2882'], ['congenital megaureter', 'Q622'], ['ureterocele', 'N2889'], ['congenital ureterocele', 'Q6231'],
  // 'Bifid (congenital), kidney pelvis Q63.8'.
  ['bifid renal pelvis', 'Q638'], ['bifid kidney pelvis', 'Q638'],
  // 'Absence (congenital), vas deferens Q55.4, seminal vesicles Q55.4'; 'Agenesis, vas deferens Q55.4'.
  ['absence of the vas deferens', 'Q554'], ['absent vas deferens', 'Q554'], ['agenesis of the vas deferens', 'Q554'],
  ['absence of the seminal vesicle', 'Q554'], ['agenesis of the seminal vesicle', 'Q554'], ['seminal vesicle agenesis', 'Q554'],
  // 'Asymmetry, face Q67.0'.
  ['facial asymmetry', 'Q670'], ['asymmetry of the face', 'Q670'],
  // 'Cleft, lip, with cleft palate Q37.9' (unspecified palate with unilateral lip; bilateral lip only when said of it).
  ['cleft lip and palate', 'Q379'], ['cleft lip and cleft palate', 'Q379'], ['cleft palate and cleft lip', 'Q379'],
  ['cleft lip and bilateral cleft palate', 'Q379'], ['cleft palate with cleft lip', 'Q379'],
  // 'Hypoplasia, heart, left (complex) (syndrome) Q23.4'.
  ['hypoplastic left heart', 'Q234'], ['hypoplasia of the left heart', 'Q234'],
  // 'Malformation, vascular / venous - see Anomaly, vein(s)' (peripheral Q27.9); 'Anomaly, lymphatic system Q89.8'
  // (other specified, Q89.89); 'Hygroma (cystic) D18.1' is a lymphangioma, not a malformation code.
  ['venous malformation', 'Q279'], ['venous malformations', 'Q279'], ['vascular malformation', 'Q279'],
  ['vascular malformations', 'Q279'], ['lymphatic malformation', 'Q8989'], ['cystic hygroma', 'D181'],
  // 'Ichthyosis (congenital) Q80.9' (acquired L85.0); 'Epidermolysis bullosa (congenital) Q81.9' (acquired L12.3-):
  // the word alone is the congenital disease, whose title says 'congenital' where the acquired one's says 'acquired'.
  ['ichthyosis', 'Q809'], ['congenital ichthyosis', 'Q809'], ['epidermolysis bullosa', 'Q819'],
  // 'Accessory, spleen Q89.09'; 'Cyst, branchial (cleft) Q18.0'.
  ['accessory spleen', 'Q8909'], ['splenule', 'Q8909'], ['branchial cyst', 'Q180'], ['branchial cleft cyst', 'Q180'],
  // 'Laryngomalacia (congenital) Q31.5'; 'Malformation, congenital cystic adenomatoid (lung) Q33.0'.
  ['laryngomalacia', 'Q315'], ['congenital cystic adenomatoid malformation', 'Q330'], ['cystic adenomatoid malformation', 'Q330'],
  // 'Anomalous pulmonary venous connection Q26.4, total Q26.2, partial Q26.3' ('return' is the charts' word).
  ['anomalous pulmonary venous return', 'Q264'], ['total anomalous pulmonary venous return', 'Q262'],
  ['partial anomalous pulmonary venous return', 'Q263'],
  // 'Malformation, arteriovenous, pulmonary Q25.72'; 'Fistula, arteriovenous, pulmonary I28.0 (congenital Q25.72)'.
  ['pulmonary arteriovenous malformation', 'Q2572'], ['arteriovenous malformation of the lung', 'Q2572'],
  ['pulmonary arteriovenous fistula', 'I280'],
  // 'Dysplasia, hip, congenital Q65.89' (developmental dysplasia is the congenital one).
  ['developmental dysplasia of the hip', 'Q6589'], ['congenital hip dysplasia', 'Q6589'],
  // 'Hypoplasia, cerebellum Q04.3'.
  ['cerebellar hypoplasia', 'Q043'], ['hypoplasia of the cerebellum', 'Q043'],
  // 'Polycystic (disease), kidney Q61.3, autosomal dominant (adult type) Q61.2; liver Q44.6': 'polycystosis' is the
  // charts' word for the polycystic disease.
  ['polycystic kidney disease', 'Q613'], ['adult polycystic kidney disease', 'Q612'],
  ['autosomal dominant polycystic kidney disease', 'Q612'], ['hepatorenal polycystosis', 'Q613'],
  ['polycystic liver disease', 'Q446'], ['polycystic liver', 'Q446'], ['hepatic polycystosis', 'Q446'],
  // 'Cowden syndrome (disease) Q85.82' (PTEN hamartoma tumor syndrome Q85.81 when the gene is named).
  ['cowden disease', 'Q8582'], ['cowden syndrome', 'Q8582'], ["cowden's disease", 'Q8582'],
  // Named syndromes: 'Di George's syndrome D82.1', 'Von Hippel-Lindau disease or syndrome Q85.83' ('VHL'),
  // 'Kartagener's syndrome or triad Q89.3', 'Didelphia, didelphys - see Double uterus' (Q51.2-, other and
  // unspecified Q51.28).
  ['digeorge syndrome', 'D821'], ['di george syndrome', 'D821'], ['von hippel lindau disease', 'Q8583'],
  ['von hippel lindau syndrome', 'Q8583'], ['kartagener syndrome', 'Q893'], ["kartagener's syndrome", 'Q893'], ['uterus didelphys', 'Q5128'], ['uterine didelphys', 'Q5128'],
];
