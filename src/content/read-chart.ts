/**
 * Reads the chart as the coder sees it: visible text of the page, its same-origin frames (nested, srcdoc,
 * about:blank written by script) and open shadow roots, in rendering order (slots followed), without scripts,
 * styles, form controls or the EHR's own menus, with blocks on their own lines. Keeps the offset map for highlighting.
 */
import { ChartTextBuilder } from '../shared/chart-text';
import { MAX_CHART_CHARS } from '../shared/messages';

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'OBJECT', 'EMBED', 'NAV', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'OPTION', 'DATALIST', 'MENU',
]);
/** ARIA roles of an application's own chrome, not of the chart. */
const SKIPPED_ROLES = new Set(['navigation', 'menu', 'menubar', 'menuitem', 'tablist', 'toolbar', 'search']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'PRE', 'BLOCKQUOTE', 'FORM', 'FIELDSET', 'LEGEND', 'FIGURE', 'FIGCAPTION', 'ADDRESS',
  'HR', 'DETAILS', 'SUMMARY', 'CAPTION', 'BODY', 'HTML',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CELL_TAGS = new Set(['TD', 'TH']);

export interface ChartReading {
  builder: ChartTextBuilder<Text>;
  text: string;
  selectionOnly: boolean;
  framesRead: number;
  framesUnreadable: number;
  /** Documents read (the page and its same-origin frames), to observe for changes. */
  documents: Document[];
}

interface Walk {
  builder: ChartTextBuilder<Text>;
  selection?: Range;
  framesRead: number;
  framesUnreadable: number;
  documents: Document[];
}

export function readChart(root: Document = document): ChartReading {
  const selection = findSelection(root);
  const walk: Walk = { builder: new ChartTextBuilder<Text>(MAX_CHART_CHARS), selection, framesRead: 0, framesUnreadable: 0, documents: [root] };
  walkChildren(root.body ?? root.documentElement, walk);
  const { builder, framesRead, framesUnreadable, documents } = walk;
  return { builder, text: builder.toText(), selectionOnly: selection !== undefined, framesRead, framesUnreadable, documents };
}

/** The coder's selection, in the page or a same-origin frame, when it holds a few words. */
function findSelection(doc: Document): Range | undefined {
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount > 0 && selection.toString().trim().length >= 3) {
    return selection.getRangeAt(0);
  }
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const inner = frameDocument(frame);
    const range = inner && findSelection(inner);
    if (range) return range;
  }
  return undefined;
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin frames throw in some browsers instead of returning null
  }
}

function walkChildren(parent: Node, walk: Walk): void {
  for (let child = parent.firstChild; child && !walk.builder.truncated; child = child.nextSibling) walkNode(child, walk);
}

function walkNode(node: Node, walk: Walk): void {
  if (node.nodeType === Node.TEXT_NODE) return readText(node as Text, walk);
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || isSkippedRole(element) || !isVisible(element)) return;
  const { builder } = walk;
  if (tag === 'BR') return builder.breakLine(1);
  if (tag === 'IFRAME' || tag === 'FRAME') return readFrame(element, walk);
  const heading = HEADING_TAGS.has(tag);
  const block = heading || BLOCK_TAGS.has(tag);
  if (heading) builder.breakLine(2);
  else if (block) builder.breakLine(1);
  else if (CELL_TAGS.has(tag)) builder.space();
  if (tag === 'SLOT') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) for (const child of assigned) walkNode(child, walk);
    else walkChildren(element, walk);
  } else {
    walkChildren(element.shadowRoot ?? element, walk);
  }
  if (block) builder.breakLine(1);
  else if (CELL_TAGS.has(tag)) builder.space();
}

function readText(node: Text, walk: Walk): void {
  const { selection, builder } = walk;
  let start = 0;
  let end = node.data.length;
  if (selection) {
    if (!selection.intersectsNode(node)) return;
    if (node === selection.startContainer) start = selection.startOffset;
    if (node === selection.endContainer) end = selection.endOffset;
  }
  const preformatted = node.parentElement?.closest('pre') != null;
  builder.appendText(node.data.slice(start, end), node, preformatted, start);
}

function readFrame(frame: Element, walk: Walk): void {
  const inner = frameDocument(frame);
  if (!inner?.body) {
    walk.framesUnreadable += 1;
    return;
  }
  walk.framesRead += 1;
  walk.documents.push(inner);
  walk.builder.breakLine(2);
  walkChildren(inner.body, walk);
  walk.builder.breakLine(2);
}

function isSkippedRole(element: Element): boolean {
  const role = element.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

function isVisible(element: Element): boolean {
  if (element.hasAttribute('hidden')) return false;
  // checkVisibility covers display:none ancestors, content-visibility and visibility:hidden (Chrome 105+, Firefox 106+).
  if (typeof element.checkVisibility === 'function' && element.checkVisibility({ visibilityProperty: true })) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  // An element with display:contents has no box, so checkVisibility says false, yet its children render.
  if (style?.display === 'contents') return true;
  return typeof element.checkVisibility !== 'function' && !!style && style.display !== 'none' && style.visibility !== 'hidden';
}
