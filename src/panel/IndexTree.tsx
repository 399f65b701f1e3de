/**
 * Index entries as an ARIA tree: one tab stop, ↑/↓ move, → opens or goes to the first subterm, ← closes or goes to
 * the parent, Home/End, Enter or Space opens a subterm list (or the code of an entry that has one and no subterms).
 * The code and reference buttons inside each entry stay in the Tab order.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../core/engine-types';
import type { ClaimCode } from '../shared/messages';
import { IndexItem, type Opened } from './IndexItem';

interface Props {
  entries: IndexEntry[];
  /** Subterm titles to open and focus, from a "see" reference. */
  reveal: string[];
  claim: ClaimCode[];
  onAccept(code: ClaimCode): void;
  onFollow(reference: string): void;
}

const fold = (text: string) => text.toLowerCase();

/** Paths ("0.3.1") to open at first: every main term, and the subterms a followed reference names. */
function initialState(entries: IndexEntry[], reveal: string[]): { expanded: Set<string>; focused: string } {
  const expanded = new Set(entries.map((_, i) => String(i)));
  let focused = '0';
  if (reveal.length > 0) {
    entries.forEach((entry, i) => {
      let node = entry;
      let path = String(i);
      for (const wanted of reveal) {
        const k = node.children.findIndex((c) => fold(c.title).startsWith(fold(wanted)));
        if (k < 0) break;
        expanded.add(path);
        node = node.children[k]!;
        path = `${path}.${k}`;
        if (focused === '0') focused = path;
      }
    });
  }
  return { expanded, focused };
}

export function IndexTree({ entries, reveal, claim, onAccept, onFollow }: Props) {
  const [{ expanded: initial, focused: first }] = useState(() => initialState(entries, reveal));
  const [expanded, setExpanded] = useState(initial);
  const [focused, setFocused] = useState(first);
  const [opened, setOpened] = useState<Opened>();
  const tree = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (reveal.length > 0) tree.current?.querySelector<HTMLElement>(`[data-path="${first}"]`)?.focus();
  }, []);
  const setOpen = (path: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(path);
    else next.delete(path);
    setExpanded(next);
  };
  const focusItem = (item: Element | null | undefined) => {
    if (!(item instanceof HTMLElement)) return;
    item.focus();
    setFocused(item.dataset.path ?? '0');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const item = (event.target as Element).closest('[role="treeitem"]');
    if (!(item instanceof HTMLElement) || !tree.current) return;
    const items = [...tree.current.querySelectorAll('[role="treeitem"]')];
    const index = items.indexOf(item);
    const path = item.dataset.path ?? '';
    const isOpen = item.getAttribute('aria-expanded') === 'true';
    const onItself = event.target === item;
    switch (event.key) {
      case 'ArrowDown': focusItem(items[index + 1]); break;
      case 'ArrowUp': focusItem(items[index - 1]); break;
      case 'Home': focusItem(items[0]); break;
      case 'End': focusItem(items.at(-1)); break;
      case 'ArrowRight':
        if (item.getAttribute('aria-expanded') === 'false') setOpen(path, true);
        else if (isOpen) focusItem(item.querySelector('[role="treeitem"]'));
        break;
      case 'ArrowLeft':
        if (isOpen) setOpen(path, false);
        else focusItem(item.parentElement?.closest('[role="treeitem"]'));
        break;
      case 'Enter':
      case ' ':
        if (!onItself) return; // a button inside the entry does its own thing
        if (item.hasAttribute('aria-expanded')) setOpen(path, !isOpen);
        else item.querySelector<HTMLButtonElement>('button.index-code')?.click();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  return (
    <ul role="tree" class="index-tree" aria-label="Index entries" ref={tree} onKeyDown={onKeyDown}>
      {entries.map((entry, i) => (
        <IndexItem
          key={i} entry={entry} path={String(i)} level={1} expanded={expanded} focused={focused} opened={opened}
          onToggle={setOpen} onFocus={setFocused} onOpen={setOpened} claim={claim} onAccept={onAccept} onFollow={onFollow}
        />
      ))}
    </ul>
  );
}
