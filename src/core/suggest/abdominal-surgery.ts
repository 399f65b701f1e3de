/**
 * Operations on the abdominal wall and the digestive tract as general surgeons and endoscopists name them, with the
 * code a coder gives when the note says no more (joined into SURGERY_DEFAULTS: the open approach, which the
 * sentence's 'laparoscopic' or 'endoscopic' changes, and the right side of a paired body part, which the side the note
 * names changes).
 */
export const ABDOMINAL_SURGERY: readonly [phrase: string, code: string][] = [
  // A hernia closed over a mesh is a Supplement with a synthetic substitute (PCS Index: Herniorrhaphy, with synthetic
  // substitute - see Supplement); sutured alone, a Repair. The inguinal region is sided (0YU5 right, 0YU6 left).
  ['inguinal hernia repair with mesh', '0YU50JZ'], ['inguinal herniorrhaphy with mesh', '0YU50JZ'],
  ['mesh inguinal hernia repair', '0YU50JZ'], ['lichtenstein repair', '0YU50JZ'], ['lichtenstein hernioplasty', '0YU50JZ'],
  // Ventral, umbilical and incisional hernias are of the abdominal wall (0WQF repair, 0WUF with mesh).
  ['umbilical hernia repair', '0WQF0ZZ'], ['ventral hernia repair', '0WQF0ZZ'], ['incisional hernia repair', '0WQF0ZZ'],
  ['umbilical herniorrhaphy', '0WQF0ZZ'], ['ventral herniorrhaphy', '0WQF0ZZ'],
  ['umbilical hernia repair with mesh', '0WUF0JZ'], ['ventral hernia repair with mesh', '0WUF0JZ'],
  ['incisional hernia repair with mesh', '0WUF0JZ'],
  // Bleeding stopped through the endoscope (injection, clips, cautery) is Control, Gastrointestinal Tract (0W3P8ZZ),
  // whatever the means (PCS Index: Hemostasis - see Control bleeding in). Not a clip alone: one placed after a
  // polypectomy to prevent bleeding is part of the polypectomy.
  ['endoscopic hemostasis', '0W3P8ZZ'], ['egd with control of bleeding', '0W3P8ZZ'],
  ['endoscopic control of bleeding', '0W3P8ZZ'],
  // Adhesions freed from the small bowel are a Release of the small intestine (PCS Index: Enterolysis - see Release,
  // Small Intestine 0DN8): the body part freed, not the bands cut. 'Lysis of adhesions' alone names no body part.
  ['enterolysis', '0DN80ZZ'], ['small bowel adhesiolysis', '0DN80ZZ'], ['lysis of small bowel adhesions', '0DN80ZZ'],
  ['lysis of adhesions of the small bowel', '0DN80ZZ'], ['small bowel lysis of adhesions', '0DN80ZZ'],
  // Colectomies by segment, the PCS body parts of the large intestine (sigmoid N, transverse L); a Hartmann procedure
  // takes out the sigmoid colon (its end colostomy a bypass the coder adds, 0D1M0Z4).
  ['sigmoid colectomy', '0DTN0ZZ'], ['transverse colectomy', '0DTL0ZZ'], ['hartmann procedure', '0DTN0ZZ'],
  ["hartmann's procedure", '0DTN0ZZ'],
  // A polyp taken out through the colonoscope is an Excision of the segment it sat in (intestine-parts.ts reads the
  // segment from the sentence; the large intestine when none is said), not an Inspection.
  ['colonoscopy with polypectomy', '0DBE8ZZ'], ['colonoscopic polypectomy', '0DBE8ZZ'], ['colon polypectomy', '0DBE8ZZ'],
  ['colonic polypectomy', '0DBE8ZZ'],
  // Esophageal varices banded through the endoscope: Occlusion of the esophageal vein with an extraluminal device (the
  // band), 06L38CZ.
  ['variceal band ligation', '06L38CZ'], ['variceal banding', '06L38CZ'], ['esophageal variceal ligation', '06L38CZ'],
  ['band ligation of esophageal varices', '06L38CZ'], ['banding of esophageal varices', '06L38CZ'],
];
