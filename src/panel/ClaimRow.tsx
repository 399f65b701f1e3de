/** One claim code with its inline checks; Alt+Up/Down moves it, and it can be dragged. */
import { formatCode } from '../core/codeset/format';
import type { Prompt } from '../core/types';
import type { ClaimCode } from '../shared/messages';
import { PromptList } from './PromptList';

interface Props {
  code: ClaimCode;
  index: number;
  count: number;
  prompts: Prompt[];
  onMove(from: number, to: number): void;
  onRemove(): void;
}

export function ClaimRow({ code, index, count, prompts, onMove, onRemove }: Props) {
  const display = formatCode(code.set, code.code);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    onMove(index, to);
    requestAnimationFrame(() => (document.querySelector(`[data-claim-index="${to}"]`) as HTMLElement | null)?.focus());
  };
  return (
    <li
      class={`claim-row${prompts.length ? ' has-checks' : ''}`} tabIndex={0} draggable data-claim-index={index} data-code={code.code}
      aria-label={`${index + 1} of ${count}: ${display}${prompts.length ? `, ${prompts.length} checks` : ''}`} onKeyDown={onKeyDown}
      onDragStart={(e) => e.dataTransfer?.setData('text/x-chartcode-index', String(index))}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const from = Number(e.dataTransfer?.getData('text/x-chartcode-index'));
        if (Number.isInteger(from) && from !== index) onMove(from, index);
      }}
    >
      <span class="position">{index + 1}</span>
      <span class="code">{display}</span>
      <span class="set">{code.set}</span>
      <button type="button" onClick={onRemove} aria-label={`Remove ${display}`}>Remove</button>
      <PromptList prompts={prompts} />
    </li>
  );
}
