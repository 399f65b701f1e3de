/** Building an ICD-10-PCS code axis by axis: the table of its first three characters, then one button per choice. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PcsAxisStep } from '../core/engine-types';
import type { SearchHit } from '../core/types';
import { hasCode } from '../shared/claim-list';
import { copyText } from '../shared/copy-text';
import type { ClaimCode } from '../shared/messages';
import { send } from '../shared/send';
import { useDebounced } from './use-debounced';

interface Props { claim: ClaimCode[]; onAccept(code: ClaimCode): void }

export function PcsBuilder({ claim, onAccept }: Props) {
  const [prefix, setPrefix] = useState('');
  const code = useDebounced(prefix.replace(/[^0-9A-Za-z]/g, '').toUpperCase().slice(0, 7), 200);
  const [step, setStep] = useState<PcsAxisStep | null>();
  const [error, setError] = useState('');
  const latest = useRef(0);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const id = ++latest.current;
    if (code.length < 3) return setStep(undefined);
    send({ type: 'pcsNextAxis', prefix: code })
      .then((s) => id === latest.current && (setStep(s), setError('')))
      .catch((e: unknown) => id === latest.current && setError(e instanceof Error ? e.message : String(e)));
  }, [code]);
  const choose = (char: string) => setPrefix(code + char);
  return (
    <div class="pcs-builder">
      <input
        ref={box} class="search-box pcs-prefix" aria-label="First characters of the PCS code" placeholder="First 3 characters, e.g. 0DT"
        value={prefix} maxLength={7} spellcheck={false} autoFocus onInput={(e) => setPrefix(e.currentTarget.value)}
      />
      {error && <p class="error" role="alert">{error}</p>}
      {code.length < 3 && <p class="hint">Type the section, body system and operation (3 characters) to see their table.</p>}
      {step === null && <p class="warning" role="status">No ICD-10-PCS table allows {code}.</p>}
      {step && (
        <div class="pcs-table" aria-live="polite">
          <p class="pcs-header">
            <span class="code">{step.table.key}</span> {step.table.section} / {step.table.bodySystem} / <strong>{step.table.operation}</strong>
          </p>
          {step.table.definition && <p class="pcs-definition">{step.table.definition}</p>}
          <p class="pcs-so-far">
            <span class="code">{code}</span>{' '}
            {code.length > 3 && <button type="button" onClick={() => (setPrefix(code.slice(0, -1)), box.current?.focus())}>Back one character</button>}
          </p>
          {step.position <= 7
            ? <PcsChoices step={step} onChoose={choose} />
            : <PcsComplete code={code} claim={claim} onAccept={onAccept} />}
        </div>
      )}
    </div>
  );
}

function PcsChoices({ step, onChoose }: { step: PcsAxisStep; onChoose(char: string): void }) {
  return (
    <fieldset class="pcs-choices">
      <legend>Character {step.position}: {step.axis}</legend>
      {step.choices.map((c) => (
        <button key={c.char} type="button" class="pcs-choice" data-char={c.char} onClick={() => onChoose(c.char)}>
          <span class="code">{c.char}</span> {c.label}
        </button>
      ))}
    </fieldset>
  );
}

function PcsComplete({ code, claim, onAccept }: { code: string; claim: ClaimCode[]; onAccept(code: ClaimCode): void }) {
  const [hit, setHit] = useState<SearchHit | null>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    send({ type: 'search', query: code, set: 'icd10pcs', limit: 1 })
      .then((r) => setHit(r.hits.find((h) => h.code === code) ?? null), () => setHit(null));
  }, [code]);
  const claimCode: ClaimCode = { set: 'icd10pcs', code };
  return (
    <div class="pcs-complete" role="status">
      <p>
        <strong>Complete code</strong> <span class="code pcs-code">{code}</span>{' '}
        {hit ? <span class="title">{hit.title}</span> : hit === null && <span class="warning">not in the ICD-10-PCS code list of this year</span>}
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={hasCode(claim, claimCode)} onClick={() => onAccept(claimCode)}>
          {hasCode(claim, claimCode) ? 'Added' : 'Add to claim'}
        </button>
        <button type="button" onClick={() => copyText(code).then(() => setStatus(`Copied ${code}`), () => setStatus('Copy failed: click in the panel first.'))}>Copy</button>
        <span class="hint">{status}</span>
      </div>
    </div>
  );
}
