import type { ReadArtifact as Read } from './codeset/artifact-read';
import { type Catalog, CODE_INDEX, CODE_TABLE } from './codeset/artifact-schemas';
import type { SetSummary } from './codeset/loader';
import { tabularRulesTables, tabularYears } from './codeset/tabular-list';
import { INDEX_PARTS } from './search/index-file';
import { conceptsName, type SearchCatalog, searchIndexName } from './search/search-artifacts';

/**
 * A read that can start ahead of need: `prefetch(names)` begins reading files a loader will ask for soon, so that
 * reading them overlaps the parsing of others instead of waiting for it (the concept dictionaries are read once the
 * sets are in). The loader's `read` takes the pending file.
 */
export function prefetching(read: Read): { read: Read; prefetch(names: string[]): void } {
  const pending = new Map<string, ReturnType<Read>>();
  return {
    read: (name) => {
      const text = pending.get(name);
      if (!text) return read(name);
      pending.delete(name); // taken once: the loader keeps what it needs
      return text;
    },
    prefetch: (names) => {
      for (const name of names) {
        if (pending.has(name)) continue;
        const text = read(name);
        text.catch(() => undefined); // reported by the loader that takes it
        pending.set(name, text);
      }
    },
  };
}

/** Names listed in the search catalog as `name(0)`, `name(1)`, ... until one is missing. */
function numbered(search: SearchCatalog, name: (i: number) => string): string[] {
  const names: string[] = [];
  for (let i = 0; search.files.some((f) => f.name === name(i)); i++) names.push(name(i));
  return names;
}

/** A set's code table shards and lookup slots. */
export function tableFiles(catalog: Catalog, { set, year }: SetSummary): string[] {
  const tables: string[] = [CODE_TABLE, CODE_INDEX];
  return catalog.artifacts.filter((e) => e.set === set && e.year === year && tables.includes(e.table)).map((e) => e.name);
}

/** A set's search index files, when the build made them. */
export function indexFiles(search: SearchCatalog, { set, year }: SetSummary): string[] {
  const names = INDEX_PARTS.map((part) => searchIndexName(set, year, part));
  return names.filter((name) => search.files.some((f) => f.name === name));
}

/** The files a set's search needs: its code table shards and search index. */
export function setFiles(catalog: Catalog, search: SearchCatalog, summary: SetSummary): string[] {
  return [...tableFiles(catalog, summary), ...indexFiles(search, summary)];
}

/** The files suggestions need beyond the sets: what they read of the newest Tabular List, each set's concept dictionary. */
export function suggestFiles(catalog: Catalog, search: SearchCatalog, sets: SetSummary[]): string[] {
  const year = tabularYears(catalog)[0];
  const tables = year === undefined ? [] : tabularRulesTables(catalog, year);
  const tabular = catalog.artifacts.filter((e) => e.year === year && tables.includes(e.table)).map((e) => e.name);
  return [...tabular, ...conceptFiles(search, sets)];
}

/** Each set's concept dictionary files. */
export function conceptFiles(search: SearchCatalog, sets: SetSummary[]): string[] {
  return sets.flatMap(({ set, year }) => numbered(search, (i) => conceptsName(set, year, i)));
}
