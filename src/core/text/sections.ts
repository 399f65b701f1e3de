/**
 * Note sections from their headings, as EHRs print them: "ASSESSMENT:", "Assessment: text", a heading alone
 * on its line, "HPI The patient...", table rows ("Diagnosis | ..."), and inline "CC: cough. HPI: ...".
 */
import { HEADINGS, NEEDS_COLON, type SectionKind } from './section-headings';

export type { SectionKind } from './section-headings';

export interface Section {
  kind: SectionKind;
  /** The heading as recognised, lower case ("past medical history"); '' for text before the first heading. */
  title: string;
  /** Span of the heading words, without the colon; absent for text before the first heading. */
  heading?: { start: number; end: number };
  /** Span of the body: from after the heading's colon to the next heading, trimmed of surrounding white space. */
  start: number;
  end: number;
}

const KIND_OF = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(HEADINGS)) for (const n of names) KIND_OF.set(n, kind as SectionKind);

function pattern(name: string): string {
  return name
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(' and ')
    .map((part) => part.split('-').map((w) => w.replace(/ /g, '[ \\t]+')).join('[- \\t]?'))
    .join('[ \\t]+(?:and|&)[ \\t]+');
}
const NAMES = [...KIND_OF.keys()].sort((a, b) => b.length - a.length);
const ALTERNATION = NAMES.map(pattern).join('|');
// Heading at line start (after indentation, bullets of markdown "**"/"##"), then its separator.
const LINE_HEADING = new RegExp(`^[ \\t]*(?:[#*_]+[ \\t]*)?(${ALTERNATION})(?![\\p{L}\\p{N}])[*_]*([ \\t]*(?::|\\||\\t|[ \\t]-[ \\t]))?`, 'iu');
// Heading inside a line after a sentence end: only with a colon and a capital first letter.
const INLINE_HEADING = new RegExp(`(?<=[.;][ \\t]+)(${ALTERNATION})[ \\t]*:`, 'giu');
const CAPS_HEADING = /^[ \t]*([A-Z][A-Z0-9 /&,()'-]{2,40}?)[ \t]*:/u;
const CAPS_WITHOUT_COLON = new Set(['hpi', 'pmh', 'psh', 'ros', 'cc', 'fh', 'sh']);

interface Hit {
  kind: SectionKind;
  title: string;
  start: number;
  end: number;
  bodyStart: number;
}

function canonical(raw: string): string {
  return raw.toLowerCase().replace(/\s+/g, ' ').replace(/ & /g, ' and ');
}

function kindOf(title: string): SectionKind {
  return KIND_OF.get(title) ?? KIND_OF.get(title.replace(/[- ]/g, '')) ?? KIND_OF.get(title.replace(/ /g, '-')) ?? 'other';
}

function isCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function lineHeading(text: string, ls: number, line: string): Hit | undefined {
  const m = LINE_HEADING.exec(line);
  if (m) {
    const written = m[1]!;
    const title = canonical(written);
    const start = ls + m.index + m[0].indexOf(written);
    const alone = line.slice(m.index + m[0].length).trim() === '';
    const ok = m[2] !== undefined
      || (alone ? !NEEDS_COLON.has(title) : isCaps(written) && (title.includes(' ') || CAPS_WITHOUT_COLON.has(title)));
    if (ok) return { kind: kindOf(title), title, start, end: start + written.length, bodyStart: ls + m[0].length };
  }
  const caps = CAPS_HEADING.exec(line);
  // Capitals alone are weak evidence ("HIV: negative", "VSG: 40 mm"): demand two words and some length.
  if (caps && caps[1]!.includes(' ') && caps[1]!.length >= 8) {
    const written = caps[1]!;
    const start = ls + caps.index + caps[0].indexOf(written);
    const title = canonical(written);
    return { kind: kindOf(title), title, start, end: start + written.length, bodyStart: ls + caps[0].length };
  }
  return undefined;
}

function findHeadings(text: string): Hit[] {
  const hits: Hit[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const line = m[0].replace(/\r?\n$/, '');
    const first = lineHeading(text, m.index, line);
    if (first) hits.push(first);
    // An inline heading ends in a colon: a line without one (most of a narrative note) is spared the search, whose
    // look-behind and list of headings are tried at every character.
    if (!line.includes(':')) continue;
    INLINE_HEADING.lastIndex = 0;
    for (let x = INLINE_HEADING.exec(line); x; x = INLINE_HEADING.exec(line)) {
      const written = x[1]!;
      const title = canonical(written);
      const start = m.index + x.index;
      if (first && start < first.bodyStart) continue;
      if (NEEDS_COLON.has(title) || !/^\p{Lu}/u.test(written)) continue;
      hits.push({ kind: kindOf(title), title, start, end: start + written.length, bodyStart: m.index + x.index + x[0].length });
    }
  }
  return hits;
}

/** Trims white space off both ends of [start, end). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Sections that decide the context of what they hold (a relative's, a past condition, a differential). */
const CONTEXT_KINDS: ReadonlySet<SectionKind> = new Set(['family', 'pmh', 'psh', 'differential']);
const LIST_LINE = /^[ \t]*(?:[-*•]|\(?\d{1,2}[.)]|#\d)/;

/**
 * Where a context section whose heading has its text on the same line ends: 'Family history: an uncle with ALS.' in
 * a case report is one line, and the prose after it is the patient's again. List lines ('- asthma', '2. CKD') after it
 * continue it; a heading alone on its line keeps its whole body.
 */
function lineSectionEnd(text: string, h: Hit, next: number): number {
  if (!CONTEXT_KINDS.has(h.kind)) return next;
  let end = text.indexOf('\n', h.bodyStart);
  if (end < 0 || end >= next || text.slice(h.bodyStart, end).trim() === '') return next;
  while (end < next) {
    const lineEnd = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, lineEnd < 0 ? text.length : lineEnd);
    if (!LIST_LINE.test(line)) break;
    end = lineEnd < 0 ? text.length : lineEnd;
  }
  return Math.min(end, next);
}

/** Splits a note into sections in text order; text before the first heading is an 'other' section without a heading. */
export function findSections(text: string): Section[] {
  const hits = findHeadings(text);
  const sections: Section[] = [];
  const [pre0, pre1] = trimSpan(text, 0, hits[0]?.start ?? text.length);
  if (pre1 > pre0) sections.push({ kind: 'other', title: '', start: pre0, end: pre1 });
  hits.forEach((h, i) => {
    const next = hits[i + 1]?.start ?? text.length;
    const stop = lineSectionEnd(text, h, next);
    const [start, end] = trimSpan(text, Math.min(h.bodyStart, stop), stop);
    sections.push({ kind: h.kind, title: h.title, heading: { start: h.start, end: h.end }, start, end });
    const [rest0, rest1] = trimSpan(text, stop, next);
    if (rest1 > rest0) sections.push({ kind: 'other', title: '', start: rest0, end: rest1 });
  });
  return sections;
}
