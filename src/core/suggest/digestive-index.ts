/**
 * Alphabetic Index entries of the digestive system, the mouth and the jaws whose code the titles do not name in the
 * words charts use: the organ is named where the title says 'intestine' ('Perforation, colon K63.1'), or the Index
 * sends a main term elsewhere ('Fecaloma - see Impaction, fecal'). Joined to INDEX_DEFAULTS, whose test checks each
 * code against the FY2026 set.
 */
export const DIGESTIVE_INDEX: readonly [phrase: string, code: string][] = [
  // 'Perforation, perforated (nontraumatic), bowel, cecum, colon, ileum, intestine, jejunum, sigmoid K63.1' (the
  // duodenum's is its ulcer's, K26.5); 'Pneumoperitoneum K66.8'; 'Pneumatosis (cystoides) intestinalis K63.89'.
  ['colon perforation', 'K631'], ['ileum perforation', 'K631'], ['jejunum perforation', 'K631'], ['cecum perforation', 'K631'],
  ['bowel perforation', 'K631'], ['sigmoid perforation', 'K631'], ['intestine perforation', 'K631'],
  ['pneumoperitoneum', 'K668'], ['pneumatosis intestinalis', 'K6389'], ['intestinal pneumatosis', 'K6389'],
  // 'Constipation, drug induced K59.03', as palliative and oncology notes name the opioids' (the drug's T code beside
  // it: induced-adverse-effect.ts).
  // Vomited blood that the stomach has darkened is hematemesis (K92.0): 'coffee-ground emesis', the Spanish 'vómitos
  // en posos de café' translated 'vomiting in coffee grounds'; R11's Excludes1 then leaves the bare vomiting out.
  ['coffee ground emesis', 'K920'], ['coffee ground vomiting', 'K920'], ['coffee ground vomitus', 'K920'],
  ['vomiting coffee grounds', 'K920'], ['vomiting in coffee grounds', 'K920'], ['vomited coffee grounds', 'K920'],
  ['drug induced constipation', 'K5903'], ['opioid induced constipation', 'K5903'], ['opiate induced constipation', 'K5903'],
  ['narcotic induced constipation', 'K5903'], ['constipation due to opioids', 'K5903'], ['constipation due to opiates', 'K5903'],
  // 'Obstruction, intestine K56.609' with 'colon' and 'small' under it; titles say 'intestinal'.
  ['small intestine obstruction', 'K56609'], ['intestine obstruction', 'K56609'], ['colon obstruction', 'K56609'],
  // 'Invagination (bowel, colon, intestine or rectum) - see Intussusception' (K56.1); 'Fecaloma - see Impaction,
  // fecal' (K56.41); 'Malabsorption K90.9'.
  ['intestinal invagination', 'K561'], ['bowel invagination', 'K561'], ['ileocolic invagination', 'K561'],
  ['fecaloma', 'K5641'], ['malabsorption', 'K909'],
  // 'Dilatation, intestine K59.8-' ('dilation of the loops of the small intestine'); 'Dilatation, gallbladder K82.8',
  // 'Distension, gallbladder K82.8'.
  ['intestinal dilatation', 'K5989'], ['small intestine dilatation', 'K5989'], ['bowel dilatation', 'K5989'],
  ['intestinal loop dilatation', 'K5989'], ['gallbladder dilatation', 'K828'], ['gallbladder distension', 'K828'],
  // 'Dilatation, stomach K31.89' (acute K31.0 only when said).
  ['gastric dilatation', 'K3189'], ['stomach dilatation', 'K3189'],
  // 'Ischemia, intestine - see also Insufficiency, vascular, intestine' (K55.9); 'Angiodysplasia (cecum) (colon) K55.20'.
  ['intestinal ischemia', 'K559'], ['bowel ischemia', 'K559'], ['mesenteric ischemia', 'K559'], ['angiodysplasia', 'K5520'],
  // 'Diverticula, colon - see Diverticulosis, intestine, large' (K57.30); 'Disease, diverticular - see Diverticula'
  // (K57.90); 'Diverticula, duodenum K57.10'.
  ['colon diverticula', 'K5730'], ['diverticular disease', 'K5790'],
  ['duodenal diverticulum', 'K5710'],
  // 'Diverticulum, jejunum - see Diverticulosis, intestine, small' (K57.10), and 'Diverticulitis, intestine, small'
  // (K57.12): the jejunum's diverticula are the small intestine's, not the colon's K57.30 nor the site-less K57.90.
  ['jejunal diverticulum', 'K5710'], ['jejunal diverticulosis', 'K5710'],
  ['small intestine diverticulum', 'K5710'], ['small bowel diverticulum', 'K5710'], ['jejunal diverticulitis', 'K5712'],
  // 'Diverticulitis (acute) K57.92; with abscess, perforation or peritonitis K57.80; with bleeding K57.93 (K57.81 with
  // both)'; 'intestine, large K57.32, with abscess, perforation or peritonitis K57.20' (colon, sigmoid): the titles
  // name the intestine ('Diverticulitis of intestine, part unspecified, with perforation and abscess ...'), which a
  // chart's 'perforated diverticulitis' does not, and K57.92 'without perforation or abscess' is read instead.
  ['perforated diverticulitis', 'K5780'], ['diverticulitis with perforation', 'K5780'], ['diverticulitis with microperforation', 'K5780'],
  ['diverticulitis with abscess', 'K5780'], ['diverticulitis with peritonitis', 'K5780'], ['diverticulitis with bleeding', 'K5793'],
  ['perforated colon diverticulitis', 'K5720'], ['colon diverticulitis with perforation', 'K5720'],
  ['colon diverticulitis with abscess', 'K5720'], ['diverticulitis with pericolic abscess', 'K5720'],
  // 'Irritation, peritoneum - see Peritonitis' (K65.9): the examination's 'signs of peritoneal irritation'.
  ['peritoneal irritation', 'K659'],
  // 'Peritonitis, bile, biliary K65.3'; 'Choleperitoneum, choleperitonitis K65.3'.
  ['biliary peritonitis', 'K653'], ['choleperitonitis', 'K653'], ['choleperitoneum', 'K653'],
  // 'Obstruction, intestine, partial K56.600': the Spanish 'suboclusion intestinal' is an incomplete occlusion.
  ['intestinal subocclusion', 'K56600'], ['bowel subocclusion', 'K56600'],
  // 'Stricture, rectum K62.4', 'Stricture, anus (sphincter) K62.4' ('Stenosis - see Stricture').
  ['rectal stricture', 'K624'], ['rectal stenosis', 'K624'], ['anal stricture', 'K624'], ['anal stenosis', 'K624'],
  ['anorectal stenosis', 'K624'],
  // 'Hernia, inguinal (direct) (indirect) (oblique) (scrotal) K40.90', 'Hernia, femoral K41.90', 'Hernia, spigelian -
  // see Hernia, ventral' (K43.9), 'Hernia, internal K45.8': the titles' plain code is unilateral and without
  // obstruction, which the header's first code (bilateral, with obstruction) is not.
  ['direct inguinal hernia', 'K4090'], ['indirect inguinal hernia', 'K4090'], ['oblique inguinal hernia', 'K4090'],
  ['scrotal hernia', 'K4090'], ['bubonocele', 'K4090'], ['femoral hernia', 'K4190'], ['spigelian hernia', 'K439'],
  ['internal hernia', 'K458'],
  // 'Hernia, incarcerated (strangulated) - see Hernia, by site, with obstruction': the inclusion terms under the
  // bilateral and the unilateral codes read alike once '(bilateral)' is dropped; one side is the default (K40.30).
  ['incarcerated inguinal hernia', 'K4030'], ['strangulated inguinal hernia', 'K4030'],
  ['incarcerated femoral hernia', 'K4130'], ['strangulated femoral hernia', 'K4130'],
  // 'Pain, anus K62.89'; 'Proctalgia K62.89'.
  ['anal pain', 'K6289'], ['proctalgia', 'K6289'],
  // 'Steatohepatitis (nonalcoholic) K75.81'; 'Fibrosis, liver K74.00'; 'Cholestasis NEC K83.1'; 'Colic, biliary
  // K80.50'; 'Dilatation, bile duct, acquired K83.8'; 'Polyp, gallbladder K82.4'; 'Pancreatitis, acute,
  // biliary (gallstone) K85.10'.
  ['steatohepatitis', 'K7581'], ['liver fibrosis', 'K7400'], ['hepatic fibrosis', 'K7400'], ['cholestasis', 'K831'],
  ['biliary colic', 'K8050'], ['bile duct dilatation', 'K838'], ['biliary tract dilatation', 'K838'],
  ['gallbladder polyp', 'K824'], ['biliary pancreatitis', 'K8510'],
  ['gallstone pancreatitis', 'K8510'],
  // 'Steatosis, liver K76.0' (titles and INDEX_DEFAULTS say 'hepatic'); 'Thrombosis, portal I81'; 'Hepatitis, toxic -
  // see Disease, liver, toxic, with hepatitis' (K71.6); 'Syndrome, Mirizzi's K83.1'; 'Pancreatitis, acute, necrotizing'
  // (K85.91, with uninfected necrosis unless infection is said);
  // 'Insufficiency, pancreatic K86.89', 'Dilatation, pancreatic duct K86.89'.
  ['liver steatosis', 'K760'], ['portal thrombosis', 'I81'], ['toxic hepatitis', 'K716'], ['mirizzi syndrome', 'K831'],
  ["mirizzi's syndrome", 'K831'], ['necrotizing pancreatitis', 'K8591'],
  ['pancreatic insufficiency', 'K8689'], ['pancreatic duct dilatation', 'K8689'],
  // 'Gastritis, atrophic (chronic) K29.40' (esophageal candidiasis is in infection-index.ts); 'Pseudo-obstruction,
  // intestine K59.8-', colonic (acute) is Ogilvie's (K59.81); 'Hemorrhoids K64.9'; 'Fistula, enterocutaneous K63.2',
  // 'colovesical N32.1'; 'Ileus, postoperative K91.89'.
  ['atrophic gastritis', 'K2940'], ['pseudo obstruction', 'K5989'],
  ['colonic pseudo obstruction', 'K5981'], ['hemorrhoidal disease', 'K649'], ['enterocutaneous fistula', 'K632'],
  ['colovesical fistula', 'N321'], ['postoperative ileus', 'K9189'],
  // 'Ulcer, mouth (traumatic) K12.1', 'Ulcer, oral mucosa (traumatic) K12.1'; 'Aphthae, aphthous, oral (recurrent)
  // K12.0'; 'Leukoplakia, oral mucosa (including tongue), mouth, lip, gingiva K13.21'; 'Mucocele, salivary gland
  // (any) K11.6' (the lip's is a minor salivary gland's); 'Sialadenitis - see Sialoadenitis' (K11.20); 'Epulis
  // (gingiva) K06.8'; 'Loss, tooth - see Absence, teeth, acquired' (K08.409).
  // 'Oral ulcers' and 'oral lesions' reach these through chart-synonyms ('mouth ulcer'): 'oral' apart from the noun is
  // the route of a drug ('skin ulcers were treated with oral antibiotics').
  ['mouth ulcer', 'K121'], ['oral mucosa ulcer', 'K121'], ['oral cavity ulcer', 'K121'],
  ['aphthae', 'K120'], ['aphthous ulcer', 'K120'], ['oral leukoplakia', 'K1321'], ['tongue leukoplakia', 'K1321'],
  ['lip leukoplakia', 'K1321'], ['gum leukoplakia', 'K1321'], ['lip mucocele', 'K116'], ['oral mucocele', 'K116'],
  ['sialadenitis', 'K1120'], ['epulis', 'K068'], ['tooth loss', 'K08409'],
  // 'Lesion, mouth K13.70', 'Lesion, lip K13.0', 'Ulcer, lip K13.0', 'Ulcer, palate K12.1', 'Ulcer, tongue K14.0';
  // 'Edentulism - see Absence, teeth, acquired' (complete, K08.109); 'Abscess, dental K04.7' ('Phlegmon - see
  // Abscess'), 'Infection, dental (pulpal origin) K04.7'; 'Abscess, submandibular K12.2', 'Angina, Ludwig's K12.2';
  // 'Hemorrhage, gingiva K06.8' (gingivorrhagia).
  ['mouth lesion', 'K1370'], ['oral cavity lesion', 'K1370'], ['lip lesion', 'K130'], ['lip ulcer', 'K130'],
  ['palate ulcer', 'K121'], ['tongue ulcer', 'K140'], ['edentulous', 'K08109'], ['dental phlegmon', 'K047'],
  // 'Absence, teeth, acquired, partial K08.409'; 'Diastema, teeth M26.32'.
  ['partial edentulism', 'K08409'], ['partially edentulous', 'K08409'], ['partial edentulous', 'K08409'], ['diastema', 'M2632'],
  ['odontogenic abscess', 'K047'], ['dental infection', 'K047'], ['odontogenic infection', 'K047'],
  ['submandibular phlegmon', 'K122'], ["ludwig's angina", 'K122'], ['ludwig angina', 'K122'],
  ['gingivorrhagia', 'K068'], ['gingivorragia', 'K068'],
  // 'Tooth, teeth, embedded K01.0' (the Spanish 'incluido', a tooth that has not erupted); 'impacted K01.1'.
  // Not 'included tooth': the stem is also 'including', and 'including teeth 36 and 37' names teeth, not their state.
  ['included canine', 'K010'], ['included molar', 'K010'], ['dental inclusion', 'K010'], ['canine inclusion', 'K010'],
  ['impacted molar', 'K011'], ['impacted canine', 'K011'],
  // 'Cyst, odontogenic, developmental K09.0'; 'Cyst, jaw M27.40' ('mandible', 'maxilla' under it);
  // 'Osteomyelitis, jaw (lower) (upper) M27.2'; 'Hyperplasia, condylar, unilateral M27.8'; 'Cleft, lip
  // (unilateral) Q36.9'.
  ['odontogenic cyst', 'K090'], ['mandible cyst', 'M2740'], ['maxillary cyst', 'M2740'],
  ['mandible osteomyelitis', 'M272'], ['jaw osteomyelitis', 'M272'], ['maxilla osteomyelitis', 'M272'],
  // 'Osteoradionecrosis, jaw M27.2': the Index lists no other bone under it.
  ['osteoradionecrosis', 'M272'],
  ['condylar hyperplasia', 'M278'], ['cleft lip', 'Q369'],
  // 'Obstipation - see Constipation' (K59.00).
  ['obstipation', 'K5900'],
];
