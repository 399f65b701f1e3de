import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/** Psychoactive substance use, abuse and dependence (F10-F19): the 4th character is the level (1, 2, 9). */
const SUBSTANCE = /^F1\d/;
/** The level's plain code ('Alcohol dependence, uncomplicated' F10.20) and its 'with unspecified ...-induced disorder'. */
const PLAIN = /(?:abuse|dependence|use, unspecified), uncomplicated$|\bwith unspecified [\w ,-]*induced disorders?$/i;

/**
 * A substance code with a disorder it induced is a combination code (Guidelines I.C.5.b): 'alcohol dependence with
 * alcohol-induced persisting dementia' is F10.27 alone, not with F10.20 'uncomplicated', and 'cannabis use with
 * cannabis-induced anxiety disorder' F12.980 alone, not with F12.99 'with unspecified cannabis-induced disorder'.
 * The plain code of a level (abuse, dependence, use) folds into a code of the same level that says what the
 * substance induced; its evidence joins that code's. (The 'unspecified' of 'use, unspecified' is the level's name,
 * so the general fold of unspecified codes does not see these.)
 */
export function foldSubstancePlain(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: string) => view.table.titles[view.indexOf(code) ?? -1] ?? '';
  const isPlain = (code: string) => PLAIN.test(titleOf(code));
  return findings.filter((f) => {
    if (!SUBSTANCE.test(f.code) || !isPlain(f.code)) return true;
    const level = f.code.slice(0, 4);
    const detailed = findings.find((g) => g !== f && g.context !== 'negated' && g.code.startsWith(level) && / with /i.test(titleOf(g.code)) && !isPlain(g.code));
    if (!detailed) return true;
    detailed.evidence.push(...f.evidence);
    return false;
  });
}
