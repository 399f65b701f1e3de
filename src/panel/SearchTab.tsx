/** The Search tab: codes by words or code, the Alphabetic Index family as a tree, or a PCS code built axis by axis. */
import { useState } from 'preact/hooks';
import { CodeSearch, type SearchProps } from './CodeSearch';
import { IndexView } from './IndexView';
import { PcsBuilder } from './PcsBuilder';

type SearchView = 'codes' | 'index' | 'pcs';

const VIEWS: { name: SearchView; label: string }[] = [
  { name: 'codes', label: 'Codes' },
  { name: 'index', label: 'Index' },
  { name: 'pcs', label: 'Build a PCS code' },
];

export function SearchTab(props: SearchProps) {
  const [view, setView] = useState<SearchView>('codes');
  return (
    <>
      <div class="toolbar search-views" role="group" aria-label="Search in">
        {VIEWS.map(({ name, label }) => (
          <button key={name} type="button" class={`view-${name}`} aria-pressed={view === name} onClick={() => setView(name)}>{label}</button>
        ))}
      </div>
      {view === 'codes' && <CodeSearch {...props} />}
      {view === 'index' && <IndexView query={props.query} onQuery={props.onQuery} claim={props.claim} onAccept={props.onAccept} />}
      {view === 'pcs' && <PcsBuilder claim={props.claim} onAccept={props.onAccept} />}
    </>
  );
}
