/** What ChartCode keeps (claim lists: codes only) and the button that removes all of it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { ENCOUNTER_PREFIX } from '../shared/encounter';
import { logError } from '../shared/log-error';

export function StoredData() {
  const [counts, setCounts] = useState({ encounters: 0, keptAside: 0 });
  const [status, setStatus] = useState('');
  const refresh = () =>
    browser.storage.local.get(null).then((all) => {
      const keys = Object.keys(all);
      setCounts({ encounters: keys.filter((k) => k.startsWith(ENCOUNTER_PREFIX)).length, keptAside: keys.filter((k) => k.startsWith('corrupt:')).length });
    }, logError);
  useEffect(() => void refresh(), []);
  const clearAll = async () => {
    if (!confirm('Remove all claim lists and settings kept by ChartCode?')) return;
    await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
    setStatus('All stored data removed.');
    await refresh();
  };
  return (
    <section aria-labelledby="stored">
      <h2 id="stored">Stored data</h2>
      <p>
        {counts.encounters} encounter claim list{counts.encounters === 1 ? '' : 's'} (codes and dates only, never chart text)
        {counts.keptAside > 0 && `; ${counts.keptAside} damaged object${counts.keptAside === 1 ? '' : 's'} kept aside`}.
      </p>
      <button type="button" onClick={() => clearAll().catch(logError)}>Clear all stored data</button>
      <p role="status">{status}</p>
    </section>
  );
}
