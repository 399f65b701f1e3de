import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * Rheumatoid arthritis of a named joint. The concepts drop a title's 'without' clause, so 'rheumatoid arthritis of
 * the right knee' reads as M06.061 'Rheumatoid arthritis without rheumatoid factor, right knee'; but the Index gives
 * 'Arthritis, rheumatoid M06.9' with its sites at M06.8- ('knee M06.86-') and sends the serology there only when said
 * ('seronegative - see Arthritis, rheumatoid, without rheumatoid factor' M06.0-). So an M06.0- finding whose words
 * say no negative rheumatoid factor is the same site's M06.8- code (M06.00, of no site, is M06.9).
 */
const SERONEGATIVE = /\bseronegative\b|\b(?:without|negative|no)\s+(?:for\s+)?(?:the\s+)?(?:rheumatoid factor|RF)\b|\b(?:rheumatoid factor|RF)\s*(?:\([^)]*\)\s*)?(?:was |were |is |:\s*)?negative\b|\bRF-negative\b/i;

export function withRheumatoidSite(view: CodeTableView, f: Finding, text: string) {
  if (!f.code.startsWith('M060')) return undefined;
  const near = f.evidence.map((e) => text.slice(Math.max(0, e.start - 120), e.end + 120)).join(' ');
  if (SERONEGATIVE.test(near)) return undefined;
  const code = f.code === 'M0600' ? 'M069' : `M068${f.code.slice(4)}`;
  if (view.indexOf(code) === undefined) return undefined;
  return { code, note: "rheumatoid arthritis by site is M06.8- (Index: Arthritis, rheumatoid); without rheumatoid factor only when documented (seronegative)" };
}
