/**
 * Drives Debian's Firefox over WebDriver BiDi (built into Firefox; Playwright's Firefox needs its own patched build)
 * with dist/firefox installed as a temporary add-on. The add-on's moz-extension UUID is fixed through a profile
 * preference, so the tests can open its pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox';
export const hasFirefox = existsSync(FIREFOX);
export const EXTENSION_UUID = '6f0c3d2e-1b7a-4c5d-9e8f-0a1b2c3d4e5f';
const GECKO_ID = 'chartcode@chartcode.dev';
const DIST = join(import.meta.dirname, '../../dist/firefox');

// playwright-core bundles `ws`; Node 20 has no WebSocket of its own.
const { ws: WebSocket } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as { ws: any };

export interface Firefox {
  send(method: string, params: object): Promise<any>;
  /** Evaluates an expression (awaiting a promise) in a browsing context and returns its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Opens a page of the add-on (path and query) in a new tab; returns its browsing context. */
  openExtensionPage(path: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
  const extension = mkdtempSync(join(tmpdir(), 'chartcode-ff-ext-'));
  cpSync(DIST, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*']; // the coder's grant, as for Chromium
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  const profile = mkdtempSync(join(tmpdir(), 'chartcode-ff-profile-'));
  writeFileSync(join(profile, 'user.js'), [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }))});`,
    'user_pref("remote.active-protocols", 1);',
  ].join('\n'));
  // Firefox 153 lets WebDriver navigate only to web, file and blob URLs unless system access is allowed: the tests open
  // the add-on's own moz-extension: pages.
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not start WebDriver BiDi within 30 s')), 30_000);
    child.stderr!.on('data', (chunk) => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(chunk));
      if (match) { clearTimeout(timer); resolve(match[1]!); }
    });
  });
  const socket = new WebSocket(`${url}/session`);
  await new Promise((resolve, reject) => { socket.on('open', resolve); socket.on('error', reject); });
  let nextId = 0;
  const pending = new Map<number, (message: any) => void>();
  socket.on('message', (data: unknown) => {
    const message = JSON.parse(String(data));
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const send = (method: string, params: object) => new Promise<any>((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, (m) => (m.type === 'error' ? reject(new Error(`${method}: ${m.error}: ${m.message}`)) : resolve(m.result)));
    socket.send(JSON.stringify({ id, method, params }));
  });
  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: extension } });
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const result = await send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true, resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`evaluate: ${result.exceptionDetails.text}`);
    return (result.result.value === undefined ? undefined : JSON.parse(result.result.value)) as T;
  };
  /**
   * Opens an extension page in a new tab: a new tab from BiDi, navigated to the moz-extension: URL. (Firefox 140.12
   * no longer lets BiDi reach the browser window, through which earlier versions added the tab.)
   */
  const openExtensionPage = async (path: string): Promise<string> => {
    const url = `moz-extension://${EXTENSION_UUID}/${path}`;
    const { context } = (await send('browsingContext.create', { type: 'tab' })) as { context: string };
    await send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  };
  return {
    send, evaluate, openExtensionPage,
    async close() {
      socket.close();
      await closeProcess(child);
      for (const dir of [extension, profile]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function closeProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}
