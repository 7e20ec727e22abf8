/**
 * @module connectors/er-beds/normalize
 * Pure: one `er.reported` event per institution and update time (`hvidate`, KST → UTC). Unknown
 * institutions, levels or gu, a gu that is not the institution's, or a position outside Seoul go to quarantine.
 */
import { EmergencyRoomSchema, ER_EVENT_KIND, type EmergencyRoom, type EventEnvelope } from '../../server/contracts/index.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { guByName } from '../_safety/gu.ts';
import { inSeoul } from '../_safety/place.ts';
import { LEVEL_NAMES } from './api.ts';
import { hospitalByHpid } from './hospitals.ts';
import { erBedsManifest } from './manifest.ts';
import type { ErRecord } from './parse.ts';

const LEVEL_OF = new Map(Object.entries(LEVEL_NAMES).map(([level, ko]) => [ko, level as EmergencyRoom['level']]));

/** The gu of an address `서울특별시 <gu> …`. */
export const guOfAddress = (address: string): string | undefined => {
  const [city, gu] = address.trim().split(/\s+/);
  return city !== undefined && /^서울(특별)?시$/.test(city) && gu !== undefined ? guByName(gu)?.code : undefined;
};

export const normalizeErBeds = (r: ErRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const hospital = hospitalByHpid(r.hpid);
  if (!hospital) throw new RecordRejectedError(`unknown institution ${r.hpid} "${r.name}"`);
  const level = LEVEL_OF.get(r.levelName);
  if (!level) throw new RecordRejectedError(`unknown emergency level "${r.levelName}" for ${r.hpid}`);
  const district = guOfAddress(r.address);
  if (district === undefined) throw new RecordRejectedError(`no Seoul gu in the address "${r.address}" of ${r.hpid}`);
  if (district !== hospital.district) throw new RecordRejectedError(`address gu ${district} of ${r.hpid} is not its gu ${hospital.district}`);
  if (!inSeoul(r.lon, r.lat)) throw new RecordRejectedError(`position ${r.lon},${r.lat} of ${r.hpid} is outside Seoul`);
  const payload = EmergencyRoomSchema.parse({
    hospital: hospital.id,
    name: { ko: hospital.ko, en: hospital.en },
    district,
    lon: r.lon,
    lat: r.lat,
    level,
    beds: { total: r.total, available: r.available },
    synthetic: r.synthetic || erBedsManifest.synthetic,
  });
  const observedAt = new Date(r.at).toISOString();
  return [{ v: 1, id: `${ctx.source}:${hospital.id}:${observedAt}`, source: ctx.source, kind: ER_EVENT_KIND, observedAt, entity: `hospital:${hospital.id}`, district, payload }];
};
