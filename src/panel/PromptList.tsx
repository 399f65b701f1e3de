/** The engine's prompts: more specific code, 7th character, Excludes1, code first / use additional, sequencing. */
import type { Prompt } from '../core/types';

const LABELS: Record<Prompt['kind'], string> = {
  moreSpecific: 'More specific',
  seventhCharacter: '7th character',
  header: 'Header',
  excludes1: 'Excludes1',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  sequencing: 'Sequencing',
  validity: 'Validity',
  integral: 'Integral symptom',
  reporting: 'Reporting',
};
/** Shown at once; the rest (long "use additional code" lists) wait behind a disclosure. */
const SHOWN = 3;

function PromptItem({ prompt }: { prompt: Prompt }) {
  const label = LABELS[prompt.kind];
  const message = prompt.message.startsWith(`${label}:`) ? prompt.message.slice(label.length + 1).trim() : prompt.message;
  return (
    <li class={`prompt prompt-${prompt.kind}`}>
      <strong>{label}:</strong> {message}
    </li>
  );
}

export function PromptList({ prompts }: { prompts: Prompt[] }) {
  const unique = prompts.filter((p, i) => prompts.findIndex((q) => q.kind === p.kind && q.message === p.message) === i);
  if (unique.length === 0) return null;
  // Problems with the code itself come before reminders about other codes.
  const order = (p: Prompt) => (['excludes1', 'validity', 'header', 'seventhCharacter', 'moreSpecific'].includes(p.kind) ? 0 : 1);
  const sorted = [...unique].sort((a, b) => order(a) - order(b));
  return (
    <div class="prompts-box">
      <ul class="prompts" aria-label="Checks">
        {sorted.slice(0, SHOWN).map((p, i) => <PromptItem key={i} prompt={p} />)}
      </ul>
      {sorted.length > SHOWN && (
        <details>
          <summary>{sorted.length - SHOWN} more checks</summary>
          <ul class="prompts">{sorted.slice(SHOWN).map((p, i) => <PromptItem key={i} prompt={p} />)}</ul>
        </details>
      )}
    </div>
  );
}
