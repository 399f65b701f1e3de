/** Settings within reach: setting, date of service, encounter key, and which code set year is in use. */
import type { Setting } from '../core/types';
import type { useSettings } from '../shared/use-settings';
import type { useEncounter } from './use-encounter';

interface Props {
  settings: ReturnType<typeof useSettings>;
  encounter: ReturnType<typeof useEncounter>;
  notice?: string;
  year?: number;
}

export function SettingsBar({ settings, encounter, notice, year }: Props) {
  const { value } = settings;
  return (
    <section class="settings-bar" aria-label="Coding settings">
      <label>
        Setting{' '}
        <select
          value={value.setting} disabled={settings.managed.includes('setting')} title={settings.managed.includes('setting') ? 'Set by your organisation' : undefined}
          onChange={(e) => settings.save({ ...value, setting: e.currentTarget.value as Setting })}
        >
          <option value="outpatient">Outpatient</option>
          <option value="inpatient">Inpatient</option>
        </select>
      </label>
      <label>
        Date of service{' '}
        <input
          type="date" value={encounter.encounter.dateOfService ?? ''} disabled={!encounter.key}
          onChange={(e) => encounter.save({ ...encounter.encounter, dateOfService: e.currentTarget.value || undefined })}
        />
      </label>
      <label class="encounter">
        Encounter{' '}
        <input
          type="text" placeholder={encounter.label || 'page address'} value={encounter.typed} maxLength={100}
          aria-describedby="encounter-help" onInput={(e) => encounter.setTyped(e.currentTarget.value)}
        />
      </label>
      <p id="encounter-help" class="hint">
        {encounter.typed ? 'Claim list kept under the key you typed.' : 'Claim list kept for this page address; type a key to use your own.'}
      </p>
      {year !== undefined && <p class="year" role="status">Code set FY{year}{value.yearPolicy === 'latest' ? ' (latest)' : ''}</p>}
      {notice && <p class="notice" role="status">{notice}</p>}
      {settings.keptAside && <p class="warning" role="alert">Your stored settings were damaged; they were kept aside ({settings.keptAside}) and reset.</p>}
      {encounter.keptAside && <p class="warning" role="alert">This encounter's stored claim list was damaged; it was kept aside ({encounter.keptAside}) and a new one started.</p>}
    </section>
  );
}
