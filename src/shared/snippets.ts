/** Cuts evidence snippets out of chart text, so that the panel shows the words without ever holding the chart. */
import type { Evidence } from '../core/types';
import type { EvidenceSnippet } from './messages';

/** `context` characters each side, cut at a word boundary, on one line. */
export function snippetFor(text: string, evidence: Evidence, context = 60): EvidenceSnippet {
  const start = Math.max(0, Math.min(evidence.start, text.length));
  const end = Math.max(start, Math.min(evidence.end, text.length));
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  let before = text.slice(Math.max(0, start - context), start);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart >= 0) before = before.slice(lineStart + 1);
  else if (start - context > 0) before = '…' + before.replace(/^\S*\s/, '');
  let after = text.slice(end, end + context);
  const lineEnd = after.indexOf('\n');
  if (lineEnd >= 0) after = after.slice(0, lineEnd);
  else if (end + context < text.length) after = after.replace(/\s\S*$/, '') + '…';
  return { start, end, section: evidence.section, before: oneLine(before), words: oneLine(text.slice(start, end)), after: oneLine(after) };
}
