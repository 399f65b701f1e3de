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
};

export function PromptList({ prompts }: { prompts: Prompt[] }) {
  if (prompts.length === 0) return null;
  return (
    <ul class="prompts" aria-label="Checks">
      {prompts.map((p, i) => (
        <li key={i} class={`prompt prompt-${p.kind}`}>
          <strong>{LABELS[p.kind]}:</strong> {p.message}
        </li>
      ))}
    </ul>
  );
}
