import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Finding } from './assemble';

/**
 * 'Metastatic adenocarcinoma of the colon to the liver', 'metastatic colon cancer to the liver': the organ after 'to'
 * is where the cancer spread (secondary, C77-C79), the one named with the morphology its primary (Guidelines I.C.2: the
 * primary and each secondary site coded). The site readings take either organ for either column when the words run
 * 'metastatic [primary] to [secondary]'; this rule puts each back: a primary read at the organ after 'to' becomes that
 * organ's secondary code, and a secondary read at the organ before it becomes its primary.
 */
const METASTATIC_TO =
  /\bmetastatic\s+(?:[\w-]+\s+){0,6}?(?:\w*carcinomas?|cancers?|\w*sarcomas?|melanomas?|malignancy|neoplasms?|tumou?rs?)\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+to\s+(?:the\s+|his\s+|her\s+)?(?:(right|left|bilateral)\s+)?(liver|lungs?|bones?|brain|spine|adrenal(?: glands?)?|peritoneum|pleura|lymph nodes?)\b/gi;

/** Each spread-to organ's secondary code, and the primary codes of that organ the readings may have given. */
const SECONDARY: Readonly<Record<string, { code: (side?: string) => RawCode; primary: RegExp }>> = {
  liver: { code: () => 'C787', primary: /^C22/ },
  lung: { code: (s) => (s === 'right' ? 'C7801' : s === 'left' ? 'C7802' : 'C7800'), primary: /^C34/ },
  bone: { code: () => 'C7951', primary: /^C4[01]/ },
  spine: { code: () => 'C7951', primary: /^C4[01]/ },
  brain: { code: () => 'C7931', primary: /^C71/ },
  adrenal: { code: (s) => (s === 'right' ? 'C7971' : s === 'left' ? 'C7972' : 'C7970'), primary: /^C74/ },
  peritoneum: { code: () => 'C786', primary: /^C48/ },
  pleura: { code: () => 'C782', primary: /^C384|^C450/ },
  lymph: { code: () => 'C779', primary: /^C77/ },
};

/** A secondary read at the organ named with the morphology, and that organ's primary code (site unspecified). */
const PRIMARY_OF: readonly [RegExp, RawCode][] = [
  [/^C785/, 'C189'], [/^C784/, 'C179'], [/^C780/, 'C3490'], [/^C7981/, 'C50919'], [/^C790/, 'C649'], [/^C7911/, 'C679'],
  [/^C7982/, 'C61'], [/^C787/, 'C220'],
];

export function withMetastaticTo(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!/\bmetastatic\b/i.test(text)) return findings;
  let out = findings;
  let changed = false;
  for (const m of text.matchAll(METASTATIC_TO)) {
    const start = m.index!;
    const end = start + m[0].length;
    const organ = m[2]!.toLowerCase().replace(/s$/, '').split(' ')[0]!;
    const spread = SECONDARY[organ];
    if (!spread) continue;
    const siteStart = end - m[2]!.length;
    const secondary = spread.code(m[1]?.toLowerCase());
    if (view.indexOf(secondary) === undefined) continue;
    const inside = (f: Finding, from: number, to: number) => f.evidence.some((e) => e.start < to && from < e.end);
    out = out.flatMap((f) => {
      // A primary read at the organ the cancer spread to: that organ's secondary.
      if (spread.primary.test(f.code) && inside(f, siteStart, end)) {
        changed = true;
        return [{ ...f, code: secondary, notes: [...f.notes, `'metastatic ... to the ${m[2]}': where it spread (secondary)`] }];
      }
      // A secondary read at the organ named with the morphology: that organ's primary.
      if (/^C7[7-9]/.test(f.code) && f.code !== secondary && inside(f, start, siteStart) && !inside(f, siteStart, end)) {
        const primary = PRIMARY_OF.find(([rx]) => rx.test(f.code))?.[1];
        // The organ's primary already read by its own site ('renal cell carcinoma' C64.-): the secondary was a misreading.
        if (primary && out.some((o) => o.code.startsWith(primary.slice(0, 3)))) {
          changed = true;
          return [];
        }
        if (primary && view.indexOf(primary) !== undefined) {
          changed = true;
          return [{ ...f, code: primary, notes: [...f.notes, "'metastatic [primary] to ...': the primary's organ"] }];
        }
      }
      return [f];
    });
    // The secondary site's code once, with the words that name it.
    if (!out.some((f) => f.code === secondary)) {
      changed = true;
      out = [...out, { code: secondary, evidence: [{ start: siteStart, end }], score: 6, context: 'affirmed', notes: [`'metastatic ... to the ${m[2]}': where it spread (secondary)`] }];
    }
  }
  if (!changed) return findings;
  // Two readings now one code: their evidence joined.
  const byCode = new Map<string, Finding>();
  for (const f of out) {
    const seen = byCode.get(f.code);
    if (seen) byCode.set(f.code, { ...seen, evidence: [...seen.evidence, ...f.evidence], score: Math.max(seen.score, f.score) });
    else byCode.set(f.code, f);
  }
  return [...byCode.values()];
}
