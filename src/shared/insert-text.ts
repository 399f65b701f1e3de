/** Where an inserted code goes in a field's value: at the caret, replacing the selection, after a separator when the field already holds text. */
export function spliceAtCaret(value: string, selectionStart: number, selectionEnd: number, text: string, separator: string): { value: string; caret: number } {
  const start = Math.max(0, Math.min(selectionStart, value.length));
  const end = Math.max(start, Math.min(selectionEnd, value.length));
  const before = value.slice(0, start);
  let prefix = '';
  if (before.trim() !== '' && !/\s$/.test(before)) {
    prefix = /[,;]$/.test(before) ? separator.replace(/^[^\s]*/, '') : separator;
  }
  const inserted = prefix + text;
  return { value: before + inserted + value.slice(end), caret: start + inserted.length };
}
