/**
 * Import of a licensed code set the coder holds (CPT or similar): pick a file, see every bad row, then import it
 * (or only its good rows). The file never leaves the browser; it is kept in storage.local.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseUserCodes, type UserCodeImport } from '../core/import/user-codes';
import { browser } from '../shared/browser';
import { logError } from '../shared/log-error';
import { readUserCodesHeader, removeUserCodes, USER_CODES_KEY, writeUserCodes, type UserCodesHeader } from '../shared/user-codes-store';

/** Larger than any code set file; a bigger one is surely the wrong file. */
const MAX_FILE_BYTES = 20_000_000;
const PROBLEMS_SHOWN = 50;

interface Preview { file: File; text: string; result: UserCodeImport }

export function UserCodesImport() {
  const [stored, setStored] = useState<UserCodesHeader>();
  const [preview, setPreview] = useState<Preview>();
  const [year, setYear] = useState(new Date().getFullYear());
  const [status, setStatus] = useState('');
  useEffect(() => {
    const refresh = () => readUserCodesHeader().then(setStored, logError);
    void refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && USER_CODES_KEY in changes && void refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const pick = async (file: File | undefined) => {
    setPreview(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setStatus(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB: too large for a code set file.`);
    const text = await file.text();
    setPreview({ file, text, result: parseUserCodes(text, { year }) });
    setStatus('');
  };
  const save = async (skipBadRows: boolean) => {
    if (!preview) return;
    const { table } = parseUserCodes(preview.text, { year, skipBadRows });
    setStatus('Importing…');
    const header = await writeUserCodes(table, preview.file.name);
    setPreview(undefined);
    setStatus(`Imported ${header.count} codes from ${header.fileName}; search them in the panel and popup.`);
  };
  const result = preview?.result;
  return (
    <section aria-labelledby="user-codes">
      <h2 id="user-codes">Licensed code sets (CPT)</h2>
      <p class="hint">ChartCode does not include CPT. If you or your organisation hold a licence, import your file: CSV or tab-separated, one code a line: code, descriptor, optional short descriptor. It stays in this browser.</p>
      <p class="user-codes-stored">
        {stored ? `Imported: ${stored.fileName}, ${stored.count} codes (${stored.year}), on ${new Date(stored.importedAt).toLocaleDateString()}.` : 'No code set imported.'}{' '}
        {stored && <button type="button" onClick={() => removeUserCodes().then(() => setStatus('Imported code set removed.'), logError)}>Remove</button>}
      </p>
      <label>Year of the codes <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Math.max(2000, Math.min(2100, Number(e.currentTarget.value) || year)))} /></label>
      <label>File <input type="file" class="user-codes-file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(e) => pick(e.currentTarget.files?.[0]).catch((err: unknown) => setStatus(String(err)))} /></label>
      {result && (
        <div class="user-codes-preview">
          <p>{preview.file.name}: {result.rowsRead} rows{result.hasHeader ? ' after the header' : ''}, {result.problems.length === 0 ? 'all valid.' : `${result.problems.length} with problems:`}</p>
          {result.problems.length > 0 && (
            <ul class="import-problems" aria-label="Rows with problems">
              {result.problems.slice(0, PROBLEMS_SHOWN).map((p) => <li key={`${p.line}:${p.reason}`}>Line {p.line}: {p.reason}</li>)}
              {result.problems.length > PROBLEMS_SHOWN && <li>…and {result.problems.length - PROBLEMS_SHOWN} more.</li>}
            </ul>
          )}
          {result.problems.length === 0
            ? <button type="button" onClick={() => save(false).catch((e: unknown) => setStatus(`Import failed: ${e instanceof Error ? e.message : String(e)}`))}>Import {result.table.codes.length} codes</button>
            : result.goodRows > 0 && <button type="button" onClick={() => save(true).catch((e: unknown) => setStatus(`Import failed: ${e instanceof Error ? e.message : String(e)}`))}>Import the {result.goodRows} good rows, skipping {result.rowsRead - result.goodRows} bad ones</button>}
        </div>
      )}
      <p role="status" class="user-codes-status">{status}</p>
    </section>
  );
}
