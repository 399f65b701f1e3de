/**
 * Records every request made while the tests use the extension, twice over: what Playwright sees from pages and
 * workers, and the browser's own NetLog, which also holds what the service worker and content scripts fetch.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

export function watchRequests(context: BrowserContext, into: string[]): void {
  context.on('request', (request) => into.push(request.url()));
}

export interface LoggedRequest {
  url: string;
  /** The origin that caused the request: the extension, a page; absent for the browser's own requests. */
  initiator?: string;
}

/** Every URL request job in a Chromium NetLog file (written with --log-net-log, complete when the browser closes). */
export function netLogRequests(file: string): LoggedRequest[] {
  if (!existsSync(file)) throw new Error(`no NetLog at ${file}`);
  let text = readFileSync(file, 'utf8').trimEnd();
  if (!text.endsWith('}')) text = `${text.replace(/,$/, '')}]}`; // a log cut short by a killed browser
  const log = JSON.parse(text) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string } }[] };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.flatMap((event) =>
    event.type === startJob && typeof event.params?.url === 'string' ? [{ url: event.params.url, initiator: event.params.initiator }] : []);
}

/** Requests the extension or the fixture pages (where content scripts run) caused, as opposed to the browser's own. */
export function isFromExtensionOrPage(request: LoggedRequest, fixtureOrigin: string, extensionId: string): boolean {
  return request.initiator === `chrome-extension://${extensionId}` || request.initiator === fixtureOrigin;
}

/** Requests that are neither the extension's own files nor the local fixture server. */
export function offMachineRequests(urls: string[], fixtureOrigin: string, extensionId: string): string[] {
  const local = [`${fixtureOrigin}/`, `chrome-extension://${extensionId}/`, 'data:', 'about:', 'blob:chrome-extension://'];
  return [...new Set(urls)].filter((url) => !local.some((prefix) => url.startsWith(prefix)));
}
