/** Remembers the editable field the coder focused last, in the page, its same-origin frames and open shadow roots. */

let lastField: WeakRef<HTMLElement> | undefined;
const watched = new WeakSet<Document>();

export function isEditableField(element: Element | null | undefined): element is HTMLElement {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return !(element as HTMLTextAreaElement).readOnly && !(element as HTMLTextAreaElement).disabled;
  if (tag === 'INPUT') {
    const input = element as HTMLInputElement;
    return ['text', 'search', ''].includes(input.type) && !input.readOnly && !input.disabled;
  }
  return (element as HTMLElement).isContentEditable === true;
}

export function watchFocus(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  doc.addEventListener('focusin', (event) => {
    const target = event.composedPath()[0] as Element | undefined; // the real field inside a shadow root
    if (isEditableField(target)) lastField = new WeakRef(target);
  }, true);
}

/** The focused element, looking into shadow roots and same-origin frames. */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active && (active.tagName === 'IFRAME' || active.tagName === 'FRAME')) {
      const inner = (active as HTMLIFrameElement).contentDocument;
      if (!inner?.activeElement) return active;
      active = inner.activeElement;
    } else return active;
  }
}

/** The field to insert into: the one focused now, else the last one focused while ChartCode was loaded. */
export function targetField(): HTMLElement | undefined {
  const active = deepActiveElement(document);
  if (isEditableField(active)) return active;
  const last = lastField?.deref();
  return last?.isConnected ? last : undefined;
}
