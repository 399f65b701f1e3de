// The one import of the polyfill, so every context gets the same promise-based `browser` (Chrome and Firefox).
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
