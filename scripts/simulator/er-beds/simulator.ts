/**
 * @module scripts/simulator/er-beds/simulator
 * The emergency-room system simulator: SYNTHETIC bed availability (fixed seed) of 30 real Seoul emergency
 * medical institutions, in the shape of the national real-time bed service.
 *   GET /er/beds?pageNo=<n>&numOfRows=<1..1000>[&STAGE2=<gu name>]
 */
import { guByCode } from '../../../connectors/_safety/gu.ts';
import { kstDigits } from '../../../connectors/_safety/kst.ts';
import { LEVEL_NAMES, type ErBedsItem } from '../../../connectors/er-beds/api.ts';
import { hospitalByHpid, type Hospital } from '../../../connectors/er-beds/hospitals.ts';
import { listen, type Listening } from '../http-adapter.ts';
import { errorResponse, notFound, okResponse } from '../safety-common/envelope.ts';
import { ER_SITES, type ErSite } from './hospitals.ts';
import { createBedWalk, type BedWalk } from './walk.ts';

export const ER_PREFIX = '/er';
export const DEFAULT_ER_SEED = 1339;

export interface ErSimulatorOptions {
  speedup?: number;
  seed?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  now?: () => number;
}

export interface ErSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  walk: BedWalk;
}

const hospitalOf = (s: ErSite): Hospital => {
  const h = hospitalByHpid(s.hpid);
  if (!h) throw new RangeError(`site ${s.hpid} is not in the hospital table`);
  return h;
};

const positive = (text: string | null, fallback: number, max: number): number | null => {
  if (text === null) return fallback;
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  return n >= 1 && n <= max ? n : null;
};

export const createErSimulator = async (o: ErSimulatorOptions = {}): Promise<ErSimulator> => {
  const now = o.now ?? Date.now;
  const startedAt = now();
  const dataStart = o.startAt === undefined ? undefined : Date.parse(o.startAt);
  if (dataStart !== undefined && !Number.isFinite(dataStart)) throw new RangeError(`startAt must be an ISO 8601 time: ${o.startAt}`);
  const walk = createBedWalk({ sites: ER_SITES, seed: o.seed ?? DEFAULT_ER_SEED, speedup: o.speedup ?? 720, startedAt, dataStart });
  const sites = ER_SITES.map((s) => ({ site: s, hospital: hospitalOf(s), gu: guByCode(hospitalOf(s).district)?.ko ?? '' }));

  const beds = (params: URLSearchParams): Response => {
    const pageNo = positive(params.get('pageNo'), 1, 9999);
    const rows = positive(params.get('numOfRows'), 10, 1000);
    if (pageNo === null || rows === null) return errorResponse('10');
    const gu = params.get('STAGE2');
    const snap = walk.at(now());
    const all = sites.map((x, i) => ({ ...x, available: snap.available[i] as number })).filter((x) => gu === null || x.gu === gu);
    const items: ErBedsItem[] = all.slice((pageNo - 1) * rows, pageNo * rows).map((x, i) => ({
      rnum: (pageNo - 1) * rows + i + 1,
      hpid: x.site.hpid,
      dutyName: x.hospital.ko,
      dutyAddr: `서울특별시 ${x.gu} ${x.site.dong}`,
      dutyEmclsName: LEVEL_NAMES[x.site.level],
      wgs84Lon: x.site.lon,
      wgs84Lat: x.site.lat,
      hvec: x.available,
      hvs01: x.site.beds,
      hvidate: kstDigits(snap.at),
      syntheticYn: 'Y',
    }));
    return okResponse(items, { numOfRows: rows, pageNo, totalCount: all.length });
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method !== 'GET') return notFound();
    if (url.pathname === `${ER_PREFIX}/beds` || url.pathname === `${ER_PREFIX}/beds/`) return beds(url.searchParams);
    return notFound();
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), walk };
};
