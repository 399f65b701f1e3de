/** One Chromium with the built extension and the fixture server, for an e2e test file; `close` removes everything. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { extensionIdOf, extensionWorker, launch, prepareExtension, serveFixtures } from './browser';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  id: string;
  fixtures: { server: Server; origin: string; requests: string[] };
  close(): Promise<void>;
}

/** `extra` maps more URL paths to files served as JSON (see serveFixtures). */
export async function startSession(extra: Record<string, string> = {}): Promise<Session> {
  const extensionDir = prepareExtension();
  const profile = mkdtempSync(join(tmpdir(), 'chartcode-profile-'));
  const fixtures = await serveFixtures(extra);
  const context = await launch(extensionDir, profile);
  const worker = await extensionWorker(context);
  return {
    context, worker, id: extensionIdOf(worker), fixtures,
    async close() {
      await context.close();
      fixtures.server.close();
      for (const path of [extensionDir, profile]) rmSync(path, { recursive: true, force: true });
    },
  };
}
