/**
 * Drugs whose ongoing use a coder reports with a long-term drug therapy code (Z79, Guidelines I.C.21.c.3, and
 * I.C.4.a.3 for diabetes drugs): 'T2DM on metformin' -> Z79.84. The name alone is read as the code; long-term-use.ts
 * keeps it only where the chart tells the drug as the patient's continuing treatment. Written from clinical usage
 * and the Tabular's Z79 titles (prednisone a systemic steroid, tacrolimus a calcineurin inhibitor, mycophenolate
 * and azathioprine inhibitors of nucleotide synthesis); each code is checked by a test.
 */
export const MEDICATION_STATUS: readonly [drug: string, code: string][] = [
  ['metformin', 'Z7984'], ['glipizide', 'Z7984'], ['glyburide', 'Z7984'], ['glimepiride', 'Z7984'],
  ['sitagliptin', 'Z7984'], ['pioglitazone', 'Z7984'], ['empagliflozin', 'Z7984'], ['dapagliflozin', 'Z7984'],
  ['oral hypoglycemic', 'Z7984'], ['oral antidiabetic', 'Z7984'], ['insulin', 'Z794'],
  // US notes name the diabetes drugs by brand ('on Lantus 30 units qHS and metformin'): the insulins (Z79.4), the oral
  // brands (Z79.84), and the weekly or daily GLP-1 and GIP/GLP-1 injections (Z79.85 'injectable non-insulin
  // antidiabetic drugs'; not the brands sold for weight loss alone, Wegovy and Saxenda).
  ['lantus', 'Z794'], ['levemir', 'Z794'], ['tresiba', 'Z794'], ['toujeo', 'Z794'], ['basaglar', 'Z794'],
  ['semglee', 'Z794'], ['humalog', 'Z794'], ['novolog', 'Z794'], ['admelog', 'Z794'], ['fiasp', 'Z794'],
  ['apidra', 'Z794'], ['lyumjev', 'Z794'], ['humulin', 'Z794'], ['novolin', 'Z794'],
  // And by their generic names, as a medication list prints them ('glargine 20 units qhs', 'insulin lispro SSI').
  ['glargine', 'Z794'], ['detemir', 'Z794'], ['degludec', 'Z794'], ['lispro', 'Z794'], ['aspart', 'Z794'],
  ['glulisine', 'Z794'],
  ['januvia', 'Z7984'], ['janumet', 'Z7984'], ['tradjenta', 'Z7984'], ['linagliptin', 'Z7984'], ['glucotrol', 'Z7984'],
  ['amaryl', 'Z7984'], ['actos', 'Z7984'], ['rybelsus', 'Z7984'], ['jardiance', 'Z7984'], ['farxiga', 'Z7984'],
  ['ozempic', 'Z7985'], ['trulicity', 'Z7985'], ['dulaglutide', 'Z7985'], ['victoza', 'Z7985'], ['mounjaro', 'Z7985'],
  ['byetta', 'Z7985'], ['bydureon', 'Z7985'], ['exenatide', 'Z7985'],
  ['warfarin', 'Z7901'], ['apixaban', 'Z7901'], ['rivaroxaban', 'Z7901'], ['dabigatran', 'Z7901'], ['edoxaban', 'Z7901'],
  ['eliquis', 'Z7901'], ['xarelto', 'Z7901'], ['coumadin', 'Z7901'], ['pradaxa', 'Z7901'], ['savaysa', 'Z7901'],
  ['plavix', 'Z7902'], ['brilinta', 'Z7902'], ['effient', 'Z7902'],
  ['acenocoumarol', 'Z7901'], ['sintrom', 'Z7901'], ['dicoumarin', 'Z7901'], ['dicoumarol', 'Z7901'],
  ['anticoagulant', 'Z7901'], ['anticoagulation', 'Z7901'], ['oral anticoagulation', 'Z7901'],
  ['aspirin', 'Z7982'], ['acetylsalicylic acid', 'Z7982'],
  ['clopidogrel', 'Z7902'], ['ticagrelor', 'Z7902'], ['prasugrel', 'Z7902'], ['ticlopidine', 'Z7902'],
  ['triflusal', 'Z7902'], ['antiplatelet', 'Z7902'], ['antiplatelet therapy', 'Z7902'], ['antiaggregant', 'Z7902'],
  ['prednisone', 'Z7952'], ['prednisolone', 'Z7952'], ['methylprednisolone', 'Z7952'], ['deflazacort', 'Z7952'],
  ['dexamethasone', 'Z7952'], ['corticosteroid', 'Z7952'], ['corticoid', 'Z7952'], ['glucocorticoid', 'Z7952'],
  ['steroid', 'Z7952'], ['inhaled corticosteroid', 'Z7951'], ['inhaled steroid', 'Z7951'],
  // Inhaled corticosteroids by the names of their inhalers, alone or with a long-acting bronchodilator (the controller
  // of a persistent asthma: 'on Flovent 44 mcg BID'); not the nasal sprays of the same drugs (Flonase, Nasonex).
  ['flovent', 'Z7951'], ['pulmicort', 'Z7951'], ['qvar', 'Z7951'], ['asmanex', 'Z7951'], ['alvesco', 'Z7951'],
  ['arnuity', 'Z7951'], ['advair', 'Z7951'], ['symbicort', 'Z7951'], ['dulera', 'Z7951'], ['breo', 'Z7951'],
  ['fluticasone inhaler', 'Z7951'], ['inhaled fluticasone', 'Z7951'], ['inhaled budesonide', 'Z7951'],
  ['nebulized budesonide', 'Z7951'], ['budesonide inhaler', 'Z7951'],
  // The replacement of a failed adrenal gland: hydrocortisone by mouth and fludrocortisone are systemic corticosteroids
  // taken for life (a cream, an IV stress dose is given now: long-term-use.ts reads the route).
  ['hydrocortisone', 'Z7952'], ['fludrocortisone', 'Z7952'],
  // Osteoporosis drugs taken for years: the oral bisphosphonates (Z79.83), by name and brand.
  ['bisphosphonate', 'Z7983'], ['alendronate', 'Z7983'], ['fosamax', 'Z7983'], ['risedronate', 'Z7983'],
  ['actonel', 'Z7983'], ['ibandronate', 'Z7983'], ['boniva', 'Z7983'],
  ['cyclosporine', 'Z79621'], ['ciclosporin', 'Z79621'], ['tacrolimus', 'Z79621'],
  ['sirolimus', 'Z79623'], ['everolimus', 'Z79623'],
  ['mycophenolate', 'Z79624'], ['mycophenolic acid', 'Z79624'], ['azathioprine', 'Z79624'],
  ['immunosuppressive treatment', 'Z7960'], ['immunosuppressive therapy', 'Z7960'], ['immunosuppressant', 'Z7960'],
  ['nsaid', 'Z791'], ['nonsteroidal anti-inflammatory', 'Z791'], ['non-steroidal anti-inflammatory', 'Z791'],
  ['methotrexate', 'Z79631'], ['tamoxifen', 'Z79810'], ['letrozole', 'Z79811'],
  ['anastrozole', 'Z79811'], ['levothyroxine', 'Z79899'], ['synthroid', 'Z79899'],
  ['methimazole', 'Z79899'], ['propylthiouracil', 'Z79899'], ['opioid', 'Z79891'],
  // The pill taken month after month: Z79.3 'Long term (current) use of hormonal contraceptives' (not a bare
  // 'contraceptives', which translated notes misuse for other drugs).
  ['oral contraceptive', 'Z793'], ['hormonal contraceptive', 'Z793'], ['combined oral contraceptive', 'Z793'],
  ['contraceptive pill', 'Z793'], ['birth control pill', 'Z793'],
  // Opiate analgesics by name (Z79.891 'Long term (current) use of opiate analgesic'); not buprenorphine or methadone,
  // which a chart names as the maintenance treatment of an opioid dependence (F11.2-).
  ['opiate', 'Z79891'], ['oxycodone', 'Z79891'], ['hydrocodone', 'Z79891'], ['hydromorphone', 'Z79891'], ['morphine', 'Z79891'],
  ['tramadol', 'Z79891'], ['tapentadol', 'Z79891'], ['oxycontin', 'Z79891'], ['percocet', 'Z79891'], ['norco', 'Z79891'],
  ['fentanyl patch', 'Z79891'], ['oxymorphone', 'Z79891'],
];
