/** One Index entry of the tree: title, nonessential modifiers, code (and manifestation), table cells, references, subterms. */
import { formatCode, normalizeCode } from '../core/codeset/format';
import type { IndexEntry } from '../core/engine-types';
import type { ClaimCode } from '../shared/messages';
import { IndexCodeDetail } from './IndexCodeDetail';
import { indexSourceLabel } from './index-source';

/** The code whose Tabular detail is open, and the entry (path) it was opened from. */
export interface Opened { path: string; code: string }

interface Props {
  entry: IndexEntry;
  path: string;
  level: number;
  expanded: Set<string>;
  focused: string;
  opened: Opened | undefined;
  onToggle(path: string, open: boolean): void;
  onFocus(path: string): void;
  onOpen(opened: Opened | undefined): void;
  claim: ClaimCode[];
  onAccept(code: ClaimCode): void;
  onFollow(reference: string): void;
}

export function IndexItem(props: Props) {
  const { entry, path, level, expanded, focused, opened, onToggle, onFocus, onOpen, onFollow } = props;
  const hasChildren = entry.children.length > 0;
  const isOpen = hasChildren && expanded.has(path);
  const codeButton = (raw: string, label?: string) => {
    const code = normalizeCode(raw);
    const display = formatCode('icd10cm', code);
    const isShown = opened?.path === path && opened.code === code;
    return (
      <button
        type="button" class="index-code" data-code={code} aria-expanded={isShown}
        aria-label={`${label ? `${label}: ` : ''}${display}, show its Tabular detail`} onClick={() => onOpen(isShown ? undefined : { path, code })}
      >
        {label && <span class="cell-heading">{label}</span>} <span class="code">{raw.endsWith('-') ? `${display}-` : display}</span>
      </button>
    );
  };
  return (
    <li
      role="treeitem" aria-level={level} aria-expanded={hasChildren ? isOpen : undefined} data-path={path}
      tabIndex={focused === path ? 0 : -1} onFocus={() => onFocus(path)} class="index-item"
    >
      <div class="index-row">
        <span class="twisty" aria-hidden="true" onClick={() => hasChildren && onToggle(path, !isOpen)}>{hasChildren ? (isOpen ? '▾' : '▸') : '·'}</span>
        <span class="index-title" onClick={() => hasChildren && onToggle(path, !isOpen)}>{entry.title}</span>
        {entry.nemod && <span class="nemod"> {entry.nemod}</span>}
        {level === 1 && <span class="badge index-source">{indexSourceLabel(entry.part, entry.year)}</span>}
        {entry.code && codeButton(entry.code)}
        {entry.manif && <span class="manif">[{codeButton(entry.manif)}]</span>}
        {entry.see && <button type="button" class="link see" onClick={() => onFollow(entry.see!)}>see {entry.see}</button>}
        {entry.seeAlso && <button type="button" class="link see-also" onClick={() => onFollow(entry.seeAlso!)}>see also {entry.seeAlso}</button>}
      </div>
      {entry.cells && <div class="index-cells">{entry.cells.map((cell) => <span key={cell.heading}>{codeButton(cell.code, cell.heading)}</span>)}</div>}
      {opened?.path === path && <IndexCodeDetail code={opened.code} claim={props.claim} onAccept={props.onAccept} />}
      {isOpen && (
        <ul role="group">
          {entry.children.map((child, k) => <IndexItem {...props} key={k} entry={child} path={`${path}.${k}`} level={level + 1} />)}
        </ul>
      )}
    </li>
  );
}
