import type { Mention } from './find-mentions';

/**
 * Words after a procedure that say it was not done in this stay, whatever the context rules decided: refused,
 * only proposed or planned, not performed ('Radical nephrectomy was proposed, but the patient refused'), or indicated
 * now ('Subtotal parathyroidectomy is indicated'; a translated note's 'was indicated' often tells it done).
 */
const NOT_DONE_AFTER =
  /^[^.;]{0,100}?\b(?:(?:was|were|is|are|has been|had been) (?:not (?:performed|done|carried out|possible|feasible|made|undergone)|proposed|planned|scheduled|recommended|offered|deferred|postponed|contraindicated|refused|declined|rejected)|(?:will|would|should) be (?:performed|done|carried out)|(?:is|are) (?:now )?indicated|refused|declined|rejected|(?:is|was) pending)\b/i;

/**
 * A time to come right after the procedure's words, as a plan writes it: 'DCCV next week', 'stress test tomorrow',
 * 'port placement with IR this week', 'TEE in 2 weeks', 'definitive ureteroscopy with laser lithotripsy in 2-3 weeks',
 * 'Repeat colonoscopy in 5 years' (not over a comma or an 'and' or a 'follow up', which start another item: 'CXR,
 * follow up in 2 weeks'; nor over a result, which says it was done: 'cystoscopy showed a tumor, to be resected in 2
 * weeks').
 */
const LATER =
  /^(?:(?!\b(?:and|then|follow\w*|f\/u|show\w*|reveal\w*|found|demonstrat\w*|was|were)\b)[^.;,]){0,40}?\b(?:next (?:week|month|visit)|(?:later )?this week|tomorrow|in (?:\d+(?:\s*(?:-|to)\s*\d+)?|one|two|three|a few) (?:days?|weeks?|months?|years?))\b/i;

/**
 * A threshold that orders a procedure for later, should a value cross it: 'transfuse if Hgb < 8', 'transfuse 1 unit
 * PRBC for Hgb < 8, platelets for < 10'. A value said as it was ('transfused 2 units for Hgb 6.8') is the reason for
 * one given.
 */
const IF_THRESHOLD = /^[^.;]{0,60}?\b(?:if|for|when|should)\s+(?:the\s+)?(?:(?:hgb|hb|hemoglobin|h\/h|hct|hematocrit|plts?|platelets?|platelet count|inr|anc|fibrinogen)\s*)?(?:<|<=|≤|less than|below|under|drops? below|falls? below)/i;

/** Words of a procedure given, before or in its words: 'transfused', 'received 2 units ... for Hgb < 7'. */
const GIVEN = /\b(?:\w+ed|received|given|got|s\/p|status post)\b/i;

function orderedIfThreshold(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start).split(/[.;\n]/).pop() ?? '';
  if (GIVEN.test(text.slice(m.start, m.end)) || GIVEN.test(before)) return false;
  return IF_THRESHOLD.test(text.slice(m.end, m.end + 80));
}

/**
 * A procedure said not to be needed, right after its words ('blood transfusion was not necessary'): only there, as
 * further along the words may be about another ('the ultrasound showed no dilation, so surgery was not needed').
 */
const NOT_NEEDED_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?:was|were|is|are) not (?:necessary|needed|required|indicated)\b/i;

/**
 * A condition right after the procedure's words, as an order or a plan writes one: 'transfuse if Hgb < 7', 'paracentesis
 * prn', 'intubate if worsening'. What is done only if the condition is met is not documented as done. A value's
 * threshold further along ('transfusion for Hgb less than 7') is IF_THRESHOLD's, which also knows a transfusion given.
 */
const CONDITIONAL_AFTER = /^[^.;]{0,12}?\b(?:if|prn|as needed|should)\b/i;

/**
 * Words before a procedure that say the same: 'proposed a radical cystectomy', 'pending colonoscopy', 'it would be
 * interesting to do an eye ultrasound', 'because of the impossibility of urethral catheterization', a plan's 'will
 * schedule DCCV', 'Plan: colonoscopy'.
 */
const NOT_DONE_BEFORE =
  /\b(?:would be (?:\w+ )?(?:interesting|useful|advisable|convenient|desirable|necessary|indicated) to (?:do|perform|carry out|request)|impossib\w* (?:of|to)|unable to (?:perform|do|carry out|place|pass)|propos\w*|plan(?:ned|ning)? (?:to|for|a|an)?|recommend\w*|refus\w*|declin\w*|reject\w*|pending|awaiting|candidate for|indication for|referred for|to undergo|will undergo|will (?:schedule|arrange|order|consider|obtain|need)|schedul(?:e|ed|ing)(?: (?:for|a|an))?|plan:)(?: (?:the|a|an|to|for|perform|performing|undergo|undergoing))*\s*$/i;

/**
 * The same plan written inside the procedure's own words, between its site and its operation: 'Third degree burn of
 * right hand - plan excision and grafting', 'right hand - will need excision' (the site read before the plan).
 */
const PLAN_INSIDE = /\b(?:plan(?:ned|s)?|plan:|will (?:need|undergo|schedule|require)|to undergo|pending|recommend(?:ed|s)?)\b/i;

/**
 * A time long before this stay said in the procedure's sentence: 'treated 4 years earlier by total gastrectomy',
 * '17 years before had suffered a right radical nephrectomy'. A procedure of an earlier stay is not coded now. Not a
 * date ('in July 2006, she underwent ...'): case reports date the course they report; nor 'since', which says the
 * treatment goes on ('on hemodialysis since 2005').
 */
const EARLIER_STAY = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:years?|months?) (?:ago|earlier|before|previously)\b/i;

/**
 * Words after a procedure that make it the patient's history: 'underwent vasectomy as the only urological history',
 * 'Cholecystectomy in youth', 'no relevant past medical history except vasectomy at 42 years of age'.
 */
const AS_HISTORY = /^[^.;]{0,30}?\b(?:as (?:the |his |her )?(?:only )?(?:\w+ )?(?:history|antecedent)|in (?:his |her )?(?:youth|childhood|infancy)|as a (?:child|teenager)|at (?:the age of )?\d{1,2} years(?: of age| old)?)\b/i;

/**
 * A device the patient already carries, as notes tell it right after its name: 'has an ICD in place', 'AICD in situ',
 * 'ICD interrogated, functioning normally', 'PPM interrogation'. Its presence is a status (Z95.-), not an insertion
 * of this stay; a device an operation 'left in place' was put in by it, so not those words.
 */
const CARRIED_AFTER = /^[^.;]{0,30}?\b(?:(?<!\bleft )in place|in situ|interrogat(?:ed|ion))\b/i;

/**
 * The same said before the device's name: 'currently w/ indwelling Foley catheter', 'chronic indwelling Foley', 'still
 * has a suprapubic catheter'. The catheter the patient came with was not placed in this stay. Not a treatment the
 * patient is on ('currently on hemodialysis', 'chronic peritoneal dialysis'), which goes on in this stay.
 */
const CARRIED_BEFORE = /\b(?:(?:currently|still|already)\s+(?:with|w\/|has|had)\s+(?:an?\s+)?(?:indwelling\s+)?|(?:chronic(?:ally)?|long[- ]term|permanent)\s+indwelling\s+)$/i;

/**
 * A catheter or line named as the seat or the cause of an infection: 'central line associated bloodstream infection',
 * 'catheter-associated urinary tract infection', 'PICC line infection', 'infected port', 'UTI due to indwelling Foley
 * catheter'. The device was there before the infection, not placed in this stay (device-infection.ts codes it).
 */
const DEVICE = /\b(?:catheters?|cath|lines?|ports?|port-?a-?cath|mediport|foley|picc|hickman|permcath|tubes?)\b/i;
const INFECTED_AFTER = /^[\s-]*(?:associated|related|site|exit site|insertion site|tunnel|pocket)?[\s-]*(?:infections?|infected|bacteremia|sepsis|bloodstream|UTI)\b|^[\s-]*(?:associated|related)\b/i;
const INFECTED_BEFORE = /\b(?:(?:infected|infection of(?: the| his| her| an?)?)\s+(?:[\w-]+\s+){0,2}|(?:due to|secondary to|related to|associated with|2\/2)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:infected\s+)?(?:chronic\s+|long[- ]term\s+)?(?:indwelling\s+)?)$/i;
const INFECTED_INSIDE = /[\s-](?:associated|related)\b/i;

function infectedDevice(text: string, m: Mention, before: string): boolean {
  // The device may be the word after the procedure's ('infected hemodialysis catheter').
  const end = m.end + (/^\s+(?:catheters?|lines?|ports?|tubes?)\b/i.exec(text.slice(m.end, m.end + 20))?.[0].length ?? 0);
  const words = text.slice(m.start, end);
  return DEVICE.test(words) && (INFECTED_INSIDE.test(words) || INFECTED_BEFORE.test(before) || INFECTED_AFTER.test(text.slice(end, end + 40)));
}

/**
 * The words of a span's own clause: at most `reach` characters either side (80 for a procedure's), within its sentence
 * and its semicolons. A time further away dates another event ('diagnosed 8 years ago, with inadequate control, ...
 * treated with hemodialysis'); a diagnosis's cause may be written further along ('a pathological fracture ... due to a
 * lesion typical of metastasis').
 */
export function clauseOf(text: string, start: number, end: number, reach = 80): string {
  const [from, to] = clauseSpan(text, start, end, reach);
  return text.slice(from, to);
}

/** Where the clause of clauseOf lies in the text, for rules that weigh how far a word is from the span. */
export function clauseSpan(text: string, start: number, end: number, reach = 80): [number, number] {
  const first = Math.max(0, start - reach);
  const before = text.slice(first, start);
  const after = text.slice(end, end + reach);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n'), before.lastIndexOf(';')) + 1;
  const to = after.search(/\.\s|\n|;/);
  return [first + from, to < 0 ? end + after.length : end + to];
}

/**
 * What a negation before a test denies when the test follows it as the place looked in: 'no changes in the ECG', 'no
 * metastasis in the abdominal-pelvic CT', 'no residual adenoma on MRI', 'No metastases were detected on chest X-ray'.
 */
const FINDING_IN_TEST = /^\w+(?: [\w-]+){1,5} (?:in|on|at)(?: the| an?)? $/i;

/**
 * Whether a procedure mention documents a procedure done, uncertain findings around it or not. A negation after the
 * procedure reports its result, not its absence: 'chest X-ray and viral serology were negative', 'colonoscopy ruled
 * out neoplasia' (the test was done); so does one of a finding in the test ('without changes in electrocardiogram').
 * A negation before it ('no CT was performed'), or words of a procedure refused or only planned, leave it out.
 */
export function procedureDone(text: string, m: Mention): boolean {
  const at = m.decision === 'negated' ? m.triggerStart : undefined;
  const resultOfTest = at !== undefined && (at >= m.end || FINDING_IN_TEST.test(text.slice(at, m.start)));
  // Uncertainty is about findings: 'to rule out a tumor, a CT was done', 'suggestive of malignancy and abdominal
  // ultrasound showed a mass' — the test itself was done.
  if (m.decision !== 'affirmed' && m.decision !== 'uncertain' && !resultOfTest) return false;
  if (NOT_DONE_AFTER.test(text.slice(m.end, m.end + 140)) || LATER.test(text.slice(m.end, m.end + 60)) || orderedIfThreshold(text, m) || NOT_NEEDED_AFTER.test(text.slice(m.end, m.end + 60)) || AS_HISTORY.test(text.slice(m.end, m.end + 80)) || CARRIED_AFTER.test(text.slice(m.end, m.end + 50)) || CONDITIONAL_AFTER.test(text.slice(m.end, m.end + 40))) return false;
  if (EARLIER_STAY.test(clauseOf(text, m.start, m.end))) return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return !NOT_DONE_BEFORE.test(before) && !CARRIED_BEFORE.test(before) && !PLAN_INSIDE.test(text.slice(m.start, m.end)) && !infectedDevice(text, m, before);
}
