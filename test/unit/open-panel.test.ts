import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, fakeBrowser, playChromeWithSidePanel, playFirefox, resetFakeBrowser } from './fake-browser';

vi.mock('../../src/shared/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));
const { openPanel } = await import('../../src/shared/open-panel');

beforeEach(resetFakeBrowser);

describe('openPanel', () => {
  it("opens Chrome's side panel in the tab's window, and nothing else", async () => {
    const sidePanelOpen = playChromeWithSidePanel();
    await openPanel({ id: 7, windowId: 3 });
    expect(sidePanelOpen).toHaveBeenCalledWith({ windowId: 3 });
    expect(calls).toEqual(['sidePanel.open']);
  });

  it("opens Firefox's sidebar when there is no chrome.sidePanel", async () => {
    const sidebarOpen = playFirefox();
    await openPanel({ id: 7, windowId: 3 });
    expect(sidebarOpen).toHaveBeenCalledWith();
    expect(calls).toEqual(['sidebarAction.open']);
  });

  it('opens the panel in a popup window aimed at the tab when the browser has no side panel API', async () => {
    await expect(openPanel({ id: 7, windowId: 3 })).resolves.toBeUndefined();
    expect(fakeBrowser.windows.create).toHaveBeenCalledWith({ url: 'chrome-extension://fake-id/panel.html?tab=7', type: 'popup', width: 440, height: 760 });
    expect(calls).toEqual(['windows.create']);
  });

  it('opens the popup window on the active tab when the tab has no id', async () => {
    await openPanel({ windowId: 3 });
    expect(fakeBrowser.windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: 'chrome-extension://fake-id/panel.html' }));
  });

  it('asks the browser before it returns, so the call still counts as part of the user gesture', () => {
    for (const play of [playChromeWithSidePanel, playFirefox, () => undefined]) {
      resetFakeBrowser();
      play();
      void openPanel({ id: 7, windowId: 3 }); // not awaited: the browser must have been asked already
      expect(calls).toHaveLength(1);
    }
  });
});
