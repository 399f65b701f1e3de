/**
 * A small stand-in for the `browser` object the background's entry points use (omnibox, context menu, keyboard
 * command, opening the panel), for tests in Node. Each test file mocks '../../src/shared/browser' with it:
 *   vi.mock('../../src/shared/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));
 * Every API call is also written to `calls` by name, so a test can check the order of calls, and whether one
 * happened synchronously inside a listener (a user gesture) or only after an await.
 */
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

export interface FakeEvent {
  addListener(listener: Listener): void;
  /** Calls every listener synchronously, as the browser does when it dispatches the event. */
  fire(...args: unknown[]): void;
  listeners: Listener[];
}

function fakeEvent(): FakeEvent {
  const listeners: Listener[] = [];
  return { listeners, addListener: (listener) => void listeners.push(listener), fire: (...args) => listeners.forEach((l) => l(...args)) };
}

/** The names of the API calls made, in order, since the last `resetFakeBrowser()`. */
export const calls: string[] = [];

const recorded = <T>(name: string, result: () => T) => vi.fn((..._args: unknown[]) => (calls.push(name), result()));

export const fakeBrowser = {
  runtime: {
    getURL: (path: string) => `chrome-extension://fake-id/${path}`,
    /** Present only in Firefox; a test sets it to play Firefox. */
    getBrowserInfo: undefined as undefined | (() => Promise<{ name: string }>),
  },
  omnibox: { onInputChanged: fakeEvent(), onInputEntered: fakeEvent() },
  commands: { onCommand: fakeEvent() },
  contextMenus: {
    create: recorded('contextMenus.create', () => 'chartcode-find-codes'),
    removeAll: recorded('contextMenus.removeAll', () => Promise.resolve()),
    onClicked: fakeEvent(),
  },
  storage: { session: { set: recorded('storage.session.set', () => Promise.resolve()) } },
  tabs: { create: recorded('tabs.create', () => Promise.resolve({ id: 50 })), update: recorded('tabs.update', () => Promise.resolve({ id: 50 })) },
  windows: { create: recorded('windows.create', () => Promise.resolve({ id: 60 })) },
  /** Firefox's sidebar; a test sets it to play Firefox. */
  sidebarAction: undefined as undefined | { open: ReturnType<typeof vi.fn> },
};

/** Chrome's `chrome.sidePanel`, which open-panel.ts reads from the global `chrome` (the polyfill does not wrap it). */
export function playChromeWithSidePanel(): ReturnType<typeof vi.fn> {
  const open = recorded('sidePanel.open', () => Promise.resolve());
  vi.stubGlobal('chrome', { sidePanel: { open } });
  return open;
}

/** Firefox: `runtime.getBrowserInfo` and `sidebarAction`, and no `chrome.sidePanel`. */
export function playFirefox(): ReturnType<typeof vi.fn> {
  const open = recorded('sidebarAction.open', () => Promise.resolve());
  fakeBrowser.sidebarAction = { open };
  fakeBrowser.runtime.getBrowserInfo = () => Promise.resolve({ name: 'Firefox' });
  vi.stubGlobal('chrome', {});
  return open;
}

/** Back to a browser with neither side panel API, and no calls recorded; listeners stay registered. */
export function resetFakeBrowser(): void {
  calls.length = 0;
  vi.clearAllMocks();
  vi.unstubAllGlobals();
  fakeBrowser.sidebarAction = undefined;
  fakeBrowser.runtime.getBrowserInfo = undefined;
}
