import type { CopyFormat } from '../shared/settings-schema';

export function CopyFormatFields({ format, managed, onChange }: { format: CopyFormat; managed: boolean; onChange(format: CopyFormat): void }) {
  return (
    <fieldset disabled={managed}>
      <legend>Copy format{managed && <span class="managed-note"> (set by your organisation)</span>}</legend>
      <label>
        Between codes{' '}
        <select value={format.separator} onChange={(e) => onChange({ ...format, separator: e.currentTarget.value as CopyFormat['separator'] })}>
          <option value="comma">Comma (E11.65, I10)</option>
          <option value="space">Space (E11.65 I10)</option>
          <option value="newline">New line</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={format.dots} onChange={(e) => onChange({ ...format, dots: e.currentTarget.checked })} /> Write ICD-10-CM dots
      </label>
    </fieldset>
  );
}
