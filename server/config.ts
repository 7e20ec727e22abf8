/**
 * @module config
 * The environment, parsed once with zod. The only reader of process.env.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where `npm run build` puts the wall. */
export const DEFAULT_WALL_DIR = fileURLToPath(new URL('../dist/wall', import.meta.url));

export const ROLES = ['api', 'actors', 'writer', 'connectors', 'media'] as const;
export type Role = (typeof ROLES)[number];

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted, for login throttling and the audit log. */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** The built wall served at /wall. */
  WALL_DIR: z.string().default(DEFAULT_WALL_DIR),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/scpm'),
  /** One or more comma-separated servers of one NATS cluster. */
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  /** Disk the CITY event stream may use, in MiB (events older than 7 days go anyway). */
  STREAM_MAX_MB: z.coerce.number().int().min(16).default(2048),
  /** Several deployments on one NATS cluster and Redis: prefixes subjects, streams and queue keys. */
  NAMESPACE: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/).optional(),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** auto: use each real service when reachable, else its embedded stand-in. never: fail when one is down. */
  EMBEDDED: z.enum(['auto', 'never', 'always']).default('auto'),
  PGLITE_DIR: z.string().default('.data/pglite'),
  /** Which parts this process runs; several processes can split them across machines. */
  ROLES: z
    .string()
    .default(ROLES.join(','))
    .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(z.enum(ROLES)).min(1)),
  /** Actor sharding: this process hosts the districts whose shard (of ACTOR_SHARDS) is ACTOR_SHARD. */
  ACTOR_SHARDS: z.coerce.number().int().min(1).max(25).default(1),
  ACTOR_SHARD: z.coerce.number().int().min(0).default(0),
  RETENTION_DAYS: z.coerce.number().int().min(1).default(400),
  /** Poll interval for every connector (ms), replacing their manifests' schedules. */
  CONNECTOR_EVERY_MS: z.coerce.number().int().min(100).optional(),
  /** Seoul Open API (or the simulator that imitates it). */
  SEOUL_AIR_BASE_URL: z.string().url().default('http://openapi.seoul.go.kr:8088'),
  SEOUL_OPENAPI_KEY: z.string().min(1).default('sample'),
  /**
   * Connectors wait while the store writer has more event batches than this waiting (a backfill must not
   * bury live data); 0 turns it off. Live traffic stays far below it.
   */
  PUBLISH_MAX_PENDING: z.coerce.number().int().min(0).default(2000),
  /** Event batches (each up to 500 observations) folded into one write transaction. */
  WRITER_MAX_MESSAGES: z.coerce.number().int().min(1).max(1000).default(16),
  /** Write transactions one writer process keeps in flight (readings are independent of each other). */
  WRITER_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(2),
  /** The 119 dispatch system, the 112 police system and the emergency-room system (or their simulators). */
  FIRE_119_BASE_URL: z.string().url().default('http://127.0.0.1:8092/119'),
  POLICE_112_BASE_URL: z.string().url().default('http://127.0.0.1:8092/112'),
  ER_BEDS_BASE_URL: z.string().url().default('http://127.0.0.1:8092/er'),
  /** The 120 Dasan call centre's complaint feed (or its simulator). */
  DASAN_120_BASE_URL: z.string().url().default('http://127.0.0.1:8094/120'),
  /** A simulated social-media stream (there is no public one to read). */
  SOCIAL_SIM_BASE_URL: z.string().url().default('http://127.0.0.1:8094/social'),
  /** Resident proposals and polls (or their simulator). */
  PROPOSALS_BASE_URL: z.string().url().default('http://127.0.0.1:8094/proposals'),
  /** Budget execution by programme (or its simulator). */
  BUDGET_BASE_URL: z.string().url().default('http://127.0.0.1:8094/budget'),
  /** Any Open311 GeoReport v2 endpoint to read complaints from; unset: not read. */
  OPEN311_BASE_URL: z.string().url().optional(),
  OPEN311_FORMAT: z.enum(['json', 'xml']).default('json'),
  OPEN311_JURISDICTION_ID: z.string().optional(),
  OPEN311_API_KEY: z.string().optional(),
  /** RSS, Atom or RDF feeds of news about the city, comma-separated; empty: none read. */
  NEWS_FEED_URLS: z.string().default(''),
  /** Load the indicator values (real where the shared data has them, else generated from this seed) at start; `false` skips it. */
  SEED_INDICATORS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  INDICATOR_SEED: z.coerce.number().int().default(20_250_501),
  /** The Open311 server's jurisdiction id (optional in requests). */
  OPEN311_JURISDICTION: z.string().default('seoul.go.kr'),
  /** The media role's node-media-server: RTMP in (loopback only), WS-FLV and HTTP-FLV out. */
  MEDIA_HOST: z.string().default('127.0.0.1'),
  MEDIA_RTMP_PORT: z.coerce.number().int().min(0).max(65535).default(1935),
  MEDIA_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  /** The media server's WebSocket origin as browsers reach it (a proxy's address in production). */
  MEDIA_PUBLIC_URL: z.string().regex(/^wss?:\/\/\S+$/, 'a ws:// or wss:// address').default('ws://127.0.0.1:8000'),
  /** Signs play addresses (shared by the api and media roles). Set it in production; the default is for one machine. */
  MEDIA_SECRET: z.string().min(16).default('scpm-development-media-secret'),
  /** How long a signed play address stays valid, in seconds. */
  PLAY_TTL_S: z.coerce.number().int().min(10).max(3600).default(300),
  FFMPEG_PATH: z.string().default('ffmpeg'),
  FFPROBE_PATH: z.string().default('ffprobe'),
  /**
   * Where the synthetic cameras' video comes from: `{id}` is replaced by the camera id
   * (e.g. `http://127.0.0.1:8093/cam/{id}.flv` for the camera simulator). Unset: cameras are not streamed.
   */
  CAMERA_STREAM_URL_TEMPLATE: z.string().regex(/^(rtsp|rtmp|https?):\/\/\S*\{id\}\S*$/, 'an rtsp, rtmp or http address with {id}').optional(),
  /** Relayed cameras at once; more viewers of other cameras wait for a slot (protects the machine). */
  MEDIA_MAX_RELAYS: z.coerce.number().int().min(1).max(512).default(32),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`, { cause: parsed.error });
  }
  if (parsed.data.ACTOR_SHARD >= parsed.data.ACTOR_SHARDS) {
    throw new ConfigError(`ACTOR_SHARD must be below ACTOR_SHARDS (${parsed.data.ACTOR_SHARDS})`);
  }
  return parsed.data;
}
