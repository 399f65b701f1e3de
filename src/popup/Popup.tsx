import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../core/engine-types';
import { browser, type Tabs } from '../shared/browser';
import { copyText } from '../shared/copy-text';
import { renderCode } from '../shared/copy-format';
import { logError } from '../shared/log-error';
import { send } from '../shared/send';
import { openPanel } from '../shared/open-panel';
import { useSettings } from '../shared/use-settings';

export function Popup() {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult>();
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const [tab, setTab] = useState<Tabs.Tab>();
  const settings = useSettings();
  const latest = useRef(0);
  useEffect(() => {
    // Known before the click, so that openPanel runs inside the user gesture with nothing awaited first.
    browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTab(t), logError);
    // Warm the engine while the coder types or reaches for "Open the panel": its first load takes most of a second.
    send({ type: 'info' }).catch(logError);
  }, []);
  useEffect(() => {
    const id = ++latest.current;
    if (!query.trim()) return setResult(undefined);
    send({ type: 'search', query, limit: 12 })
      .then((r) => id === latest.current && (setResult(r), setActive(0)))
      .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)));
  }, [query]);
  const hits = result?.hits ?? [];
  const copy = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    const text = renderCode(hit, settings.value.copyFormat);
    copyText(text).then(() => setStatus(`Copied ${text}`), () => setStatus('Copy failed'));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') copy(active);
    else return;
    event.preventDefault();
  };
  return (
    <main class="popup-main">
      <input
        type="search" class="search-box" autoFocus aria-label="Search codes" placeholder="Words or a code" value={query}
        role="combobox" list={undefined} aria-expanded={hits.length > 0} aria-controls="popup-results" aria-activedescendant={hits.length ? `hit-${active}` : undefined}
        onInput={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown}
      />
      {result?.problem && <p class="warning">{result.problem}</p>}
      <ul id="popup-results" role="listbox" class="results" aria-label="Results (Enter copies)">
        {hits.map((hit, i) => (
          <li key={`${hit.set}:${hit.code}`} id={`hit-${i}`} role="option" aria-selected={i === active} class={i === active ? 'active' : ''} data-code={hit.code} onClick={() => copy(i)}>
            <span class="code">{hit.display}</span> <span class="title">{hit.title}</span>{' '}
            <span class={`badge ${hit.billable ? 'billable' : 'header'}`}>{hit.billable ? 'billable' : 'header'}</span>
          </li>
        ))}
      </ul>
      <p class="hint" role="status">{status || (result ? `FY${result.year}${result.notice ? ` · ${result.notice}` : ''}` : 'Enter copies the highlighted code.')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => tab && openPanel(tab).then(() => window.close(), logError)}>Open the panel for this tab</button>
        <button type="button" onClick={() => browser.runtime.openOptionsPage().catch(logError)}>Options</button>
      </div>
    </main>
  );
}
