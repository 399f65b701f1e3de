/** Pure edits of an ordered claim list; each returns a new array and leaves its input alone. */
import type { ClaimCode } from './messages';

const same = (a: ClaimCode, b: ClaimCode) => a.set === b.set && a.code === b.code;

/** Appends a code unless the list already holds it. */
export function addCode(list: readonly ClaimCode[], code: ClaimCode): ClaimCode[] {
  return list.some((c) => same(c, code)) ? [...list] : [...list, code];
}

export function removeCode(list: readonly ClaimCode[], code: ClaimCode): ClaimCode[] {
  return list.filter((c) => !same(c, code));
}

/** Moves the item at `from` to index `to` (clamped to the list); out-of-range `from` changes nothing. */
export function moveCode(list: readonly ClaimCode[], from: number, to: number): ClaimCode[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}

export function hasCode(list: readonly ClaimCode[], code: ClaimCode): boolean {
  return list.some((c) => same(c, code));
}
