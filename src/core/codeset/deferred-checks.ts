import { checkNow, type Later } from './load-table';

/**
 * The checksum checks an engine puts off while it loads what its first answers need (a checksum costs about as
 * much as parsing the file; a damaged file still fails its JSON, zod and row checks at once). Each check comes
 * with what to take out of use when it fails. Loads started after `run()` are checked at once.
 */
export class DeferredChecks {
  private queue: { check: () => void; fail: (error: Error) => void }[] | undefined = [];

  /** Where a loader hands its checks: queued until `run()`, at once after it. */
  later(fail: (error: Error) => void): Later {
    return (check) => {
      if (this.queue) this.queue.push({ check, fail });
      else checkNow(check);
    };
  }

  /** Runs every queued check; a failing one calls its `fail` with the Error naming the file. */
  run(): void {
    const queue = this.queue ?? [];
    this.queue = undefined;
    for (const { check, fail } of queue) {
      try {
        check();
      } catch (error) {
        fail(error as Error);
      }
    }
  }
}
