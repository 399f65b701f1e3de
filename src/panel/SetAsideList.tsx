/** Findings the engine saw and left out (negated, uncertain, history, family...), each with its reason. */
import type { TabSuggestions } from '../shared/messages';
import { EvidenceList } from './EvidenceList';

export function SetAsideList({ items, tabId, readId }: { items: TabSuggestions['setAside']; tabId?: number; readId: number }) {
  return (
    <details class="set-aside" open>
      <summary>Set aside ({items.length})</summary>
      <ul class="cards">
        {items.map((item) => (
          <li key={`${item.code}-${item.context}`} class="card muted" data-code={item.code}>
            <div class="card-head">
              <span class="code">{item.display}</span>
              <span class={`badge context-${item.context}`}>{item.context}</span>
            </div>
            <div class="title">{item.title}</div>
            <p class="reason">{item.reason}</p>
            <EvidenceList snippets={item.snippets} tabId={tabId} readId={readId} />
          </li>
        ))}
      </ul>
    </details>
  );
}
