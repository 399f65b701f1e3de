/** A Preact hook over one storage.local key: read once with zod, then follow changes made by any context. */
import { useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { browser } from './browser';
import { logError } from './log-error';
import { readStored, writeStored } from './storage';

export interface StoredState<T> {
  value: T;
  loaded: boolean;
  keptAside?: string;
  save(next: T): void;
}

export function useStored<S extends z.ZodMiniType>(key: string | undefined, schema: S, empty: z.infer<S>): StoredState<z.infer<S>> {
  const [state, setState] = useState<{ key?: string; value: z.infer<S>; loaded: boolean; keptAside?: string }>({ value: empty, loaded: false });
  useEffect(() => {
    if (!key) return undefined;
    let current = true;
    readStored('local', key, schema, empty)
      .then(({ value, keptAside }) => current && setState({ key, value, loaded: true, keptAside }))
      .catch(logError);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(key in changes)) return;
      const parsed = schema.safeParse(changes[key]!.newValue);
      setState((previous) => ({ ...previous, key, value: parsed.success ? parsed.data : empty, loaded: true }));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key]);
  const value = state.key === key ? state.value : empty;
  const save = (next: z.infer<S>) => {
    if (!key) return;
    // Until the stored value is read, `next` was made from the empty placeholder: writing it would replace what is
    // stored (an Accept clicked the moment a reopened panel shows its cards wiped the claim list). Refuse instead;
    // the control shows no change, so the coder clicks again.
    if (!state.loaded || state.key !== key) {
      console.warn(`ChartCode: ${key} not read yet, change not saved`);
      return;
    }
    setState((previous) => ({ ...previous, key, value: next }));
    writeStored('local', key, schema, next).catch(logError);
  };
  return { value, loaded: state.loaded && state.key === key, keptAside: state.keptAside, save };
}
