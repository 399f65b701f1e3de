/** What the Tabular List says about a code: its chain, its notes (labelled with the year of the list), 7th characters. */
import { useEffect, useState } from 'preact/hooks';
import { formatCode, withSeventh } from '../core/codeset/format';
import type { NoteKind, SearchHit, TabularDetail } from '../core/types';
import { type ClaimCode } from '../shared/messages';
import { send } from '../shared/send';

const NOTE_LABELS: Record<NoteKind, string> = {
  includes: 'Includes', inclusionTerm: 'Inclusion term', excludes1: 'Excludes1', excludes2: 'Excludes2',
  codeFirst: 'Code first', useAdditionalCode: 'Use additional code', codeAlso: 'Code also', notes: 'Note',
};

export function CodeDetail({ hit, onAccept }: { hit: SearchHit; onAccept(code: ClaimCode): void }) {
  const [detail, setDetail] = useState<TabularDetail | null>();
  useEffect(() => {
    send({ type: 'detail', code: hit.code }).then(setDetail, () => setDetail(null));
  }, [hit.code]);
  if (detail === undefined) return <p class="hint">Loading the Tabular List…</p>;
  if (detail === null) return <p class="hint">No Tabular List entry for {hit.display}.</p>;
  return (
    <div class="detail" aria-label={`Tabular detail of ${hit.display}`}>
      <ol class="chain" aria-label="Place in the Tabular List">
        {detail.chain.map((node) => <li key={node.id}><span class="code">{node.level === 'chapter' ? `Ch. ${node.id}` : node.id}</span> {node.title}</li>)}
      </ol>
      {detail.notesYear !== undefined ? (
        <p class="notes-year">notes: FY{detail.notesYear} Tabular List</p>
      ) : (
        <p class="hint">This code is not in the Tabular List file bundled for notes, so no notes are shown.</p>
      )}
      <ul class="notes">
        {detail.notes.map((note, i) => (
          <li key={i} class={`note note-${note.kind}`}>
            <strong>{NOTE_LABELS[note.kind]}</strong> <span class="from">(at {note.from}, FY{note.year})</span>: {note.text}
          </li>
        ))}
      </ul>
      {detail.seventh.length > 0 && (
        <fieldset class="seventh">
          <legend>7th character required</legend>
          {detail.seventh.map((s) => {
            const code = withSeventh(hit.code, s.char);
            return (
              <button key={s.char} type="button" onClick={() => onAccept({ set: hit.set, code })}>
                {formatCode(hit.set, code)} {s.meaning}
              </button>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
