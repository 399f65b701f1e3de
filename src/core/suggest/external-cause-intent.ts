import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { ASSAULT_ACT, intentSaid, saidIn, type Intent } from './intent-words';

/**
 * The intent of a firearm's or a sharp object's injury, and of one by no stated means, as the sentence says it
 * (Guidelines I.C.20.i: an intent not given is accidental): 'Assault, firearm X95.9', 'Assault, knife X99.1',
 * 'Suicide, firearm X74.9', 'Suicide, cutting or piercing instrument X78.9', 'Stab, stabbing -- see Cut; Cut, inflicted
 * by other person -- see Assault, cutting or piercing instrument', 'Assault, injury Y09'.
 */


const FIREARM = /\b(?:gunshots?|gun\s+shots?|bullet\s+wounds?|firearms?|shotgun)\b/i;
/** A stab, not a 'stabbing pain' nor a surgeon's or a 'Gamma Knife'. */
const SHARP = /\b(?:stab(?:bed|s)?|(?:stabbing|knife)\s+(?:wounds?|injur(?:y|ies)|attack|assault))\b/i;
const KNIFE = /\b(?:knife|knifed|knives)\b/i;

/** The codes of a mechanism by intent, in the order of `Intent`. */
const CODES: Record<'firearm' | 'knife' | 'sharp', Record<Intent, string>> = {
  firearm: { accidental: 'W3400XA', 'self-harm': 'X749XXA', assault: 'X959XXA', undetermined: 'Y249XXA' },
  knife: { accidental: 'W260XXA', 'self-harm': 'X781XXA', assault: 'X991XXA', undetermined: 'Y281XXA' },
  sharp: { accidental: 'W269XXA', 'self-harm': 'X789XXA', assault: 'X999XXA', undetermined: 'Y289XXA' },
};

/** Where a sentence may tell a mechanism or an assault (being stabbed is 'Cut, inflicted by other person'); the sentence itself is read then. */
const CUE = new RegExp(`${FIREARM.source}|${SHARP.source}|${ASSAULT_ACT.source}`, 'gi');

/** External causes by these mechanisms and intents, which a code read here replaces when read in the same sentence. */
const SAME_CAUSE = /^(?:W26|W34|X7[48]|X9[59]|Y09|Y2[48])/;

/** The external cause of one sentence: its mechanism's code by its intent, or an assault by means not stated (Y09). */
function causeOf(sentence: string, intent: Intent): string | undefined {
  if (FIREARM.test(sentence)) return CODES.firearm[intent];
  // A knife in an assault or a self-harm is the means ('he was assaulted with a knife': 'Assault, knife X99.1').
  if (SHARP.test(sentence) || (intent !== 'accidental' && KNIFE.test(sentence))) return CODES[KNIFE.test(sentence) ? 'knife' : 'sharp'][intent];
  return intent === 'assault' ? 'Y09' : undefined;
}

/**
 * An injury whose code carries the intent ('T71.16- Asphyxiation due to hanging', 6th character 1 accidental, 2
 * intentional self-harm, 3 assault, 4 undetermined) with the intent its sentence says. The Table of Drugs' poisonings
 * (T36-T65) are read by their own column.
 */
function withInjuryIntent(view: CodeTableView, f: Finding, text: string, reading: ChartReading): Finding {
  const i = view.indexOf(f.code);
  if (i === undefined || !/^T(?:[0-2]|3[0-5]|6[6-9]|7)/.test(f.code) || f.code[5] !== '1' || !/, accidental\b/i.test(view.table.titles[i]!)) return f;
  const intent = intentSaid(saidIn(text, reading, sentenceAt(reading, f.evidence[0]!.start)));
  const digit = { accidental: '1', 'self-harm': '2', assault: '3', undetermined: '4' }[intent];
  const code = `${f.code.slice(0, 5)}${digit}${f.code.slice(6)}`;
  return digit === '1' || view.indexOf(code) === undefined ? f : { ...f, code, notes: [...f.notes, `intent: ${intent}, as the sentence says (Guidelines I.C.20.i)`] };
}

/**
 * The findings with the external cause of each sentence that names a firearm, a sharp object or an assault read by its
 * intent, replacing the causes the concept dictionary read there without it; an injury coded with its intent. Only
 * beside a condition the cause brought (Guidelines I.C.20), and only where affirmed.
 */
export function withExternalCauseIntent(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!findings.some((f) => !/^[V-Y]/.test(f.code))) return findings;
  const read: Finding[] = [];
  const sentences = new Set<{ start: number; end: number }>();
  for (const m of text.matchAll(CUE)) {
    const at = sentenceAt(reading, m.index);
    if (!at || sentences.has(at)) continue;
    sentences.add(at);
    const code = causeOf(text.slice(at.start, at.end), intentSaid(saidIn(text, reading, at)));
    if (!code || view.indexOf(code) === undefined || reading.contextOf(m.index, m.index + m[0].length).decision !== 'affirmed') continue;
    if (read.some((f) => f.code === code)) continue;
    read.push({ code, evidence: [{ start: m.index, end: m.index + m[0].length }], score: 6, context: 'affirmed', notes: ['external cause by its mechanism and intent (Guidelines I.C.20.i)'] });
  }
  // A cause the dictionary read with the same code is kept with its words ('gunshot wound'); one read otherwise goes.
  const within = (f: Finding) =>
    SAME_CAUSE.test(f.code) && !read.some((r) => r.code === f.code) && f.evidence.every((e) => [...sentences].some((s) => e.start >= s.start && e.end <= s.end));
  const kept = findings.filter((f) => !within(f));
  return [...kept.map((f) => withInjuryIntent(view, f, text, reading)), ...read.filter((r) => !kept.some((f) => f.code === r.code))];
}
