import type { CodeTableView } from '../search/code-table-view';
import type { ChartReading } from './chart-reading';
import type { Mention } from './find-mentions';
import { MODALITY, modalityOf, studyMention } from './imaging-paired';

/** The regions of the spine the Imaging tables code (Axial Skeleton, BR): Cervical (0), Thoracic (7), Lumbar Spine (9). */
const REGIONS: [RegExp, string[]][] = [
  [/^(?:cervicothoracic|cervicodorsal)$/i, ['0', '7']], [/^(?:thoracolumbar|dorsolumbar)$/i, ['7', '9']],
  [/^cervical$/i, ['0']], [/^(?:thoracic|dorsal)$/i, ['7']], [/^(?:lumbar|lumbosacral)$/i, ['9']],
];
const REGION = '(?:cervicothoracic|cervicodorsal|thoracolumbar|dorsolumbar|cervical|thoracic|dorsal|lumbar|lumbosacral)';
// 'Spinal' alone only before the study: 'MRI of the spinal cord' images the cord (Central Nervous System, B03).
const SPINE = '(?:spine|spinal column|vertebral column)';
const SPINE_BEFORE = '(?:spine|spinal|vertebral)';
const WHOLE = '(?:whole|entire|complete|full|total)';

/** 'MRI of the spine', 'magnetic resonance imaging (MRI) of the whole spine'; 'spinal MRI', 'dorsal spine MRI'. */
const STUDY_OF = new RegExp(`\\b(${MODALITY})(?:\\s*\\(\\w+\\))?\\s+(?:of|on)\\s+(?:the\\s+)?(?:(${WHOLE})\\s+)?(?:(${REGION})\\s+)?${SPINE}\\b`, 'gi');
const SPINE_STUDY = new RegExp(`\\b(?:(${WHOLE})\\s+)?(?:(${REGION})\\s+)?${SPINE_BEFORE}\\s+(${MODALITY})\\b`, 'gi');
/** The word each match of the two holds ('spine', 'spinal', 'vertebral'), as a cheap test of a whole chart. */
const SPINE_WORD = /spin|vertebr/i;

/**
 * Vertebral levels as reports write them ('L4-L5', 'C5-C6', 'D7', 'T11'): C cervical, T or D (dorsal) thoracic, L
 * lumbar. T1 and T2 alone are also the MRI's weighted sequences, so they count only in a range of levels.
 */
const LEVEL = /\b([CTDL])(\d{1,2})(?:\s*-\s*[CTDLS]?\d{1,2})?\b/g;
function regionsOfLevels(sentence: string): string[] {
  const regions = new Set<string>();
  for (const m of sentence.matchAll(LEVEL)) {
    const [whole, letter, number] = [m[0], m[1]!, Number(m[2])];
    if (letter === 'T' && number <= 2 && !whole.includes('-')) continue;
    regions.add(letter === 'C' ? '0' : letter === 'L' ? '9' : '7');
  }
  return [...regions];
}

/**
 * A study of the spine (Imaging, Axial Skeleton) at the regions the note names: a region said with the study ('dorsal
 * spine MRI'); else the whole spine ('MRI of the whole spine': the plain radiography's Whole Spine, and each region for
 * CT and MRI, which have no such value); else the regions of the vertebral levels its sentence reports ('spondylitis at
 * L4-L5' is of the lumbar spine). No region given, no code: the study is not guessed.
 */
export function spineImagingMentions(text: string, reading: ChartReading, view: CodeTableView): Mention[] {
  // Both patterns hold the spine's word: only a chart that names it is scanned (SPINE_STUDY tries at each word).
  if (!SPINE_WORD.test(text)) return [];
  const found: Mention[] = [];
  for (const [pattern, at] of [[STUDY_OF, { modality: 1, whole: 2, region: 3 }], [SPINE_STUDY, { whole: 1, region: 2, modality: 3 }]] as const) {
    for (const m of text.matchAll(pattern)) {
      const type = modalityOf(m[at.modality]!);
      if (!type) continue;
      const start = m.index!;
      const end = start + m[0].length;
      const sentence = reading.sentences.find((s) => s.start <= start && end <= s.end);
      const said = m[at.region] && REGIONS.find(([words]) => words.test(m[at.region]!))?.[1];
      const parts = said ?? (m[at.whole] ? (type === '0' ? ['G'] : ['0', '7', '9']) : regionsOfLevels(text.slice(start, sentence?.end ?? end)));
      for (const part of parts) {
        const codeIndex = view.indexOf(`BR${type}${part}ZZZ`);
        if (codeIndex !== undefined) found.push(studyMention(reading, codeIndex, start, end, said ? 10 : 8));
      }
    }
  }
  return found;
}
