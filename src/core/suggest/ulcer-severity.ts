import type { CodeTableView } from '../search/code-table-view';
import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * The depth of a non-pressure chronic ulcer, the 6th character of L97.- and L98.41-L98.49 ('Non-pressure chronic ulcer
 * of other part of right foot limited to breakdown of skin' L97.511), as wound notes write it. Muscle or bone said
 * without necrosis is its own character (5, 6); the order puts those first.
 */
const DEPTH: readonly [RegExp, string][] = [
  [/\bmuscle involvement without (?:evidence of )?necrosis\b/i, '5'],
  [/\bbone involvement without (?:evidence of )?necrosis\b/i, '6'],
  [/\b(?:limited to (?:the )?(?:breakdown of (?:the )?)?skin|skin breakdown|breakdown of (?:the )?skin|partial[- ]thickness)\b/i, '1'],
  [/\b(?:fat layer exposed|exposed fat|fat exposed|(?:exposing|exposure of) (?:the )?(?:subcutaneous )?fat|full[- ]thickness)\b/i, '2'],
  [/\b(?:necrosis of (?:the )?muscle|necrotic muscle|muscle necrosis)\b/i, '3'],
  [/\b(?:necrosis of (?:the )?bone|necrotic bone|bone necrosis)\b/i, '4'],
  // Muscle or bone exposed, or reached ('down to bone'), with no necrosis said: its involvement (5, 6).
  [/\b(?:exposed muscle|muscle exposed|(?:down )?to (?:the )?muscle)\b/i, '5'],
  [/\b(?:exposed bone|bone exposed|(?:down )?to (?:the )?bone)\b/i, '6'],
];
const UNSPECIFIED_DEPTH = /^L9(?:7\d\d|84\d)9$/;

/**
 * An ulcer read with unspecified severity takes the depth its sentence says (after its words, in the same sentence):
 * 'ulcer of right great toe, limited to breakdown of skin' L97.511. Left as it is where none is said.
 */
export function withUlcerSeverity(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  return findings.map((f) => {
    if (!UNSPECIFIED_DEPTH.test(f.code)) return f;
    for (const e of f.evidence) {
      const sentence = sentenceAt(reading, e.start);
      const words = text.slice(e.start, sentence ? Math.max(sentence.end, e.end) : e.end + 80);
      const depth = DEPTH.find(([said]) => said.test(words))?.[1];
      const code = depth && `${f.code.slice(0, -1)}${depth}`;
      if (code && view.indexOf(code) !== undefined) return { ...f, code, notes: [...f.notes, 'ulcer depth as documented'] };
    }
    return f;
  });
}
