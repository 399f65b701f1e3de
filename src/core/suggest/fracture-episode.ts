import type { CodeTableView } from '../search/code-table-view';
import { clauseSpan } from './procedure-context';

/**
 * The 7th character of an injury code: the episode of care and, for a fracture, whether it is open (and its Gustilo
 * type where the category has open types) and how it heals. The Tabular gives each category its own list (S52: A B C
 * D E F G H J K M N P Q R S; S22: A B D G K S; M84.4-: A D G K P S; S06: A D S), and every code's title spells its
 * character out ('..., subsequent encounter for open fracture type I or II with nonunion'), so the code is chosen
 * among its siblings by those words rather than by a table of letters.
 */

type Encounter = 'initial' | 'subsequent' | 'sequela';
/** 'open' is an open fracture of no stated type; 'I-II' and 'III' are Gustilo types. Closed is no open word. */
type Openness = 'closed' | 'open' | 'I-II' | 'III';
type Healing = 'routine' | 'delayed' | 'nonunion' | 'malunion';

interface Seventh {
  encounter: Encounter;
  open?: Openness;
  healing?: Healing;
}

// 'Aftercare following surgery for left hip fracture': aftercare of an injury is its code with the subsequent
// encounter's character, not a Z aftercare code (Guidelines I.C.19.a, I.C.21.c.7).
const SUBSEQUENT = /\b(subsequent (encounter|visit)|follow[- ]?up (visit|encounter)|routine healing|healing (well|normally)|cast check|suture removal|aftercare)\b/i;
// 'Post-traumatic arthritis of right ankle due to old trimalleolar fracture': the injury a condition now is due to, told
// as old, is its sequela.
const SEQUELA = /\b(sequela|sequelae|late effect|residual (deficit|effect)|due to (an? )?(old|remote|prior|previous))\b/i;

/** The words of a 7th character in a title: '..., initial encounter for open fracture type IIIA, IIIB, or IIIC'. */
function seventhOfTitle(title: string): Seventh | undefined {
  const encounter = /\binitial encounter\b/i.test(title) ? 'initial' : /\bsubsequent encounter\b/i.test(title) ? 'subsequent' : /\bsequela(?: of fracture)?$/i.test(title) ? 'sequela' : undefined;
  if (!encounter) return undefined;
  const open = /\bopen fracture type I or II\b/i.test(title) ? 'I-II' : /\bopen fracture type III/i.test(title) ? 'III' : /\bopen fracture\b/i.test(title) ? 'open' : undefined;
  const healing = /\broutine healing\b/i.test(title) ? 'routine' : /\bdelayed healing\b/i.test(title) ? 'delayed' : /\bnonunion\b/i.test(title) ? 'nonunion' : /\bmalunion\b/i.test(title) ? 'malunion' : undefined;
  return { encounter, open, healing };
}

/** Words between 'open' and 'fracture' that make 'open' another thing's: 'open reduction of the fracture'. */
const NOT_A_FRACTURE_WORD = String.raw`(?!(?:reduction|fixation|surg\w*|approach|repair|treatment|and|or|of|the|with|for|to|in|a|an)\b)`;
/**
 * An open fracture (Index: 'Fracture, traumatic, open'): 'open fracture', 'compound fracture', 'exposed fracture' (the
 * Spanish 'fractura expuesta'), 'open comminuted fracture', 'the fracture was open'. Not the pelvis's 'open book'
 * fracture, a closed one.
 */
const OPEN = new RegExp(String.raw`\b(?:open(?![- ]book)|compound|exposed)\s+(?:${NOT_A_FRACTURE_WORD}[a-z-]+\s+){0,3}fractures?\b|\bfractures?\b[^.;]{0,40}?\b(?:was|were|is|are|being)\s+open\b`, 'gi');
const CLOSED = new RegExp(String.raw`\bclosed\s+(?:${NOT_A_FRACTURE_WORD}[a-z-]+\s+){0,3}fractures?\b`, 'gi');
/**
 * The Gustilo type of an open fracture (the Tabular's note at S52, S72, S82: the open designations are Gustilo's):
 * 'Gustilo type IIIB', 'open fracture type II', 'grade IIIA open fracture'. A type said alone is another
 * classification's (Garden, Schatzker, Salter-Harris), so the word Gustilo or 'open' must say it.
 */
const GUSTILO = /\b(?:gustilo(?:[- ]anderson)?(?:\s+(?:type|grade|class))?|(?:open|compound|exposed)\s+(?:fractures?\s+)?(?:type|grade))\s+(iii|ii|i|[123])(?:\s*-?\s*[abc])?\b|\b(?:type|grade)\s+(iii|ii|i|[123])(?:\s*-?\s*[abc])?\s+(?:open|compound|exposed)\b/gi;

/**
 * How the fracture heals, as the Index sends it to the 7th character ('Nonunion, fracture', 'Malunion, fracture',
 * 'Delay, union, fracture' - see Fracture, by site; Guidelines I.C.19.c.1: malunion and nonunion take the subsequent
 * care characters K, M, N and P, Q, R). Pseudarthrosis of a fracture is its nonunion (Index: Pseudarthrosis - see
 * Fracture, by site, nonunion), not the one after a fusion or arthrodesis (M96.0).
 */
const HEALING: [Healing, RegExp][] = [
  ['nonunion', /\b(?:non-?\s?unions?|nonunited|un-?united|failure to unite|pseudo?-?arthros[ie]s(?![^.;]{0,40}\b(?:fusion|arthrodesis)))\b/gi],
  ['malunion', /\b(?:mal-?\s?unions?|mal-?united|vicious(?:ly)? (?:consolidat\w+|callus|union|healed)|healed (?:\w+ ){0,2}with (?:\w+ )?deformity)\b/gi],
  ['delayed', /\b(?:delayed (?:bone )?(?:union|healing|consolidation)|delay(?:ed)? (?:in|of) (?:the )?(?:bone )?(?:union|healing|consolidation))\b/gi],
  ['routine', /\broutine healing\b/gi],
];
/** A healing word denied: 'without signs of nonunion', 'no malunion'. */
const DENIED = /\b(?:no|not|without|nor|free of|rule out|ruled out)\s+(?:[a-z]+\s+){0,3}$/i;

export interface Detail<T> {
  value: T;
  start: number;
  end: number;
}

function gustiloType(m: RegExpExecArray): Openness {
  const type = (m[1] ?? m[2]!).toLowerCase();
  return type === 'iii' || type === '3' ? 'III' : 'I-II';
}

/** The nearest of the details to the spans: with two fractures in a sentence each keeps the words beside it. */
export function nearest<T>(details: Detail<T>[], spans: { start: number; end: number }[]): T | undefined {
  let best: Detail<T> | undefined;
  let bestDistance = Infinity;
  for (const d of details) {
    for (const s of spans) {
      const distance = Math.max(0, d.start - s.end, s.start - d.end);
      if (distance < bestDistance) [best, bestDistance] = [d, distance];
    }
  }
  return best?.value;
}

/**
 * What the chart says of a fracture in the clauses of its evidence: open or closed (and the Gustilo type), and how it
 * heals. The words nearest the fracture's own are read, so 'an open fracture of the tibia and a closed fracture of
 * the radius' gives each its own.
 */
export function fractureDetails(text: string, spans: { start: number; end: number }[]): { open?: Openness; healing?: Healing } {
  const open: Detail<Openness>[] = [];
  const typed: Detail<Openness>[] = [];
  const healing: Detail<Healing>[] = [];
  for (const span of spans) {
    const [from, to] = clauseSpan(text, span.start, span.end, 150);
    const clause = text.slice(from, to);
    for (const m of clause.matchAll(GUSTILO)) typed.push({ value: gustiloType(m), start: from + m.index!, end: from + m.index! + m[0].length });
    for (const m of clause.matchAll(OPEN)) open.push({ value: 'open', start: from + m.index!, end: from + m.index! + m[0].length });
    for (const m of clause.matchAll(CLOSED)) open.push({ value: 'closed', start: from + m.index!, end: from + m.index! + m[0].length });
    for (const [value, words] of HEALING) {
      for (const m of clause.matchAll(words)) {
        if (DENIED.test(clause.slice(Math.max(0, m.index! - 40), m.index!))) continue;
        healing.push({ value, start: from + m.index!, end: from + m.index! + m[0].length });
      }
    }
  }
  // A Gustilo type in the clause is the open fracture's type ('Exposed fracture of the right tibia, Gustilo IIIA'); it
  // does not make a fracture said to be closed open.
  const said = nearest(open, spans);
  return { open: said === 'open' || said === undefined ? (nearest(typed, spans) ?? said) : said, healing: nearest(healing, spans) };
}

/**
 * The injury code with the 7th character its chart documents: the episode (D for a subsequent encounter, S for a
 * sequela, as written near the evidence), an open fracture (B, or C for Gustilo type III where the category has
 * types), and delayed healing, nonunion or malunion, which are subsequent care (G, K, P and their open forms). What
 * the chart does not say stays as the code has it.
 */
export function withSeventh(view: CodeTableView, code: string, text: string, spans: { start: number; end: number }[], near: string) {
  const i = view.indexOf(code);
  if (i === undefined || code.length !== 7) return undefined;
  const own = seventhOfTitle(view.table.titles[i]!);
  if (!own) return undefined;
  const siblings: [string, Seventh][] = [];
  for (const char of 'ABCDEFGHJKMNPQRS') {
    const k = view.indexOf(`${code.slice(0, 6)}${char}`);
    const seventh = k === undefined || !view.isBillable(k) ? undefined : seventhOfTitle(view.table.titles[k]!);
    if (seventh) siblings.push([`${code.slice(0, 6)}${char}`, seventh]);
  }
  const fracture = siblings.some(([, s]) => s.healing !== undefined || s.open !== undefined);
  const details = fracture ? fractureDetails(text, spans) : {};
  const healing = details.healing ?? own.healing;
  const encounter: Encounter = SEQUELA.test(near)
    ? 'sequela'
    : SUBSEQUENT.test(near) || (details.healing !== undefined && details.healing !== 'routine')
      ? 'subsequent'
      : own.encounter;
  const open = details.open ?? own.open ?? 'closed';
  let choices = siblings.filter(([, s]) => s.encounter === encounter);
  if (encounter !== 'sequela') {
    // Open types where the category has them, else its plain 'open fracture' (S22: B for any open fracture).
    const typed = choices.some(([, s]) => s.open === 'I-II');
    const wanted = open === 'closed' ? undefined : typed ? (open === 'III' ? 'III' : 'I-II') : 'open';
    if (choices.some(([, s]) => s.open !== undefined)) choices = choices.filter(([, s]) => s.open === wanted);
    if (encounter === 'subsequent' && choices.some(([, s]) => s.healing !== undefined)) choices = choices.filter(([, s]) => s.healing === (healing ?? 'routine'));
  }
  const chosen = choices[0]?.[0];
  if (!chosen || chosen === code) return undefined;
  return { code: chosen, note: `7th character ${chosen[6]}: ${noteOf(encounter, open, healing)} documented` };
}

function noteOf(encounter: Encounter, open: Openness, healing: Healing | undefined): string {
  if (encounter === 'sequela') return 'sequela';
  const fracture = open === 'closed' ? '' : open === 'open' ? ' for open fracture' : ` for open fracture (Gustilo type ${open})`;
  const heals = encounter === 'subsequent' && healing && healing !== 'routine' ? ` with ${healing === 'delayed' ? 'delayed healing' : healing}` : '';
  return `${encounter === 'initial' ? 'initial encounter' : 'subsequent encounter'}${fracture}${heals}`;
}
