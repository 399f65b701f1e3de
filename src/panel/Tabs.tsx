/** The panel's tab list, with arrow-key movement as the ARIA tabs pattern asks. */
export type TabName = 'suggestions' | 'search' | 'claim';

const TABS: { name: TabName; label: string }[] = [
  { name: 'suggestions', label: 'Suggestions' },
  { name: 'search', label: 'Search' },
  { name: 'claim', label: 'Claim' },
];

export function Tabs({ current, onSelect, claimCount }: { current: TabName; onSelect: (tab: TabName) => void; claimCount: number }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = (TABS.findIndex((t) => t.name === current) + step + TABS.length) % TABS.length;
    onSelect(TABS[index]!.name);
    document.getElementById(`tab-${TABS[index]!.name}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="ChartCode views" class="tabs" onKeyDown={onKeyDown}>
      {TABS.map(({ name, label }) => (
        <button
          key={name} id={`tab-${name}`} role="tab" type="button" aria-selected={current === name}
          aria-controls={`tabpanel-${name}`} tabIndex={current === name ? 0 : -1} onClick={() => onSelect(name)}
        >
          {label}
          {name === 'claim' && claimCount > 0 && <span class="count" aria-label={`${claimCount} codes`}>{claimCount}</span>}
        </button>
      ))}
    </div>
  );
}
