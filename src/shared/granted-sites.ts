/**
 * Sites the coder granted (optional host permissions) get the content script registered, so the chart is read
 * without a click. Called whenever permissions change and when the extension starts.
 */
import { browser } from './browser';

export { originPattern } from './origin-pattern';

const SCRIPT_ID = 'chartcode-granted-sites';

export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

export async function syncRegisteredScripts(): Promise<void> {
  const origins = await grantedOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, js: ['content.js'], matches: origins, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}

/** Must run from a user action (a click on the options page). */
export function grantSite(origin: string): Promise<boolean> {
  return grantSites([origin]);
}

/** Several origins in one prompt (the sites an organisation's policy names); must run from a user action. */
export async function grantSites(origins: string[]): Promise<boolean> {
  const granted = await browser.permissions.request({ origins });
  if (granted) await syncRegisteredScripts();
  return granted;
}

export async function removeSite(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [origin] });
  await syncRegisteredScripts();
}
