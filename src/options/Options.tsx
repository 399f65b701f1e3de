import type { Setting } from '../core/types';
import type { ManagedField } from '../shared/managed-policy';
import type { Settings } from '../shared/settings';
import { useSettings } from '../shared/use-settings';
import { CopyFormatFields } from './CopyFormatFields';
import { GrantedSites } from './GrantedSites';
import { StoredData } from './StoredData';
import { UserCodesImport } from './UserCodesImport';

export function Options() {
  const settings = useSettings();
  const { value } = settings;
  const update = (patch: Partial<Settings>) => settings.save({ ...value, ...patch });
  const isManaged = (field: ManagedField) => settings.managed.includes(field);
  const byOrganisation = (field: ManagedField) => isManaged(field) && <span class="managed-note"> (set by your organisation)</span>;
  return (
    <main class="options-main">
      <h1>ChartCode options</h1>
      {settings.keptAside && <p class="warning" role="alert">Stored settings were damaged: kept aside as {settings.keptAside} and reset to defaults.</p>}
      <section aria-labelledby="defaults">
        <h2 id="defaults">Defaults</h2>
        <label>
          Setting{' '}
          <select value={value.setting} disabled={isManaged('setting')} onChange={(e) => update({ setting: e.currentTarget.value as Setting })}>
            <option value="outpatient">Outpatient (uncertain diagnoses are not coded)</option>
            <option value="inpatient">Inpatient</option>
          </select>
          {byOrganisation('setting')}
        </label>
        <label>
          Code set year{' '}
          <select value={value.yearPolicy} disabled={isManaged('yearPolicy')} onChange={(e) => update({ yearPolicy: e.currentTarget.value as Settings['yearPolicy'] })}>
            <option value="dateOfService">From the encounter's date of service</option>
            <option value="latest">Always the latest bundled year</option>
          </select>
          {byOrganisation('yearPolicy')}
        </label>
        <label>
          Keep claim lists for{' '}
          <input type="number" min={1} max={365} value={value.retentionDays} disabled={isManaged('retentionDays')} onChange={(e) => update({ retentionDays: Math.max(1, Math.min(365, Number(e.currentTarget.value) || 7)) })} /> days
          {byOrganisation('retentionDays')}
        </label>
        <CopyFormatFields format={value.copyFormat} managed={isManaged('copyFormat')} onChange={(copyFormat) => update({ copyFormat })} />
      </section>
      <GrantedSites />
      <UserCodesImport />
      <StoredData />
    </main>
  );
}
