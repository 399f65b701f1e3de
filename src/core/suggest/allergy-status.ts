import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Allergens as charts name them, each the start of a word ('penicillin' also reads 'penicillins'), with the allergy
 * status code a coder reports for a known allergy (Z88 drugs, Z91.0 other substances). Written from clinical usage;
 * every code is checked against the FY2026 order file by a test. First match wins, so the specific come first.
 */
export const ALLERGENS: readonly [words: readonly string[], code: string][] = [
  // 'PCN allergy', as US notes abbreviate penicillin.
  [['penicillin', 'pcn', 'amoxicillin', 'ampicillin', 'cloxacillin', 'piperacillin', 'augmentin', 'beta-lactam', 'betalactam', 'beta lactam'], 'Z880'],
  // Thiazide diuretics are sulfonamides.
  [['sulfa', 'sulpha', 'sulfonamide', 'sulphonamide', 'sulfamethoxazole', 'cotrimoxazole', 'co-trimoxazole', 'bactrim', 'thiazide'], 'Z882'],
  [['antibiotic', 'cephalosporin', 'cefazolin', 'ceftriaxone', 'cefuroxime', 'cephalexin', 'cefalexin', 'macrolide',
    'erythromycin', 'clarithromycin', 'azithromycin', 'quinolone', 'fluoroquinolone', 'ciprofloxacin', 'levofloxacin',
    'tetracycline', 'doxycycline', 'vancomycin', 'gentamicin', 'aminoglycoside', 'clindamycin', 'metronidazole'], 'Z881'],
  [['antifungal', 'fluconazole', 'antiviral', 'acyclovir', 'antimalarial', 'chloroquine', 'anti-infective'], 'Z883'],
  [['anesthetic', 'anaesthetic', 'lidocaine', 'bupivacaine', 'mepivacaine'], 'Z884'],
  [['morphine', 'codeine', 'opioid', 'opiate', 'narcotic', 'tramadol', 'fentanyl', 'oxycodone', 'hydrocodone',
    'meperidine', 'pethidine'], 'Z885'],
  [['aspirin', 'acetylsalicylic', 'salicylate', 'nsaid', 'non-steroidal', 'nonsteroidal', 'anti-inflammator',
    'ibuprofen', 'naproxen', 'diclofenac', 'ketorolac', 'pyrazolone', 'metamizole', 'dipyrone', 'paracetamol',
    'acetaminophen', 'analgesic'], 'Z886'],
  [['vaccine', 'serum', 'antitoxin', 'antiserum'], 'Z887'],
  [['latex', 'rubber'], 'Z91040'],
  // 'Iodine allergy', as charts call an allergy to iodinated contrast.
  [['contrast', 'iodinated', 'iodine', 'radiocontrast', 'dye'], 'Z91041'],
  [['peanut'], 'Z91010'],
  [['milk', 'dairy'], 'Z910110'],
  [['egg'], 'Z910120'],
  [['seafood', 'shellfish', 'fish', 'shrimp', 'prawn', 'crustacean', 'mollusc', 'mollusk', 'lobster', 'crab'], 'Z91013'],
  [['red meat', 'beef', 'pork', 'lamb'], 'Z91014'],
  [['nut', 'almond', 'walnut', 'hazelnut', 'cashew', 'strawberr', 'kiwi', 'wheat', 'soy', 'fruit', 'food'], 'Z91018'],
  [['bee', 'honeybee', 'bee sting'], 'Z91030'],
  [['wasp', 'hornet', 'insect', 'mosquito', 'ant bite', 'fire ant'], 'Z91038'],
  // What the air carries, besides what touches the skin: 'allergy to mites, grasses and animal epithelium' (nonmedicinal
  // substances; not foods, insects, latex or dye, which have their own codes above).
  [['nickel', 'adhesive', 'tape', 'metal', 'mite', 'house dust', 'dust mite', 'pollen', 'grass', 'dander', 'animal epitheli', 'animal hair', 'mold', 'mould'], 'Z91048'],
  [['drug', 'medication', 'medicine', 'medicament'], 'Z889'],
];

/** 'allergic to X', 'allergy to X', 'hypersensitivity to X': what follows, up to the end of the clause, is the allergen. */
const ALLERGIC_TO = /\b(?:allerg(?:y|ies|ic)|hypersensitiv(?:ity|e))\s+(?:to|against)\s+([^.;:\n()]{1,80})/gi;
/** 'penicillin allergy', 'sulfa allergies': the word before names the allergen. */
const X_ALLERGY = /\b([a-z][a-z-]{2,})\s+allerg(?:y|ies)\b/gi;
/** An 'Allergies:' line lists allergens after the colon (find-mentions reads its conditions as reactions). */
export const ALLERGY_LINE = /^\s*(?:drug |known |medication )?(?:allergies|allergy|allergic to)\s*[:-]\s*([^\n]{1,120})/i;
const ITEM_SPLIT = /,|\/|\band\b|\bor\b/gi;

/** Each allergen entry as one pattern: any of its words at the start of a word. */
const ALLERGEN_PATTERNS = ALLERGENS.map(([words, code]) => [new RegExp(`(?:^|[^a-z])(?:${words.map((w) => w.replace(/-/g, '\\-')).join('|')})`), code] as const);

/** The status code of one allergen phrase, or undefined when no listed allergen is in it. */
export function allergenCode(item: string): string | undefined {
  const lower = item.toLowerCase();
  return ALLERGEN_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1];
}

/** One allergen the chart names: its words and the status code for it. */
interface Allergen {
  code: string;
  start: number;
  end: number;
  /** The allergy word and the allergen together: the span a reaction code found on 'allergic' would stand on. */
  phrase: { start: number; end: number };
}

/** Every allergen the chart names as the patient's allergy, each item of a list on its own. */
function allergensOf(text: string, reading: ChartReading): Allergen[] {
  const found: Allergen[] = [];
  const items = (listStart: number, list: string, phraseStart: number) => {
    let at = 0;
    for (const part of list.split(ITEM_SPLIT)) {
      const start = listStart + list.indexOf(part, at);
      at = start - listStart + part.length;
      const code = part.trim() ? allergenCode(part) : undefined;
      // An allergy list runs on unbroken: the first item that names no allergen ends it ('allergic to contrast and
      // smoker of a pack a day').
      if (!code) {
        if (part.trim()) break;
        continue;
      }
      const lead = part.length - part.trimStart().length;
      found.push({ code, start: start + lead, end: start + part.trimEnd().length, phrase: { start: phraseStart, end: start + part.length } });
    }
  };
  for (const m of text.matchAll(ALLERGIC_TO)) items(m.index! + m[0].length - m[1]!.length, m[1]!, m.index!);
  for (const m of text.matchAll(X_ALLERGY)) {
    const code = allergenCode(m[1]!);
    if (code) found.push({ code, start: m.index!, end: m.index! + m[1]!.length, phrase: { start: m.index!, end: m.index! + m[0].length } });
  }
  for (const sentence of reading.sentences) {
    const line = text.slice(sentence.start, sentence.end);
    const listed = ALLERGY_LINE.exec(line);
    if (listed) items(sentence.start + listed.index + listed[0].length - listed[1]!.length, listed[1]!, sentence.start);
    else if (sentence.section === 'allergies') items(sentence.start, line, sentence.start);
  }
  return found;
}

const inside = (e: { start: number; end: number }, span: { start: number; end: number }) => e.start >= span.start && e.end <= span.end;

/**
 * A known allergy is a status, not a reaction today: 'allergic to contrast agent' is Z91.041, 'allergy to aspirin'
 * Z88.6, never T78.40 (allergy, unspecified, a current reaction) nor the long-term use of the drug it names. Returns
 * the findings with those readings of the allergy's words replaced by the status codes; a negated allergy ('no known
 * allergy to penicillin') gives nothing.
 */
export function withAllergyStatus(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!/allerg|hypersensitiv/i.test(text)) return findings;
  let allergens = allergensOf(text, reading).filter((a) => {
    const { decision } = reading.contextOf(a.start, a.end);
    return (decision === 'affirmed' || decision === 'historical') && view.indexOf(a.code) !== undefined;
  });
  // 'Drug allergy to penicillin': the unspecified drug says no more than the named one.
  if (allergens.some((a) => a.code !== 'Z889')) allergens = allergens.filter((a) => a.code !== 'Z889');
  // 'A probable allergy to vitamin B (Neuromade)': an allergy to a thing the list above does not name is a status all
  // the same, whose code the coder chooses by the allergen, and no reaction today (T78.40) whatever its context.
  const stated = [...text.matchAll(ALLERGIC_TO)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (allergens.length === 0 && stated.length === 0) return findings;
  // A reaction code or a drug's long-term use read from the words of the allergy itself.
  const misread = (f: Finding) =>
    (/^(T784|Z79)/.test(f.code) && f.evidence.every((e) => allergens.some((a) => inside(e, f.code.startsWith('Z79') ? a : a.phrase))))
    || (f.code.startsWith('T784') && f.evidence.every((e) => stated.some((span) => inside(e, span))));
  const kept = findings.filter((f) => !misread(f));
  for (const a of allergens) addRuleFinding(kept, a.code, a, 4, 'allergy status (Z88, Z91.0): a known allergy, not a reaction today');
  return kept;
}
