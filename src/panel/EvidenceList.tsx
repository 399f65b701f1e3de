/** Evidence snippets: the chart's words, as text, each a button that highlights them in the page. */
import { useState } from 'preact/hooks';
import { type EvidenceSnippet } from '../shared/messages';
import { sendToTab } from '../shared/send';

interface Props {
  snippets: EvidenceSnippet[];
  tabId?: number;
  readId: number;
}

export function EvidenceList({ snippets, tabId, readId }: Props) {
  const [status, setStatus] = useState('');
  if (snippets.length === 0) return null;
  const show = (snippet: EvidenceSnippet) => {
    if (tabId === undefined) return;
    sendToTab(tabId, { type: 'highlight', readId, spans: [{ start: snippet.start, end: snippet.end }] })
      .then((result) => setStatus(result.stale ? 'The chart changed since it was read: read it again.' : result.highlighted ? '' : 'Could not find these words in the page.'))
      .catch(() => setStatus('The page is no longer reachable.'));
  };
  return (
    <div class="evidence">
      <ul aria-label="Evidence in the chart">
        {snippets.slice(0, 5).map((snippet) => (
          <li key={`${snippet.start}-${snippet.end}`}>
            <button type="button" class="snippet" onClick={() => show(snippet)} title="Show in the page">
              {snippet.section && snippet.section !== 'other' && <span class="section">{snippet.section}: </span>}
              {snippet.before}<mark>{snippet.words}</mark>{snippet.after}
            </button>
          </li>
        ))}
      </ul>
      {status && <p class="hint" role="status">{status}</p>}
    </div>
  );
}
