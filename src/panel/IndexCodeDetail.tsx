/** A code chosen in the Index: looked up in the Tabular List, with its title, billable status, detail, Add and Copy. */
import { useEffect, useState } from 'preact/hooks';
import type { SearchResult } from '../core/engine-types';
import { hasCode } from '../shared/claim-list';
import { copyText } from '../shared/copy-text';
import type { ClaimCode } from '../shared/messages';
import { send } from '../shared/send';
import { CodeDetail } from './CodeDetail';

interface Props { code: string; claim: ClaimCode[]; onAccept(code: ClaimCode): void }

export function IndexCodeDetail({ code, claim, onAccept }: Props) {
  const [result, setResult] = useState<SearchResult | null>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    send({ type: 'search', query: code, set: 'icd10cm', limit: 1 }).then(setResult, () => setResult(null));
  }, [code]);
  if (result === undefined) return <p class="hint">Looking up {code}…</p>;
  const hit = result?.hits.find((h) => h.code === code);
  if (!hit) return <p class="warning" role="status">{result?.problem ?? `${code} is not in the Tabular List.`}</p>;
  return (
    <div class="index-code-detail">
      <p>
        <span class="code">{hit.display}</span> <span class="title">{hit.title}</span>{' '}
        <span class={`badge ${hit.billable ? 'billable' : 'header'}`}>{hit.billable ? 'billable' : 'header'}</span>
      </p>
      {result?.problem && <p class="warning" role="status">{result.problem}</p>}
      <div class="actions">
        <button type="button" onClick={() => onAccept({ set: hit.set, code: hit.code })} disabled={hasCode(claim, hit)} aria-label={`Add ${hit.display} to the claim`}>
          {hasCode(claim, hit) ? 'Added' : 'Add'}
        </button>
        <button type="button" onClick={() => copyText(hit.display).then(() => setStatus(`Copied ${hit.display}`), () => setStatus('Copy failed: click in the panel first.'))}>Copy</button>
        <span class="hint" role="status" aria-live="polite">{status}</span>
      </div>
      <CodeDetail hit={hit} onAccept={onAccept} />
    </div>
  );
}
