/** The claim list of this encounter: in order, reorderable by keyboard and mouse, checked, copied or inserted as one line. */
import { useEffect, useState } from 'preact/hooks';
import type { Prompt } from '../core/types';
import { moveCode, removeCode } from '../shared/claim-list';
import { copyText } from '../shared/copy-text';
import { renderClaimLine, separatorFor } from '../shared/copy-format';
import { type ClaimCode } from '../shared/messages';
import { send, sendToTab } from '../shared/send';
import type { Settings } from '../shared/settings';
import type { StoredState } from '../shared/use-stored';
import { ClaimRow } from './ClaimRow';
import { CopyFormatPicker } from './CopyFormatPicker';
import type { useEncounter } from './use-encounter';

interface Props {
  tabId?: number;
  encounter: ReturnType<typeof useEncounter>;
  settings: StoredState<Settings>;
}

export function ClaimTab({ tabId, encounter, settings }: Props) {
  const { codes, dateOfService } = encounter.encounter;
  const [checks, setChecks] = useState<Prompt[][]>([]);
  const [status, setStatus] = useState('');
  const format = settings.value.copyFormat;
  useEffect(() => {
    if (codes.length === 0) return setChecks([]);
    send({ type: 'checkClaim', codes, dateOfService }).then(setChecks, () => setChecks([]));
  }, [JSON.stringify(codes), dateOfService]);
  if (!encounter.key) return <p class="hint">Open a chart, or type an encounter key above, to keep a claim list.</p>;
  const save = (next: ClaimCode[]) => encounter.save({ ...encounter.encounter, codes: next });
  const move = (from: number, to: number) => {
    save(moveCode(codes, from, to));
    setStatus(`Moved ${codes[from]?.code} to position ${Math.max(1, Math.min(to + 1, codes.length))}`);
  };
  const line = renderClaimLine(codes, format);
  const insertAll = () => {
    if (tabId === undefined) return;
    sendToTab(tabId, { type: 'insertText', text: line, separator: separatorFor(format) })
      .then((r) => setStatus(r.inserted ? `Inserted ${codes.length} codes into ${r.field}` : 'Click the billing field in the page first, then insert.'))
      .catch(() => setStatus('The page is no longer reachable.'));
  };
  return (
    <div class="claim">
      <p class="hint">Encounter: {encounter.label || 'unnamed'}. Codes only are kept, never chart text. Alt+↑/↓ or drag to reorder.</p>
      {codes.length === 0 ? (
        <p>No codes yet: accept suggestions or add codes from Search.</p>
      ) : (
        <ol class="claim-list" aria-label="Claim codes in sequence">
          {codes.map((code, index) => (
            <ClaimRow key={`${code.set}:${code.code}`} code={code} index={index} count={codes.length} prompts={checks[index] ?? []}
              onMove={move} onRemove={() => save(removeCode(codes, code))} />
          ))}
        </ol>
      )}
      <CopyFormatPicker format={format} onChange={(copyFormat) => settings.save({ ...settings.value, copyFormat })} />
      <output class="claim-line" aria-label="Claim line">{line}</output>
      <div class="actions">
        <button type="button" class="primary" disabled={!codes.length} onClick={() => copyText(line).then(() => setStatus('Copied'), () => setStatus('Copy failed: click in the panel first.'))}>Copy all</button>
        <button type="button" disabled={!codes.length} onClick={insertAll}>Insert all</button>
        <button type="button" disabled={!codes.length} onClick={() => confirm('Clear the claim list of this encounter?') && save([])}>Clear</button>
      </div>
      <p class="hint" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
