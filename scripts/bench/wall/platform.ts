/**
 * @module scripts/bench/wall/platform
 * The server side of the wall benchmark, in this process: an isolated platform running the `api`
 * role (its own database and NATS namespace, removed afterwards), the feed model over the real
 * districts, stations and sources, and the wall build the API serves.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { z } from 'zod';
import { STATIONS } from '../../../connectors/seoul-air/index.ts';
import { connectors } from '../../../connectors/registry.ts';
import type { LiveHub } from '../../../server/live/hub.ts';
import { startPlatform } from '../../../server/platform/start.ts';
import { isolatedConfig } from '../../../server/platform/testing.ts';
import { createFeedModel, type FeedModel } from './feed-model.ts';
import { feedPlan, type FeedItem } from './feed.ts';

export interface BenchPlatform {
  url: string;
  hub: LiveHub;
  stop(): Promise<void>;
}

/** Starts the api role on an isolated config (serving the wall from `wallDir`); `stop` also removes the database and streams. */
export async function startBenchPlatform(log: Logger, wallDir?: string): Promise<BenchPlatform> {
  const iso = await isolatedConfig({ ROLES: 'api', ...(wallDir === undefined ? {} : { WALL_DIR: wallDir }) });
  try {
    const platform = await startPlatform(iso.config, log);
    if (!platform.api) throw new Error('the platform started without its api role');
    return {
      url: platform.api.url,
      hub: platform.api.hub,
      async stop() {
        try {
          await platform.stop();
        } finally {
          await iso.cleanup();
        }
      },
    };
  } catch (err) {
    await iso.cleanup();
    throw err;
  }
}

const DistrictsFileSchema = z.array(z.object({ code: z.string().regex(/^11\d{3}$/) })).length(25);

/** The feed model and plan over the 25 gu (with their stations) and every connector's source. */
export async function benchFeed(seed = 1): Promise<{ model: FeedModel; plan: FeedItem[] }> {
  const file = fileURLToPath(new URL('../../../db/reference/districts.json', import.meta.url));
  const codes = DistrictsFileSchema.parse(JSON.parse(await readFile(file, 'utf8'))).map((d) => d.code);
  const specs = codes.map((code) => ({ code, stations: STATIONS.filter((s) => s.district === code).map((s) => s.code) }));
  const sourceIds = connectors.map((c) => c.manifest.id);
  return { model: createFeedModel(specs, sourceIds, seed), plan: feedPlan(codes, sourceIds) };
}

const WallBuildModuleSchema = z.object({ buildWall: z.custom<(outDir?: string) => Promise<unknown>>((v) => typeof v === 'function') });
const wallBuildFile = fileURLToPath(new URL('../../../wall/build.ts', import.meta.url));

/** Builds the wall into `outDir` (for the API's WALL_DIR); false when this checkout has no wall build. */
export async function buildWallInto(outDir: string): Promise<boolean> {
  if (!existsSync(wallBuildFile)) return false;
  const mod = WallBuildModuleSchema.parse(await import(pathToFileURL(wallBuildFile).href));
  await mod.buildWall(outDir);
  return true;
}
