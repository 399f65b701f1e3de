/** A Preact hook over the organisation's policy (storage.managed), followed live as the browser updates it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from './browser';
import { logError } from './log-error';
import type { ManagedPolicy } from './managed-policy';
import { readManagedPolicy } from './managed-storage';

export function useManagedPolicy(): ManagedPolicy {
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  useEffect(() => {
    const refresh = () => readManagedPolicy().then(setPolicy, logError);
    void refresh();
    const onChanged = (_changes: unknown, area: string) => area === 'managed' && void refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return policy;
}
