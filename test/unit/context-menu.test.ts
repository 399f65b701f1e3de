import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, fakeBrowser, playChromeWithSidePanel, playFirefox, resetFakeBrowser } from './fake-browser';

vi.mock('../../src/shared/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../src/background/engine', () => ({ getEngine: vi.fn(() => Promise.resolve({})) }));
const { createContextMenu, listenToContextMenu } = await import('../../src/background/context-menu');
const { getEngine } = await import('../../src/background/engine');

const MENU_ID = 'chartcode-find-codes';
const tab = { id: 7, windowId: 3 };
const click = (info: object, clickedTab: object | undefined) => fakeBrowser.contextMenus.onClicked.fire(info, clickedTab);

beforeAll(listenToContextMenu);
beforeEach(resetFakeBrowser);

describe('createContextMenu', () => {
  it("adds 'Find codes for' on selected text only", async () => {
    await createContextMenu();
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({ id: MENU_ID, title: "Find codes for '%s'", contexts: ['selection'] });
  });

  it('removes the items kept from before an update first, so the item is made anew instead of refused as a duplicate', async () => {
    await createContextMenu();
    expect(calls).toEqual(['contextMenus.removeAll', 'contextMenus.create']);
  });
});

describe('listenToContextMenu', () => {
  it("opens Chrome's side panel before anything else, synchronously, while the click is a user gesture", () => {
    const sidePanelOpen = playChromeWithSidePanel();
    click({ menuItemId: MENU_ID, selectionText: 'chf' }, tab); // no await: the panel must be asked for within the listener
    expect(sidePanelOpen).toHaveBeenCalledWith({ windowId: 3 });
    expect(calls[0]).toBe('sidePanel.open');
  });

  it("opens Firefox's sidebar synchronously too", () => {
    const sidebarOpen = playFirefox();
    click({ menuItemId: MENU_ID, selectionText: 'chf' }, tab);
    expect(sidebarOpen).toHaveBeenCalled();
    expect(calls[0]).toBe('sidebarAction.open');
  });

  it('hands the selection to the panel through storage.session, with the time, and warms the engine', () => {
    playChromeWithSidePanel();
    const before = Date.now();
    click({ menuItemId: MENU_ID, selectionText: 'acute on chronic systolic CHF' }, tab);
    expect(fakeBrowser.storage.session.set).toHaveBeenCalledWith({ pendingQuery: { query: 'acute on chronic systolic CHF', at: expect.any(Number) } });
    const { at } = (fakeBrowser.storage.session.set.mock.calls[0]![0] as { pendingQuery: { at: number } }).pendingQuery;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(calls).toEqual(['sidePanel.open', 'storage.session.set']);
    expect(getEngine).toHaveBeenCalledOnce();
  });

  it('keeps the first 500 characters of a long selection, the most a search takes', () => {
    playChromeWithSidePanel();
    const selection = `${'heart failure '.repeat(50)}TAIL`;
    click({ menuItemId: MENU_ID, selectionText: selection }, tab);
    const { query } = (fakeBrowser.storage.session.set.mock.calls[0]![0] as { pendingQuery: { query: string } }).pendingQuery;
    expect(query).toBe(selection.slice(0, 500));
    expect(query).not.toContain('TAIL');
  });

  it("ignores another extension item's click and a click without a tab", () => {
    playChromeWithSidePanel();
    click({ menuItemId: 'someone-else', selectionText: 'chf' }, tab);
    click({ menuItemId: MENU_ID, selectionText: 'chf' }, undefined);
    expect(calls).toEqual([]);
    expect(getEngine).not.toHaveBeenCalled();
  });
});
