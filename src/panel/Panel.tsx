import { useState } from 'preact/hooks';
import { addCode, removeCode } from '../shared/claim-list';
import type { ClaimCode } from '../shared/messages';
import { useSettings } from '../shared/use-settings';
import { ClaimTab } from './ClaimTab';
import { SearchTab } from './SearchTab';
import { SettingsBar } from './SettingsBar';
import { SuggestionsTab } from './SuggestionsTab';
import { Tabs, type TabName } from './Tabs';
import { useEncounter } from './use-encounter';
import { usePendingQuery } from './use-pending-query';
import { useSuggestions } from './use-suggestions';
import { useTargetTab } from './use-target-tab';

export function Panel() {
  const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
  const [tab, setTab] = useState<TabName>(initialQuery ? 'search' : 'suggestions');
  const [query, setQuery] = useState(initialQuery);
  usePendingQuery((pending) => {
    setQuery(pending);
    setTab('search');
  });
  const { tabId, visits } = useTargetTab();
  const settings = useSettings();
  const [pageUrl, setPageUrl] = useState<string>();
  const encounter = useEncounter(tabId, pageUrl);
  const dateOfService = settings.value.yearPolicy === 'dateOfService' ? encounter.encounter.dateOfService : undefined;
  const suggestions = useSuggestions(tabId, settings.value.setting, dateOfService, visits);
  if (suggestions.data && suggestions.data.chart.url !== pageUrl) setPageUrl(suggestions.data.chart.url);
  const codes = encounter.encounter.codes;
  const accept = (code: ClaimCode) => encounter.save({ ...encounter.encounter, codes: addCode(codes, code) });
  const unaccept = (code: ClaimCode) => encounter.save({ ...encounter.encounter, codes: removeCode(codes, code) });
  return (
    <main class="panel-main">
      <SettingsBar settings={settings} encounter={encounter} notice={suggestions.data?.result.notice} year={suggestions.data?.result.year} />
      <Tabs current={tab} onSelect={setTab} claimCount={codes.length} />
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel">
        {tab === 'suggestions' && (
          <SuggestionsTab tabId={tabId} state={suggestions} claim={codes} onAccept={accept} onUnaccept={unaccept} copyFormat={settings.value.copyFormat} />
        )}
        {tab === 'search' && <SearchTab query={query} onQuery={setQuery} claim={codes} onAccept={accept} dateOfService={dateOfService} />}
        {tab === 'claim' && <ClaimTab tabId={tabId} encounter={encounter} settings={settings} />}
      </div>
    </main>
  );
}
