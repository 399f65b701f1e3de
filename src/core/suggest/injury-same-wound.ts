import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Finding } from './assemble';

/**
 * The parts of a region an unspecified injury's title names, as the titles of its injuries name them: an 'R ankle
 * injury' of the chief complaint is the fracture of the malleolus the assessment codes (S82.6-, a code of the lower
 * leg's block), a 'L wrist injury' the Colles fracture of the radius.
 */
const PARTS_OF: Record<string, RegExp> = {
  ankle: /\bankle\b|\bmalleol|\bfibula\b|\btibia\b|\btalus\b|\bpilon\b|\bbimalleolar\b|\btrimalleolar\b/i,
  wrist: /\bwrist\b|\bradius\b|\bulna\b|\bcarpal\b|\bscaphoid\b|\bColles'?\b|\bSmith'?s\b/i,
  knee: /\bknee\b|\bpatella\b|\bmeniscus\b|\bcruciate\b|\bcollateral ligament\b|\btibia\b|\blower end of (?:right |left )?femur\b/i,
  shoulder: /\bshoulder\b|\bclavicle\b|\bscapula\b|\bhumerus\b|\brotator cuff\b|\bacromioclavicular\b/i,
  hip: /\bhip\b|\bfemur\b|\bacetabulum\b/i,
  elbow: /\belbow\b|\bolecranon\b|\bradial head\b|\bhumerus\b/i,
};

const sideOf = (title: string) => /\b(?:right|left)\b/i.exec(title)?.[0].toLowerCase();

/**
 * An unspecified injury of a region ('Unspecified injury of right ankle', S99.911A, read from the chief complaint's 'R
 * ankle injury') beside a named injury of that region, side and encounter is that injury said before it was named:
 * the named one is coded, and the unspecified code's evidence joins it.
 */
export function foldUnspecifiedInjury(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: RawCode) => view.table.titles[view.indexOf(code) ?? -1] ?? '';
  return findings.filter((f) => {
    const region = /^Unspecified injury of (?:right |left |unspecified )?(\w+)/i.exec(titleOf(f.code))?.[1]?.toLowerCase();
    const parts = region && f.code.startsWith('S') ? PARTS_OF[region] : undefined;
    if (!parts) return true;
    const named = findings.find((o) => o !== f && o.code.startsWith('S') && o.code[6] === f.code[6] && !/^Unspecified injury\b/i.test(titleOf(o.code))
      && sideOf(titleOf(o.code)) === sideOf(titleOf(f.code)) && parts.test(titleOf(o.code)));
    if (!named) return true;
    named.evidence.push(...f.evidence);
    return false;
  });
}

/**
 * A laceration or puncture beside an open bite of the same site, side and encounter ('L forearm: 3.5 cm laceration from dog bite'):
 * the Index's 'Bite, forearm S51.85-' codes the wound the bite made, torn as it is, so the laceration is that wound
 * said again and its evidence joins the bite.
 */
export function foldLacerationIntoBite(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: RawCode) => view.table.titles[view.indexOf(code) ?? -1] ?? '';
  const siteOf = (title: string) => /\bof ((?:right |left |unspecified )?[\w ]+?), (?:initial|subsequent|sequela)/i.exec(title)?.[1]?.toLowerCase();
  return findings.filter((f) => {
    // So too its puncture ('bitten on the left hand ... 2 cm puncture wound to the dorsum of the left hand').
    if (!/^(?:Laceration|Puncture wound) (?:without|with) foreign body of\b/i.test(titleOf(f.code))) return true;
    const site = siteOf(titleOf(f.code));
    const bite = site && findings.find((o) => o !== f && o.code[6] === f.code[6] && /^Open bite of\b/i.test(titleOf(o.code)) && siteOf(titleOf(o.code)) === site);
    if (!bite) return true;
    bite.evidence.push(...f.evidence);
    return false;
  });
}
