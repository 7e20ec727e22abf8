/**
 * @module wall/testing/wall-platform
 * What a wall browser test stands on: the wall built into a temporary folder, the platform's API role
 * on isolated services serving it, and headless Chromium with touch — all stopped when the test ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Database } from '../../db/client.ts';
import type { LiveHub } from '../../server/live/hub.ts';
import { startPlatform } from '../../server/platform/start.ts';
import { isolatedConfig } from '../../server/platform/testing.ts';
import { buildWall } from '../build.ts';
import { launchChromium, type Chromium } from './chromium.ts';

export interface WallPlatform {
  /** The API's base URL. */
  api: string;
  /** The API process's live hub: set a channel here and the wall receives it. */
  hub: LiveHub;
  browser: Chromium;
  /** The platform's database (to add users). */
  db: Database;
}

export async function startWallPlatform(t: { teardown(fn: () => Promise<void>): void }, size = { width: 1920, height: 1080 }): Promise<WallPlatform> {
  const wallDir = mkdtempSync(join(tmpdir(), 'scpm-wall-'));
  await buildWall(wallDir);
  const iso = await isolatedConfig({ ROLES: 'api', WALL_DIR: wallDir });
  const platform = await startPlatform(iso.config, pino({ level: 'silent' }));
  const browser = await launchChromium({ ...size, touch: true });
  t.teardown(async () => {
    await browser.close();
    await platform.stop();
    await iso.cleanup();
    rmSync(wallDir, { recursive: true, force: true });
  });
  return { api: platform.api!.url, hub: platform.api!.hub, browser, db: platform.services.db };
}
