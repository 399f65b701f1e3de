/** Reads the organisation's policy from storage.managed (see managed_schema.json and managed-policy.ts). */
import { browser } from './browser';
import { type ManagedPolicy, parsePolicy } from './managed-policy';

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy names this add-on ("Managed storage manifest not found"): no policy, no error.
    return {};
  }
  const { policy, invalid } = parsePolicy(raw);
  if (invalid.length > 0) console.warn(`ChartCode: the organisation's policy has invalid values for ${invalid.join(', ')}; they are ignored`);
  return policy;
}
