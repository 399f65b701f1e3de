/**
 * Defaults an organisation sets by policy (storage.managed, described by managed_schema.json). Browser-free, so
 * that the merge is unit-tested; managed-storage.ts reads the policy. Each field is checked on its own, so one
 * bad value in a policy does not void the others.
 */
import * as z from 'zod/mini';
import { Setting } from './messages';
import { CopyFormat, type Settings } from './settings-schema';
import { originPattern } from './origin-pattern';

export const ManagedPolicy = z.object({
  setting: z.optional(Setting),
  yearPolicy: z.optional(z.enum(['dateOfService', 'latest'])),
  copyFormat: z.optional(z.partial(CopyFormat)),
  retentionDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  autoReadSites: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100))),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;

const FIELDS = ['setting', 'yearPolicy', 'copyFormat', 'retentionDays', 'autoReadSites'] as const;

/** Keeps the valid fields of a raw policy and names the invalid ones. */
export function parsePolicy(raw: unknown): { policy: ManagedPolicy; invalid: string[] } {
  const policy: Record<string, unknown> = {};
  const invalid: string[] = [];
  const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const field of FIELDS) {
    if (record[field] === undefined) continue;
    const parsed = ManagedPolicy.shape[field].safeParse(record[field]);
    if (parsed.success) policy[field] = parsed.data;
    else invalid.push(field);
  }
  return { policy: policy as ManagedPolicy, invalid };
}

/** Settings fields an organisation can fix. */
export type ManagedField = 'setting' | 'yearPolicy' | 'copyFormat' | 'retentionDays';

export interface EffectiveSettings {
  settings: Settings;
  /** Fields whose value comes from the organisation: shown as such, not editable. */
  managed: ManagedField[];
}

/** The coder's settings with the organisation's values on top (a policy value always wins over the coder's). */
export function applyPolicy(settings: Settings, policy: ManagedPolicy): EffectiveSettings {
  const managed: ManagedField[] = [];
  const next: Settings = { ...settings, copyFormat: { ...settings.copyFormat, ...policy.copyFormat } };
  if (policy.copyFormat && Object.keys(policy.copyFormat).length > 0) managed.push('copyFormat');
  if (policy.setting) (next.setting = policy.setting), managed.push('setting');
  if (policy.yearPolicy) (next.yearPolicy = policy.yearPolicy), managed.push('yearPolicy');
  if (policy.retentionDays) (next.retentionDays = policy.retentionDays), managed.push('retentionDays');
  return { settings: next, managed };
}

/** The policy's sites as origin patterns (https://ehr.example.org/*); entries that are not web addresses are dropped. */
export function policySites(policy: ManagedPolicy): string[] {
  return [...new Set((policy.autoReadSites ?? []).flatMap((site) => originPattern(site) ?? []))];
}
