/**
 * Storage keys of encounters: a SHA-256 of the page's origin and path (so that no patient identifier in a URL is
 * stored), or a key the coder typed.
 */

export const ENCOUNTER_PREFIX = 'encounter:';

/**
 * The page part that names an encounter: origin, path, query (parameters sorted) and fragment. EHRs name the
 * patient in any of them ('chart.aspx?mrn=...', '#/patient/123'); two patients must never share a claim list, even
 * if that splits one patient's list across two views. Only the hash of it is stored.
 */
export function encounterSource(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.sort();
    return parsed.origin + parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return url; // not a URL (a key the coder typed): use it as it is
  }
}

/** Storage key of an encounter: hashed page address, or the coder's own key. */
export async function encounterKeyFor(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(encounterSource(url)));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${ENCOUNTER_PREFIX}${hex.slice(0, 32)}`;
}

export function customEncounterKey(typed: string): string {
  return `${ENCOUNTER_PREFIX}custom:${typed.trim().slice(0, 100)}`;
}
