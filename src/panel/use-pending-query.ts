/** A search asked for from outside the panel (right-click "Find codes for"), handed over through storage.session. */
import { useEffect } from 'preact/hooks';
import { browser } from '../shared/browser';
import { logError } from '../shared/log-error';

export function usePendingQuery(onQuery: (query: string) => void): void {
  useEffect(() => {
    const take = (value: unknown) => {
      const query = (value as { query?: unknown } | undefined)?.query;
      if (typeof query !== 'string' || !query) return;
      onQuery(query.slice(0, 500));
      browser.storage.session.remove('pendingQuery').catch(logError);
    };
    browser.storage.session.get('pendingQuery').then((got) => take(got.pendingQuery)).catch(logError);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes.pendingQuery) take(changes.pendingQuery.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}
