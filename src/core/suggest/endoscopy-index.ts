/**
 * Alphabetic Index entries of the words GI endoscopy reports and surgical admissions use, whose codes the titles do
 * not name in those words. Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const ENDOSCOPY_INDEX: readonly [phrase: string, code: string][] = [
  // 'Screening (for), neoplasm, colon Z12.11' (inclusion term 'Encounter for screening colonoscopy NOS'): the
  // indication of a screening colonoscopy, listed first with its findings after it (Guidelines I.C.21.c.5).
  ['screening colonoscopy', 'Z1211'], ['colonoscopy for screening', 'Z1211'],
  // 'Hemorrhoids, internal, first degree K64.0, second degree K64.1, third degree K64.2, fourth degree K64.3': the
  // grades (Goligher) endoscopists write are those degrees.
  ['grade i hemorrhoids', 'K640'], ['grade 1 hemorrhoids', 'K640'], ['grade i internal hemorrhoids', 'K640'],
  ['grade 1 internal hemorrhoids', 'K640'], ['first degree internal hemorrhoids', 'K640'],
  ['grade ii hemorrhoids', 'K641'], ['grade 2 hemorrhoids', 'K641'], ['grade ii internal hemorrhoids', 'K641'],
  ['grade 2 internal hemorrhoids', 'K641'], ['second degree internal hemorrhoids', 'K641'],
  ['grade iii hemorrhoids', 'K642'], ['grade 3 hemorrhoids', 'K642'], ['grade iii internal hemorrhoids', 'K642'],
  ['grade 3 internal hemorrhoids', 'K642'], ['third degree internal hemorrhoids', 'K642'],
  ['grade iv hemorrhoids', 'K643'], ['grade 4 hemorrhoids', 'K643'], ['grade iv internal hemorrhoids', 'K643'],
  ['grade 4 internal hemorrhoids', 'K643'], ['fourth degree internal hemorrhoids', 'K643'],
  // 'Obstruction, intestine, partial K56.600', 'complete K56.601'; 'Obstruction, intestine, due to adhesions
  // K56.50' (partial K56.51, complete K56.52): the 'SBO' of a surgical admission, said with its kind.
  ['partial small bowel obstruction', 'K56600'], ['complete small bowel obstruction', 'K56601'],
  ['partial bowel obstruction', 'K56600'], ['complete bowel obstruction', 'K56601'],
  ['adhesive small bowel obstruction', 'K5650'], ['adhesive bowel obstruction', 'K5650'],
  ['small bowel obstruction due to adhesions', 'K5650'], ['bowel obstruction due to adhesions', 'K5650'],
  // 'Hernia, inguinal, recurrent K40.91' (bilateral K40.21), 'Hernia, femoral, recurrent K41.91': the unilateral
  // code's 5th character 1 is the recurrence, which the titles say 'recurrent' after 'not specified as'.
  ['recurrent inguinal hernia', 'K4091'], ['recurrent indirect inguinal hernia', 'K4091'],
  ['recurrent direct inguinal hernia', 'K4091'], ['recurrent femoral hernia', 'K4191'],
  // 'Pancreatitis, acute, alcohol induced K85.20', 'drug induced K85.30', 'idiopathic K85.00': titles say 'alcohol
  // induced', notes 'alcoholic'. With necrosis the 5th character changes, which the necrosis's own words give.
  ['alcoholic pancreatitis', 'K8520'], ['acute alcoholic pancreatitis', 'K8520'], ['alcohol induced pancreatitis', 'K8520'],
  ['alcohol related pancreatitis', 'K8520'], ['drug induced pancreatitis', 'K8530'], ['idiopathic pancreatitis', 'K8500'],
  // 'Pancreatitis, chronic, alcohol-induced K86.0': the chronic one is not the acute K85.20 its 'alcoholic' would give.
  ['alcoholic chronic pancreatitis', 'K860'], ['chronic alcoholic pancreatitis', 'K860'],
  ['alcohol induced chronic pancreatitis', 'K860'], ['chronic pancreatitis of alcoholic origin', 'K860'],
  // 'Abscess, appendix K35.33' (the FY2026 Index: an appendiceal abscess is the perforated appendicitis with localized
  // peritonitis and abscess).
  ['periappendiceal abscess', 'K3533'], ['appendiceal abscess', 'K3533'], ['periappendicular abscess', 'K3533'],
];
