import type { RawCode } from '../types';
import type { Finding } from './assemble';

// The pulmonary embolism by the extent the CT angiogram reads, and the 'VTE' a note writes for the clot it has named.

/** The words before or in a subsegmental embolism that say there is more than one. */
const MANY = /\b(?:multiple|bilateral|several|numerous|scattered|multifocal|innumerable|two|three|2|3)\b|\bemboli\b|\bPEs\b/i;
/** An embolism of a larger branch than a subsegmental one: then it is not only subsegmental (I26.99 'Other'). */
const LARGER_BRANCH = /\b(?:segmental|lobar|main|central|saddle)\b/i;
/** Characters before the embolism's words in which its count or its branch is still said ('bilateral ... PE'). */
const BEFORE = 40;

const isSubsegmental = (c: RawCode) => c === 'I2693' || c === 'I2694';
const isOtherEmbolism = (c: RawCode) => c === 'I2699' || c === 'I2609';

/**
 * 'Acute bilateral subsegmental PE' is multiple (I26.94 'Multiple subsegmental thrombotic pulmonary emboli'), not the
 * single one (I26.93) its words read as; 'segmental and subsegmental PE' is not only subsegmental and stays the other
 * embolism (I26.99, Index: Embolism, pulmonary, subsegmental applies to the smallest branches alone); 'saddle PE' is the
 * saddle embolus (I26.92, I26.02 with acute cor pulmonale, Index: Embolism, pulmonary, saddle).
 */
export function foldPulmonaryEmbolism(findings: Finding[], text: string): Finding[] {
  const wordsOf = (f: Finding) => f.evidence.map((e) => text.slice(Math.max(0, e.start - BEFORE), e.end)).join(' ');
  let out = findings.map((f) => {
    if (isOtherEmbolism(f.code) && f.evidence.some((e) => /\bsaddle\s+(?:pulmonary\s+)?(?:PE|embol\w*)\b/i.test(text.slice(Math.max(0, e.start - 8), e.end)))) {
      return { ...f, code: f.code === 'I2609' ? 'I2602' : 'I2692', notes: [...f.notes, 'a saddle embolus (Index: Embolism, pulmonary, saddle)'] };
    }
    if (f.code === 'I2693' && MANY.test(wordsOf(f))) return { ...f, code: 'I2694', notes: [...f.notes, 'more than one subsegmental embolus'] };
    return f;
  });
  // The subsegmental embolism read inside the words of one that names a larger branch as well is that embolism.
  const overlaps = (a: Finding, b: Finding) => a.evidence.some((x) => b.evidence.some((y) => x.start < y.end && y.start < x.end));
  const larger = out.find((f) => isOtherEmbolism(f.code) && f.evidence.some((e) => LARGER_BRANCH.test(text.slice(e.start, e.end).replace(/\bsubsegmental\b/gi, ''))));
  if (larger) {
    out = out.filter((f) => {
      if (!isSubsegmental(f.code) || !overlaps(f, larger)) return true;
      larger.evidence.push(...f.evidence);
      return false;
    });
  } else {
    // 'Acute bilateral subsegmental PE' read also as a PE of no stated branch (the 'PE' alone): the subsegmental one.
    const subsegmental = out.find((f) => isSubsegmental(f.code));
    if (subsegmental) {
      out = out.filter((f) => {
        if (f.code !== 'I2699' || !overlaps(f, subsegmental)) return true;
        subsegmental.evidence.push(...f.evidence);
        return false;
      });
    }
  }
  return foldUnplacedThrombosis(out, text);
}

/** Embolism and thrombosis of a named vein (I82.0- to I82.8-, I82.A- to I82.C-), or a pulmonary embolism. */
const PLACED_CLOT = /^(?:I82[0-8A-C]|I26)/;

/** The words that name DVT and PE together, as one disease: not a 'venous thrombosis' of a vein of its own. */
const THROMBOEMBOLISM = /^(?:VTE|(?:venous )?thrombo-?embol(?:ism|ic disease|ic event))$/i;

/**
 * 'Hold tamoxifen given VTE': the venous thromboembolism a note names after its DVT or PE is that clot, not another of
 * an unspecified vein (I82.90); its words join the clot's code.
 */
function foldUnplacedThrombosis(findings: Finding[], text: string): Finding[] {
  const placed = findings.find((f) => PLACED_CLOT.test(f.code) && f.context === 'affirmed');
  if (!placed) return findings;
  return findings.filter((f) => {
    if (f.code !== 'I8290' || !f.evidence.every((e) => THROMBOEMBOLISM.test(text.slice(e.start, e.end)))) return true;
    placed.evidence.push(...f.evidence);
    return false;
  });
}
