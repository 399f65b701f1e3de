import { SaxesParser } from 'saxes';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { realEngine } from './engine-fixture';
import { fakeBrowser, playFirefox, resetFakeBrowser } from './fake-browser';

vi.mock('../../src/shared/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));
// The engine the extension loads, from the same artifacts (dist/data), in place of the worker's fetch of them.
vi.mock('../../src/background/engine', async () => ({ getEngine: (await import('./engine-fixture')).realEngine }));
const { listenToOmnibox } = await import('../../src/background/omnibox');

interface Suggestion { content: string; description: string }

/** Types `text` after the keyword and waits for the suggestions, as the address bar does. */
function type(text: string): Promise<Suggestion[]> {
  return new Promise((resolve) => fakeBrowser.omnibox.onInputChanged.fire(text, resolve));
}

/** The text Chrome shows for a description: it parses it as XML, and refuses one that is not well formed. */
function parseAsChromeDoes(description: string): string {
  let text = '';
  const parser = new SaxesParser();
  parser.on('text', (t) => (text += t));
  parser.on('error', (error) => { throw error; });
  parser.write(`<description>${description}</description>`).close();
  return text;
}

beforeAll(async () => {
  const engine = await realEngine();
  // An imported licensed set is searched too; its descriptors may hold any character (the public sets hold < > and ').
  engine.useUserCodes({ system: 'user', year: 2026, codes: ['0999T'], titles: ['Zyxwab lavage & drain of <left> "vault"'], shortTitles: [''], billable: new Uint8Array([1]) });
  listenToOmnibox();
});
beforeEach(resetFakeBrowser);

describe('listenToOmnibox: suggestions as one types', () => {
  it("suggests heart failure codes for 'chf', I50.9 first, with the code as what Enter takes", async () => {
    const suggestions = await type('chf');
    expect(suggestions).toHaveLength(6);
    expect(suggestions[0]).toEqual({ content: 'I50.9', description: 'I50.9  Heart failure, unspecified' });
    for (const s of suggestions) expect(s.content).toMatch(/^I50\.\d+$/);
  });

  it('escapes < > and quotes in Chrome, so that its XML parser reads back the title', async () => {
    const [beam] = (await type('beam radiation brain photons <1 MeV')).filter((s) => s.content === 'D0000ZZ');
    expect(beam?.description).toBe('D0000ZZ  Beam Radiation of Brain using Photons &#60;1 MeV');
    expect(parseAsChromeDoes(beam!.description)).toBe('D0000ZZ  Beam Radiation of Brain using Photons <1 MeV');
    const [header] = (await type('G30')).filter((s) => s.content === 'G30');
    expect(header?.description).toBe('G30  Alzheimer&#39;s disease (header)');
  });

  it('escapes & in an imported code set descriptor in Chrome', async () => {
    const [user] = (await type('zyxwab lavage')).filter((s) => s.content === '0999T');
    expect(user).toEqual({ content: '0999T', description: '0999T  Zyxwab lavage &#38; drain of &#60;left&#62; &#34;vault&#34;' });
    expect(parseAsChromeDoes(user!.description)).toBe('0999T  Zyxwab lavage & drain of <left> "vault"');
  });

  it('leaves descriptions as plain text in Firefox, which would show the entities', async () => {
    playFirefox();
    expect((await type('zyxwab lavage')).find((s) => s.content === '0999T')?.description).toBe('0999T  Zyxwab lavage & drain of <left> "vault"');
    expect((await type('G30')).find((s) => s.content === 'G30')?.description).toBe("G30  Alzheimer's disease (header)");
  });

  it('searches the first 500 characters of a longer input', async () => {
    const engine = await realEngine();
    const search = vi.spyOn(engine, 'search');
    const text = `chf ${'x'.repeat(1000)}`;
    await type(text);
    expect(search).toHaveBeenCalledWith(text.slice(0, 500), { limit: 6 });
    search.mockRestore();
  });
});

describe('listenToOmnibox: Enter', () => {
  const enter = (text: string, disposition: string) => fakeBrowser.omnibox.onInputEntered.fire(text, disposition);
  const panelFor = (q: string) => `chrome-extension://fake-id/panel.html?q=${q}`;

  it("opens the panel's search in the current tab", () => {
    enter('E11.9', 'currentTab');
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith({ url: panelFor('E11.9') });
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });

  it('opens it in a new foreground tab', () => {
    enter('E11.9', 'newForegroundTab');
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: panelFor('E11.9'), active: true });
    expect(fakeBrowser.tabs.update).not.toHaveBeenCalled();
  });

  it('opens it in a new background tab', () => {
    enter('E11.9', 'newBackgroundTab');
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: panelFor('E11.9'), active: false });
  });

  it('encodes the words and keeps the first 500 characters', () => {
    enter('a&b c?#', 'currentTab');
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith({ url: panelFor('a%26b%20c%3F%23') });
    enter(`${'y'.repeat(500)}TAIL`, 'currentTab');
    expect(fakeBrowser.tabs.update).toHaveBeenLastCalledWith({ url: panelFor('y'.repeat(500)) });
  });
});
