/** The Alphabetic Index family as the coder types: main terms with their subterms, codes and references, as a tree. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../core/engine-types';
import type { ClaimCode } from '../shared/messages';
import { send } from '../shared/send';
import { IndexTree } from './IndexTree';
import { useDebounced } from './use-debounced';

interface Props {
  query: string;
  onQuery(query: string): void;
  claim: ClaimCode[];
  onAccept(code: ClaimCode): void;
}

export function IndexView({ query, onQuery, claim, onAccept }: Props) {
  const settled = useDebounced(query.trim().slice(0, 200), 250);
  const [result, setResult] = useState<{ query: string; entries: IndexEntry[] }>();
  const [error, setError] = useState('');
  // Subterms named by the last "see" reference followed ("Accident, transport, pedestrian"): opened once it loads.
  const [reveal, setReveal] = useState<string[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    if (!settled) return setResult(undefined);
    send({ type: 'browseIndex', query: settled })
      .then((entries) => id === latest.current && (setResult({ query: settled, entries }), setError('')))
      .catch((e: unknown) => id === latest.current && setError(e instanceof Error ? e.message : String(e)));
  }, [settled]);
  const follow = (reference: string) => {
    const [main = '', ...subterms] = reference.split(',').map((s) => s.trim());
    setReveal(subterms);
    onQuery(main);
  };
  return (
    <div class="index-view">
      <input
        type="search" class="search-box index-box" aria-label="Look up a main term in the Index" placeholder="A main term, e.g. fall, fracture, aspirin"
        value={query} onInput={(e) => (setReveal([]), onQuery(e.currentTarget.value))} autoFocus
      />
      {error && <p class="error" role="alert">{error}</p>}
      {result && result.entries.length === 0 && <p class="hint" role="status">No main term starts with “{result.query}” in the Index files supplied.</p>}
      {result && result.entries.length > 0 && (
        <IndexTree key={result.query} entries={result.entries} reveal={reveal} claim={claim} onAccept={onAccept} onFollow={follow} />
      )}
    </div>
  );
}
