/** A search asked for from outside the panel (right-click "Find codes for"), handed over through storage.session. */
import { useEffect } from 'preact/hooks';
import { browser } from '../shared/browser';
import { logError } from '../shared/log-error';
import { freshPendingQuery } from '../shared/pending-query';

export function usePendingQuery(onQuery: (query: string) => void): void {
  useEffect(() => {
    const take = (value: unknown) => {
      if (value === undefined) return; // nothing handed over, or our own removal below
      const query = freshPendingQuery(value, Date.now());
      // Taken, too old or invalid: either way it must not reach a panel opened later.
      browser.storage.session.remove('pendingQuery').catch(logError);
      if (query) onQuery(query);
    };
    browser.storage.session.get('pendingQuery').then((got) => take(got.pendingQuery)).catch(logError);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes.pendingQuery) take(changes.pendingQuery.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}
