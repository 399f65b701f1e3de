/** One suggested code: what it is, how sure, the words behind it, what to check, and what to do with it. */
import { useState } from 'preact/hooks';
import { copyText } from '../shared/copy-text';
import { renderCode, separatorFor } from '../shared/copy-format';
import { type TabSuggestions } from '../shared/messages';
import { sendToTab } from '../shared/send';
import type { CopyFormat } from '../shared/settings';
import { EvidenceList } from './EvidenceList';
import { PromptList } from './PromptList';

interface Props {
  suggestion: TabSuggestions['suggestions'][number];
  tabId?: number;
  readId: number;
  copyFormat: CopyFormat;
  accepted: boolean;
  onAccept(): void;
  onUnaccept(): void;
  onReject(): void;
}

export function SuggestionCard({ suggestion: s, tabId, readId, copyFormat, accepted, onAccept, onUnaccept, onReject }: Props) {
  const [status, setStatus] = useState('');
  const text = renderCode(s, copyFormat);
  const copy = () => copyText(text).then(() => setStatus(`Copied ${text}`), () => setStatus('Copy failed: click in the panel first.'));
  const insert = () => {
    if (tabId === undefined) return;
    sendToTab(tabId, { type: 'insertText', text, separator: separatorFor(copyFormat) })
      .then((r) => setStatus(r.inserted ? `Inserted ${text} into ${r.field}` : 'Click the billing field in the page first, then insert.'))
      .catch(() => setStatus('The page is no longer reachable.'));
  };
  return (
    <li class={`card${accepted ? ' accepted' : ''}`} aria-label={`${s.display} ${s.title}`} data-code={s.code}>
      <div class="card-head">
        <span class="code">{s.display}</span>
        <span class={`badge ${s.billable ? 'billable' : 'header'}`}>{s.billable ? 'billable' : 'header: not billable'}</span>
        <span class="confidence" title="How strongly the words support the code">{Math.round(s.confidence * 100)}%</span>
      </div>
      <div class="title">{s.title}</div>
      <EvidenceList snippets={s.snippets} tabId={tabId} readId={readId} />
      <PromptList prompts={s.prompts} />
      <div class="actions">
        {accepted ? (
          <button type="button" onClick={onUnaccept} aria-pressed="true">Accepted</button>
        ) : (
          <button type="button" class="primary" onClick={onAccept}>Accept</button>
        )}
        <button type="button" onClick={onReject}>Reject</button>
        <button type="button" onClick={copy}>Copy</button>
        <button type="button" onClick={insert}>Insert</button>
      </div>
      {status && <p class="hint" role="status">{status}</p>}
    </li>
  );
}
