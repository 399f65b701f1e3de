/** Sites whose charts are read without a click: optional host permissions, asked for and removed here. */
import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins, grantSite, grantSites, originPattern, removeSite } from '../shared/granted-sites';
import { logError } from '../shared/log-error';
import { policySites } from '../shared/managed-policy';
import { useManagedPolicy } from '../shared/use-managed-policy';

export function GrantedSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  const refresh = () => grantedOrigins().then(setOrigins, logError);
  // A policy cannot grant host permissions itself: the coder allows the organisation's sites once, here.
  const asked = policySites(useManagedPolicy()).filter((site) => !origins.includes(site));
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
      {asked.length > 0 && (
        <p class="managed-sites">
          Your organisation asks ChartCode to read {asked.join(', ')} automatically.{' '}
          <button type="button" onClick={() => grantSites(asked).then((ok) => setStatus(ok ? 'Allowed.' : 'Permission not given.')).then(refresh).catch(logError)}>Allow</button>
        </p>
      )}
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
