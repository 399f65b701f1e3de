import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/** A sentence about burns or corrosions (chemical burns are corrosions: Guidelines I.C.19.d). */
const BURN = /\b(?:burn(?:s|ed)?|scald\w*|corrosions?|chemical burns?)\b/i;
const CORROSION = /\b(?:corrosions?|chemical burns?|caustic burns?|(?:acid|alkali) burns?)\b/i;
/**
 * The body surface a burn covers: '30% of body surface', '25% of surface', '40% TBSA', 'a 35% total body surface area
 * burn', the title's '80-89% of body surface' (its lower bound), '90% or more', 'less than 10% of body surface'.
 */
const EXTENT = /(less than\s+|under\s+|<\s*)?(\d{1,3})\s*%(?:\s*(?:-|to)\s*\d{1,3}\s*%)?(?:\s+or more)?\s+(?:of\s+(?:the\s+)?)?(?:total\s+)?(?:(?:body|bodily|corporal)\s+)?(?:surface|tbsa|bsa|tbs)\b/i;
/** The share of third degree: '10% full thickness', '50-59% third degree burns', 'third-degree burns on 15%'. */
const THIRD_DEGREE = /(\d{1,3})\s*%(?:\s*(?:-|to)\s*\d{1,3}\s*%)?(?:\s+or more)?(?:\s+(?:of\s+(?:the\s+)?)?(?:it|them|which)?)?\s+(?:(?:was|were|is|are)\s+)?(?:third[- ]degree|3rd[- ]degree|full[- ]thickness|deep)\b|\b(?:third[- ]degree|3rd[- ]degree|full[- ]thickness)(?:\s+(?:burns?|corrosions?))?\s+(?:on|of|over|in)\s+(\d{1,3})\s*%/i;

/**
 * The extent of body surface burned (T31) or corroded (T32), by tens of percent of the whole and of the third degree:
 * 'burns on 30% of body surface, 10% full thickness' T31.31 (Guidelines I.C.19.d.6: the extent is coded beside the
 * sites, or alone where no site is named). No third degree stated reads as under 10% of it (T31.x0).
 */
function burnExtent(text: string, reading: ChartReading): { code: string; start: number; end: number; section: string } | undefined {
  for (const s of reading.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!BURN.test(sentence)) continue;
    const extent = EXTENT.exec(sentence);
    if (!extent) continue;
    // 'less than 10%' is below its number: T31.0.
    const total = Math.min(9, Math.floor((Number(extent[2]) - (extent[1] ? 1 : 0)) / 10));
    const third = THIRD_DEGREE.exec(sentence);
    const deep = third ? Math.min(total, Math.floor(Number(third[1] ?? third[2]) / 10)) : 0;
    const category = CORROSION.test(sentence) ? 'T32' : 'T31';
    const code = total === 0 ? `${category}0` : `${category}${total}${deep}`;
    return { code, start: s.start + extent.index, end: s.start + extent.index + extent[0].length, section: s.section };
  }
  return undefined;
}

/**
 * The findings with the extent read from the percentages in place of any T31-T32 code read from words alone: the
 * titles' words ('Burns involving ... of body surface with ... third degree burns') are the same for every tens of
 * percent, so only the numbers choose among them. A negated mention gives nothing.
 */
export function withBurnExtent(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const extent = BURN.test(text) ? burnExtent(text, reading) : undefined;
  if (!extent || view.indexOf(extent.code) === undefined || reading.contextOf(extent.start, extent.end).decision !== 'affirmed') return findings;
  const worded = findings.filter((f) => /^T3[12]/.test(f.code));
  const kept = findings.filter((f) => !/^T3[12]/.test(f.code));
  const note = 'extent of body surface burned (T31-T32), read from the percentages (Guidelines I.C.19.d.6)';
  const evidence = [{ start: extent.start, end: extent.end, section: extent.section }, ...worded.flatMap((f) => f.evidence)];
  return [...kept, { code: extent.code, evidence, score: Math.max(6, ...worded.map((f) => f.score)), context: 'affirmed', notes: [note] }];
}
