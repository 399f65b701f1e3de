/** Sites whose charts are read without a click: optional host permissions, asked for and removed here. */
import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins, grantSite, originPattern, removeSite } from '../shared/granted-sites';
import { logError } from '../shared/log-error';

export function GrantedSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  const refresh = () => grantedOrigins().then(setOrigins, logError);
  useEffect(() => void refresh(), []);
  const grant = (event: Event) => {
    event.preventDefault();
    const pattern = originPattern(input.trim());
    if (!pattern) return setStatus('Type a web address such as https://ehr.example.org');
    // permissions.request must run straight from the click, before anything is awaited.
    grantSite(pattern)
      .then((granted) => setStatus(granted ? `ChartCode now reads ${pattern} when you open it.` : 'Permission not given.'))
      .then(refresh)
      .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">Sites read automatically</h2>
      <p class="hint">Elsewhere ChartCode reads a page only when you click its toolbar button, use its menu or its shortcut.</p>
      <form onSubmit={grant}>
        <label>Site <input type="text" value={input} onInput={(e) => setInput(e.currentTarget.value)} placeholder="https://ehr.example.org" /></label>
        <button type="submit">Grant</button>
      </form>
      <ul aria-label="Granted sites">
        {origins.map((origin) => (
          <li key={origin}>
            {origin} <button type="button" onClick={() => removeSite(origin).then(refresh, logError)} aria-label={`Stop reading ${origin}`}>Remove</button>
          </li>
        ))}
        {origins.length === 0 && <li>None.</li>}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}
