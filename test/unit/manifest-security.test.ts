/**
 * The built manifests (dist/chrome, dist/firefox; `npm run build` first) forbid remote code and connections, and
 * give web pages no way to talk to the extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');

function built(browser: string, file: string): string {
  const path = join(DIST, browser, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` before the tests`);
  return readFileSync(path, 'utf8');
}

/** 'script-src 'self'; object-src 'none'' -> { 'script-src': ["'self'"], ... } */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = JSON.parse(built(browser, 'manifest.json'));

  it("allows scripts and connections from the extension itself only ('self'), and no plugins", () => {
    const csp = directives(manifest.content_security_policy.extension_pages);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(manifest.content_security_policy.sandbox).toBeUndefined();
  });

  it('lets no web page or other extension connect, and asks for no host or unlimited storage up front', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).not.toContain('unlimitedStorage');
    expect(manifest.permissions).not.toContain('webRequest');
  });

  it('loads every script from the package', () => {
    const scripts = [manifest.background.service_worker, ...(manifest.background.scripts ?? [])].filter(Boolean);
    for (const script of scripts) expect(script).not.toMatch(/^[a-z]+:/);
    for (const page of ['panel.html', 'popup.html', 'options.html']) {
      for (const [, src] of built(browser, page).matchAll(/<script[^>]*src="([^"]+)"/g)) expect(src).not.toMatch(/^[a-z]+:|^\/\//);
    }
  });
});

describe('the content script', () => {
  it('has no listener for page postMessage', () => {
    const content = built('chrome', 'content.js');
    expect(content).not.toMatch(/addEventListener\(\s*["']message["']/);
    expect(content).not.toMatch(/\bonmessage\s*=/);
  });
});

describe('the managed storage schema', () => {
  it('is named by the Chrome manifest and shipped beside it; Firefox gets neither', () => {
    expect(JSON.parse(built('chrome', 'manifest.json')).storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(JSON.parse(built('chrome', 'managed_schema.json')).type).toBe('object');
    expect(JSON.parse(built('firefox', 'manifest.json')).storage).toBeUndefined();
  });
});
