import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * tPA given at another facility before the transfer of a patient with a cerebral infarction (Z92.82 'Status post
 * administration of tPA (rtPA) in a different facility within the last 24 hours prior to admission to current
 * facility', Guidelines I.C.21.c.3; the I63 'Use additional code' note): the thrombolytic and the other facility in
 * one sentence ('given IV tPA at OSH and transferred here for thrombectomy', 'received alteplase at the referring
 * hospital', 's/p IV tPA at OSH'). tPA given in this facility is its procedure (3E03317), not this status.
 */
const THROMBOLYTIC = /\b(?:r?t-?PA|alteplase|tenecteplase|TNK(?:ase)?|activase|IV thrombolysis|thrombolytics?|thrombolysed|thrombolyzed)\b/gi;
const ELSEWHERE = /\b(?:OSH|outside (?:hospital|facility|ED|ER)|referring (?:hospital|facility|ED)|transferring (?:hospital|facility)|another (?:hospital|facility)|other hospital|community hospital|spoke hospital|prior to transfer|before transfer|drip[- ]and[- ]ship)\b/i;

export function withThrombolysisElsewhere(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.code.startsWith('I63')) || view.indexOf('Z9282') === undefined) return findings;
  for (const m of text.matchAll(THROMBOLYTIC)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sentence = reading.sentences.find((s) => s.start <= start && end <= s.end);
    if (!sentence || !ELSEWHERE.test(text.slice(sentence.start, sentence.end))) continue;
    // 's/p IV tPA at OSH' is the status itself (Z92.82 'Status post administration of tPA'), not a past one to leave.
    const { decision, triggerStart, triggerEnd } = reading.contextOf(start, end);
    const statusPost = decision === 'historical' && /^(?:s\/p|status post)$/i.test(text.slice(triggerStart ?? 0, triggerEnd ?? 0));
    if (decision !== 'affirmed' && !statusPost) continue;
    const out = [...findings];
    addRuleFinding(out, 'Z9282', { start, end }, 6, 'tPA given at another facility before the transfer (Z92.82, Guidelines I.C.21.c.3)');
    return out;
  }
  return findings;
}
