import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/** The rheumatoid factor said to be of a result: 'seronegative', 'negative for rheumatoid factor', 'RF (...) was negative'. */
const factorSaid = (result: string, before: string) =>
  new RegExp(String.raw`\bsero-?${result}\b|\b(?:${before})\s+(?:for\s+)?(?:the\s+)?(?:rheumatoid factor|RF)\b|\b(?:rheumatoid factor|RF)\s*(?:\([^)]*\)\s*)?(?:was |were |is |:\s*)?${result}\b|\bRF-${result}\b|\bRF\s?${result === 'positive' ? '\\+' : '-(?!\\w)'}`, 'i');
const SERONEGATIVE = factorSaid('negative', 'without|w/o|negative|no');
// 'RA w/ rheumatoid factor, multiple sites', 'RF+', as the Tabular's 'with rheumatoid factor' and US notes write it.
const SEROPOSITIVE = factorSaid('positive', 'positive|with|w/');

/**
 * Rheumatoid arthritis of a named joint. The concepts drop a title's 'without' clause, so 'rheumatoid arthritis of
 * the right knee' reads as M06.061 'Rheumatoid arthritis without rheumatoid factor, right knee'; but the Index gives
 * 'Arthritis, rheumatoid M06.9' with its sites at M06.8- ('knee M06.86-') and sends the serology there only when said
 * ('seronegative - see Arthritis, rheumatoid, without rheumatoid factor' M06.0-). So an M06.0- finding whose words
 * say no negative rheumatoid factor is the same site's M06.8- code (M06.00, of no site, is M06.9).
 * 'Arthritis, rheumatoid, seropositive - see Arthritis, rheumatoid, with rheumatoid factor': where the chart says the
 * factor positive, a named site with no organ named is M05.7- 'with rheumatoid factor of (site) without organ or
 * systems involvement', the site's characters kept (M06.032 left wrist -> M05.732).
 */
export function withRheumatoidSite(view: CodeTableView, f: Finding, text: string) {
  if (!f.code.startsWith('M060')) return undefined;
  const near = f.evidence.map((e) => text.slice(Math.max(0, e.start - 120), e.end + 120)).join(' ');
  if (SERONEGATIVE.test(near)) return undefined;
  if (SEROPOSITIVE.test(near)) {
    const code = `M057${f.code.slice(4)}`;
    if (view.indexOf(code) !== undefined) return { code, note: 'seropositive rheumatoid arthritis of a site is M05.7- (Index: Arthritis, rheumatoid, seropositive, with rheumatoid factor)' };
  }
  const code = f.code === 'M0600' ? 'M069' : `M068${f.code.slice(4)}`;
  if (view.indexOf(code) === undefined) return undefined;
  return { code, note: "rheumatoid arthritis by site is M06.8- (Index: Arthritis, rheumatoid); without rheumatoid factor only when documented (seronegative)" };
}
