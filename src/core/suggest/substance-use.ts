import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { sameState } from './substance-details';

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

/** The level words of a F10-F19 title ('Alcohol use, unspecified with ...', 'Alcohol abuse, ...', 'Alcohol dependence ...'). */
const LEVEL_WORDS = / (?:use, unspecified|abuse|dependence)(?=[ ,]|$)/;
/** The levels from the lowest: use (F1x.9), abuse (F1x.1), dependence (F1x.2). */
const LEVELS = ['9', '1', '2'];

/**
 * One level of a substance is coded, the highest documented (Guidelines I.C.5.b.2: use and abuse documented, only the
 * abuse; abuse and dependence, or use and dependence, only the dependence): 'alcohol dependence ... admitted with
 * alcohol withdrawal syndrome' is F10.239, not F10.20 and F10.939 (whose Excludes1 with F10.2- would drop the
 * withdrawal). A lower level's state or induced disorder (a title 'with ...'; the plain codes are left to the Excludes1
 * notes) moves to the code of the same title at the highest level found; where that level
 * has no such code it stays as it is.
 */
export function liftSubstanceLevel(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: string) => view.table.titles[view.indexOf(code) ?? -1] ?? '';
  const highest = new Map<string, number>();
  for (const f of findings) {
    const level = LEVELS.indexOf(f.code[3] ?? '');
    if (SUBSTANCE.test(f.code) && !f.code.startsWith('F17') && f.context !== 'negated' && level > (highest.get(f.code.slice(0, 3)) ?? -1)) highest.set(f.code.slice(0, 3), level);
  }
  return findings.map((f) => {
    const top = highest.get(f.code.slice(0, 3));
    const level = LEVELS.indexOf(f.code[3] ?? '');
    if (top === undefined || f.code.startsWith('F17') || level < 0 || level >= top || f.context === 'negated') return f;
    const shape = titleOf(f.code).replace(LEVEL_WORDS, ' #');
    if (!/ with /.test(shape)) return f;
    const prefix = `${f.code.slice(0, 3)}${LEVELS[top]}`;
    const parent = view.indexOf(prefix);
    const lifted = parent === undefined ? undefined : [parent, ...view.descendants(parent)].find((k) => view.isBillable(k) && sameState(view.table.titles[k]!.replace(LEVEL_WORDS, ' #'), shape));
    return lifted === undefined ? f : { ...f, code: view.table.codes[lifted]!, notes: [...f.notes, 'the highest level of use documented for the substance (Guidelines I.C.5.b.2)'] };
  });
}

/** 'Delirium NOS R41.0', read from the words of a substance state's own delirium. */
const DELIRIUM_WORDS = /^\s*delirium\s*$/i;

/**
 * The delirium of an intoxication or a withdrawal is in its combination code (F10.231 'Alcohol dependence with
 * withdrawal delirium'), not coded again as R41.0: its evidence joins that code's.
 */
export function foldStateDelirium(view: CodeTableView, findings: Finding[], text: string): Finding[] {
  const state = findings.find((f) => SUBSTANCE.test(f.code) && f.context !== 'negated' && /delirium/i.test(view.table.titles[view.indexOf(f.code) ?? -1] ?? ''));
  if (!state) return findings;
  return findings.filter((f) => {
    if (f.code !== 'R410' || !f.evidence.every((e) => DELIRIUM_WORDS.test(text.slice(e.start, e.end)))) return true;
    state.evidence.push(...f.evidence);
    return false;
  });
}
