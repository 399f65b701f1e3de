import type { CopyFormat } from '../shared/settings';

export function CopyFormatPicker({ format, onChange }: { format: CopyFormat; onChange(format: CopyFormat): void }) {
  return (
    <fieldset class="copy-format">
      <legend>Copy format</legend>
      <label>
        Separator{' '}
        <select value={format.separator} onChange={(e) => onChange({ ...format, separator: e.currentTarget.value as CopyFormat['separator'] })}>
          <option value="comma">Comma</option>
          <option value="space">Space</option>
          <option value="newline">New line</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={format.dots} onChange={(e) => onChange({ ...format, dots: e.currentTarget.checked })} /> Dots (E11.65)
      </label>
    </fieldset>
  );
}
