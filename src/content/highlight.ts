/**
 * Shows evidence in the page without touching its content or form values: the CSS Custom Highlight API where the
 * browser has it (Chrome 105+, Firefox 140+), else boxes drawn over the words in a closed shadow root that is
 * removed again after a few seconds.
 */
import type { ChartTextBuilder } from '../shared/chart-text';
import type { HighlightResult, Span } from '../shared/messages';

const NAME = 'chartcode-evidence';
const CSS_TEXT = `::highlight(${NAME}) { background-color: #ffd54a; color: #000; }`;
const styled = new WeakSet<Document>();
const registries = new Set<HighlightRegistry>();
let overlay: HTMLElement | undefined;

export function highlightSpans(builder: ChartTextBuilder<Text>, spans: Span[]): HighlightResult {
  clearHighlight();
  const ranges = spans.map((span) => rangeFor(builder, span)).filter((range): range is Range => range !== undefined);
  if (ranges.length === 0) return { highlighted: 0, stale: false, method: 'none' };
  const byDocument = new Map<Document, Range[]>();
  for (const range of ranges) {
    const doc = range.startContainer.ownerDocument!;
    byDocument.set(doc, [...(byDocument.get(doc) ?? []), range]);
  }
  let method: HighlightResult['method'] = 'highlight-api';
  for (const [doc, docRanges] of byDocument) {
    if (!paintWithHighlightApi(doc, docRanges)) {
      drawOverlay(doc, docRanges);
      method = 'overlay';
    }
  }
  scrollToRange(ranges[0]!);
  return { highlighted: ranges.length, stale: false, method };
}

export function clearHighlight(): void {
  for (const registry of registries) registry.delete(NAME);
  registries.clear();
  overlay?.remove();
  overlay = undefined;
}

function rangeFor(builder: ChartTextBuilder<Text>, span: Span): Range | undefined {
  const start = builder.locate(span.start, 'start');
  const end = builder.locate(Math.max(span.start, span.end), 'end');
  if (!start || !end || !start.ref.isConnected) return undefined;
  const range = start.ref.ownerDocument.createRange();
  range.setStart(start.ref, Math.min(start.offset, start.ref.length));
  // A span that crosses into another frame ends with its first node.
  if (end.ref.ownerDocument === start.ref.ownerDocument && end.ref.isConnected) range.setEnd(end.ref, Math.min(end.offset, end.ref.length));
  else range.setEnd(start.ref, start.ref.length);
  return range;
}

function paintWithHighlightApi(doc: Document, ranges: Range[]): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('highlights' in view.CSS) || typeof view.Highlight !== 'function') return false;
  if (!styled.has(doc)) {
    if (!adoptSheet(doc, view)) return false;
    styled.add(doc);
  }
  view.CSS.highlights.set(NAME, new view.Highlight(...ranges));
  registries.add(view.CSS.highlights);
  return true;
}

/** Adds the highlight's style rule to the page: an adopted style sheet, else one style element. */
function adoptSheet(doc: Document, view: Window & typeof globalThis): boolean {
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    // Firefox (140.12 ESR) shows a content script the page's adoptedStyleSheets through an Xray wrapper that can be
    // neither read nor extended ('not iterable'). A style element holding the one ::highlight rule does the same;
    // it changes no content or form value.
    const style = doc.createElement('style');
    style.dataset['chartcode'] = 'highlight';
    style.textContent = CSS_TEXT;
    (doc.head ?? doc.documentElement).append(style);
    return true;
  }
}

function drawOverlay(doc: Document, ranges: Range[]): void {
  const host = doc.createElement('chartcode-overlay');
  const root = host.attachShadow({ mode: 'closed' });
  for (const range of ranges) {
    for (const rect of range.getClientRects()) {
      const box = doc.createElement('div');
      box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;background:rgba(255,213,74,.45);outline:2px solid #c79100;pointer-events:none;z-index:2147483647`;
      root.append(box);
    }
  }
  doc.documentElement.append(host);
  overlay = host;
  setTimeout(() => host.remove(), 4000);
}

function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
