import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPolicy, parsePolicy, policySites } from '../../src/shared/managed-policy';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings-schema';

const coder: Settings = { ...DEFAULT_SETTINGS, setting: 'inpatient', retentionDays: 30, copyFormat: { separator: 'newline', dots: false } };

describe('parsePolicy', () => {
  it('keeps valid fields and names invalid ones, so one bad value does not void the rest', () => {
    const { policy, invalid } = parsePolicy({ setting: 'inpatient', retentionDays: 0, yearPolicy: 'someday', copyFormat: { dots: true }, unknown: 1 });
    expect(policy).toEqual({ setting: 'inpatient', copyFormat: { dots: true } });
    expect(invalid).toEqual(['yearPolicy', 'retentionDays']);
  });

  it('reads no policy from nothing, null or a non-object', () => {
    for (const raw of [undefined, null, 'x', 42, []]) expect(parsePolicy(raw)).toEqual({ policy: {}, invalid: [] });
  });

  it('accepts every property the managed_schema.json shipped to browsers declares', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../managed_schema.json'), 'utf8'));
    const example = { setting: 'outpatient', yearPolicy: 'latest', copyFormat: { separator: 'space', dots: false }, retentionDays: 14, autoReadSites: ['https://ehr.example.org'] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(example).sort());
    expect(parsePolicy(example)).toEqual({ policy: example, invalid: [] });
  });
});

describe('applyPolicy', () => {
  it('leaves the coder settings alone and marks nothing managed without a policy', () => {
    expect(applyPolicy(coder, {})).toEqual({ settings: coder, managed: [] });
  });

  it('puts each policy value over the coder setting and the default, and names it managed', () => {
    const { settings, managed } = applyPolicy(coder, { setting: 'outpatient', yearPolicy: 'latest', retentionDays: 3 });
    expect(settings).toEqual({ ...coder, setting: 'outpatient', yearPolicy: 'latest', retentionDays: 3 });
    expect(managed.sort()).toEqual(['retentionDays', 'setting', 'yearPolicy']);
  });

  it('merges a partial copy format with the coder one', () => {
    const { settings, managed } = applyPolicy(coder, { copyFormat: { dots: true } });
    expect(settings.copyFormat).toEqual({ separator: 'newline', dots: true });
    expect(managed).toEqual(['copyFormat']);
  });

  it('does not change its inputs', () => {
    const before = structuredClone(coder);
    applyPolicy(coder, { copyFormat: { separator: 'comma' }, setting: 'outpatient' });
    expect(coder).toEqual(before);
  });
});

describe('policySites', () => {
  it('turns addresses into origin patterns, drops what is not a web address, and removes repeats', () => {
    expect(policySites({ autoReadSites: ['https://ehr.example.org/chart', 'ehr.example.org', 'ftp://x.org', 'http://10.0.0.5:8080/'] }))
      .toEqual(['https://ehr.example.org/*', 'http://10.0.0.5/*']);
  });
});
