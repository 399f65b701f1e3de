/** Search as you type over the code sets, then the Tabular detail of the chosen code. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../core/engine-types';
import type { SearchHit } from '../core/types';
import { hasCode } from '../shared/claim-list';
import { type ClaimCode } from '../shared/messages';
import { send } from '../shared/send';
import { CodeDetail } from './CodeDetail';

export interface SearchProps {
  query: string;
  onQuery(query: string): void;
  claim: ClaimCode[];
  onAccept(code: ClaimCode): void;
  dateOfService?: string;
}

export function CodeSearch({ query, onQuery, claim, onAccept, dateOfService }: SearchProps) {
  const [result, setResult] = useState<SearchResult>();
  const [error, setError] = useState('');
  const [chosen, setChosen] = useState<SearchHit>();
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    if (!query.trim()) return setResult(undefined);
    send({ type: 'search', query: query.slice(0, 500), limit: 30, dateOfService })
      .then((r) => id === latest.current && (setResult(r), setError('')))
      .catch((e: unknown) => id === latest.current && setError(e instanceof Error ? e.message : String(e)));
  }, [query, dateOfService]);
  return (
    <div class="search">
      <input
        type="search" class="search-box" aria-label="Search codes by words or code" placeholder="Words or a code, e.g. type 2 diabetes, E11.65"
        value={query} onInput={(e) => onQuery(e.currentTarget.value)} autoFocus
      />
      {error && <p class="error" role="alert">{error}</p>}
      {result?.problem && <p class="warning" role="status">{result.problem}</p>}
      {result?.notice && <p class="notice" role="status">{result.notice}</p>}
      {result && (
        <ul class="results" aria-label={`${result.hits.length} results, FY${result.year}`}>
          {result.hits.map((hit) => (
            <li key={`${hit.set}:${hit.code}`} class={chosen?.code === hit.code ? 'chosen' : ''} data-code={hit.code}>
              <button type="button" class="result" onClick={() => setChosen(hit)} aria-expanded={chosen?.code === hit.code}>
                <span class="code">{hit.display}</span> <span class="title">{hit.title}</span>{' '}
                <span class={`badge ${hit.billable ? 'billable' : 'header'}`}>{hit.billable ? 'billable' : 'header'}</span>
              </button>
              <button type="button" onClick={() => onAccept({ set: hit.set, code: hit.code })} disabled={hasCode(claim, hit)} aria-label={`Add ${hit.display} to the claim`}>
                {hasCode(claim, hit) ? 'Added' : 'Add'}
              </button>
              {chosen?.code === hit.code && chosen.set === hit.set && <CodeDetail hit={hit} onAccept={onAccept} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
