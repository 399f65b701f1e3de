/**
 * Types text into a page's field so that React, Angular and plain pages all see it: the native value setter (React
 * tracks values through an instance setter; going around it makes its onChange fire), then input and change events.
 */
import { spliceAtCaret } from '../shared/insert-text';
import type { InsertResult } from '../shared/messages';
import { targetField } from './focus-tracker';

export function insertText(text: string, separator: string): InsertResult {
  const field = targetField();
  if (!field) return { inserted: false, field: '' };
  const label = describeField(field);
  if (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') insertIntoControl(field as HTMLInputElement, text, separator);
  else insertIntoEditable(field, text, separator);
  return { inserted: true, field: label };
}

function insertIntoControl(field: HTMLInputElement | HTMLTextAreaElement, text: string, separator: string): void {
  const view = field.ownerDocument.defaultView as Window & typeof globalThis;
  const proto = field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  const { value, caret } = spliceAtCaret(field.value, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, text, separator);
  field.focus();
  setValue.call(field, value);
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new view.Event('change', { bubbles: true }));
}

function insertIntoEditable(field: HTMLElement, text: string, separator: string): void {
  const doc = field.ownerDocument;
  field.focus();
  const selection = doc.getSelection();
  if (selection && !field.contains(selection.anchorNode)) {
    selection.selectAllChildren(field);
    selection.collapseToEnd();
  }
  const before = (field.textContent ?? '').trimEnd();
  const prefix = before === '' || /\s$/.test(field.textContent ?? '') ? '' : separator;
  // execCommand is deprecated but is the one way that fires beforeinput/input and keeps the page's undo stack.
  if (!doc.execCommand('insertText', false, prefix + text)) {
    field.append(doc.createTextNode(prefix + text));
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function describeField(field: HTMLElement): string {
  const name = field.getAttribute('aria-label') ?? field.getAttribute('name') ?? field.id;
  return `${field.tagName.toLowerCase()}${name ? ` "${name.slice(0, 80)}"` : ''}`;
}
