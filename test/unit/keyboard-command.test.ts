import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, fakeBrowser, playChromeWithSidePanel, playFirefox, resetFakeBrowser } from './fake-browser';

vi.mock('../../src/shared/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../src/background/engine', () => ({ getEngineForSuggestions: vi.fn(() => Promise.resolve({})) }));
const { listenToCommands } = await import('../../src/background/keyboard-command');
const { getEngineForSuggestions } = await import('../../src/background/engine');

const press = (command: string, tab: object | undefined) => fakeBrowser.commands.onCommand.fire(command, tab);

beforeAll(listenToCommands);
beforeEach(resetFakeBrowser);

describe('listenToCommands', () => {
  it("opens Chrome's side panel in the active tab's window, synchronously, and warms the engine for its chart", () => {
    const sidePanelOpen = playChromeWithSidePanel();
    press('open-panel', { id: 7, windowId: 3 }); // no await: the key press is the user gesture
    expect(sidePanelOpen).toHaveBeenCalledWith({ windowId: 3 });
    expect(getEngineForSuggestions).toHaveBeenCalledOnce();
  });

  it("opens Firefox's sidebar synchronously", () => {
    const sidebarOpen = playFirefox();
    press('open-panel', { id: 7, windowId: 3 });
    expect(sidebarOpen).toHaveBeenCalled();
  });

  it('opens a popup window aimed at the tab where there is no side panel API', () => {
    press('open-panel', { id: 7, windowId: 3 });
    expect(fakeBrowser.windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: 'chrome-extension://fake-id/panel.html?tab=7', type: 'popup' }));
  });

  it('ignores other commands and a command without a tab', () => {
    playChromeWithSidePanel();
    press('_execute_action', { id: 7, windowId: 3 });
    press('open-panel', undefined);
    expect(calls).toEqual([]);
    expect(getEngineForSuggestions).not.toHaveBeenCalled();
  });
});
