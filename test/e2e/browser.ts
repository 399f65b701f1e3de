/**
 * Launches Debian's Chromium with the built extension (dist/chrome) through playwright-core, serves the EHR-like
 * fixtures on 127.0.0.1, and finds the extension's id. The tests get the site granted the way a coder grants it in
 * Options (an optional host permission), written into a copy of the manifest because a headless browser cannot
 * answer the permission prompt.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const DIST = join(import.meta.dirname, '../../dist/chrome');
const FIXTURES = join(import.meta.dirname, '../fixtures/ehr');

/** A copy of dist/chrome with 127.0.0.1 granted. */
export function prepareExtension(): string {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` before the e2e tests');
  const dir = mkdtempSync(join(tmpdir(), 'chartcode-ext-'));
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export async function launch(extensionDir: string, profileDir: string, netLog?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      '--headless=new', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] : []),
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 20_000 });
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

declare const chrome: any; // inside the extension's worker

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** Serves test/fixtures/ehr on 127.0.0.1 on a free port; `extra` maps more URL paths to files (benchmark data). */
export async function serveFixtures(extra: Record<string, string> = {}): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const extraFile = extra[req.url ?? ''];
    if (extraFile && existsSync(extraFile)) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(extraFile));
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(FIXTURES, path === '/' ? 'index.html' : path);
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}`, requests };
}

/** The browser's id of the tab showing `url`, asked from the extension's worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t: { url?: string }) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u} among ${tabs.map((t: { url?: string }) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}

/** Stops the extension's service worker through CDP and resolves once Chromium reports it stopped. */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** A picture of the panel beside the chart it reads (for the README), composed from two screenshots. */
export async function screenshotBeside(context: BrowserContext, chart: Page, panel: Page, path: string): Promise<void> {
  await chart.setViewportSize({ width: 900, height: 900 });
  await panel.setViewportSize({ width: 420, height: 900 });
  const [left, right] = await Promise.all([chart.screenshot(), panel.screenshot()]);
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 1320, height: 900 });
  await canvas.setContent(`<body style="margin:0;display:flex"><img src="data:image/png;base64,${left.toString('base64')}"><img style="border-left:2px solid #888" src="data:image/png;base64,${right.toString('base64')}"></body>`);
  await canvas.screenshot({ path });
  await canvas.close();
}
