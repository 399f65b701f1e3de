/** Suggestions for the chart on screen, grouped by kind, with what was read and what was set aside. */
import { useState } from 'preact/hooks';
import type { SuggestionKind } from '../core/types';
import { hasCode } from '../shared/claim-list';
import type { ClaimCode } from '../shared/messages';
import type { CopyFormat } from '../shared/settings';
import { ChartStatus } from './ChartStatus';
import { SetAsideList } from './SetAsideList';
import { SuggestionCard } from './SuggestionCard';
import type { SuggestionsState } from './use-suggestions';

const GROUPS: { kind: SuggestionKind; title: string }[] = [
  { kind: 'diagnosis', title: 'Diagnoses' },
  { kind: 'procedure', title: 'Procedures' },
  { kind: 'supply', title: 'Supplies and services' },
];

interface Props {
  tabId?: number;
  state: SuggestionsState;
  claim: ClaimCode[];
  onAccept(code: ClaimCode): void;
  onUnaccept(code: ClaimCode): void;
  copyFormat: CopyFormat;
}

export function SuggestionsTab({ tabId, state, claim, onAccept, onUnaccept, copyFormat }: Props) {
  const [rejected, setRejected] = useState<string[]>([]);
  const { data, error, loading } = state;
  const visible = (data?.suggestions ?? []).filter((s) => !rejected.includes(`${s.set}:${s.code}`));
  return (
    <div class="suggestions" aria-busy={loading || data?.result.partial === true} data-waited-ms={state.waitedMs?.toFixed(0)}>
      <div class="toolbar">
        <button type="button" onClick={state.refresh} disabled={loading}>{loading ? 'Reading…' : 'Read chart again'}</button>
        {rejected.length > 0 && <button type="button" onClick={() => setRejected([])}>Show {rejected.length} rejected</button>}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {data && <ChartStatus data={data} waitedMs={state.waitedMs} />}
      {data && visible.length === 0 && <p>No codes found in the chart text.</p>}
      {GROUPS.map(({ kind, title }) => {
        const group = visible.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>{title} <span class="count">{group.length}</span></h2>
            <ul class="cards">
              {group.map((s) => (
                <SuggestionCard
                  key={`${s.set}:${s.code}`} suggestion={s} tabId={tabId} readId={data!.chart.readId} copyFormat={copyFormat}
                  accepted={hasCode(claim, s)} onAccept={() => onAccept({ set: s.set, code: s.code })}
                  onUnaccept={() => onUnaccept({ set: s.set, code: s.code })} onReject={() => setRejected((r) => [...r, `${s.set}:${s.code}`])}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {data && data.setAside.length > 0 && <SetAsideList items={data.setAside} tabId={tabId} readId={data.chart.readId} />}
    </div>
  );
}
