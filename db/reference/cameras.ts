/**
 * @module db/reference/cameras
 * The synthetic camera registry. Seoul publishes how many public CCTV cameras each gu runs and when
 * they were installed (seoul_cctv_by_gu_2016.csv), not where they are: so every gu gets as many
 * cameras as its 2016 total (or a share of a chosen total, for benchmarks), at positions drawn
 * uniformly inside the gu's real boundary, with a fixed seed. Every camera says `synthetic: true`.
 *
 * Who may view a camera's video follows its agency (VIEWERS_BY_AGENCY):
 * - district (the gu's crime-prevention, facility and disaster cameras): the mayor, deputy mayors,
 *   the situation room and the district head (of that gu only — see server/cameras/viewers.ts);
 * - police: the situation room only (the city's control room shares the police's view by agreement);
 * - transport (traffic): the mayor, deputy mayors, the situation room, district heads and officials;
 * - fire (fire-watch, run by the city's fire and disaster headquarters): the mayor, deputy mayors
 *   and the situation room.
 * Auditors and administrators view no video: they audit and run the system, they do not watch.
 */
import type { Camera, CameraAgency, CameraPurpose } from '../../server/contracts/camera.ts';
import type { Area } from './geo.ts';
import { apportion, pickWeighted, prng } from './prng.ts';
import { areaSampler } from './sample-area.ts';

export type CameraViewerRole = Camera['viewers'][number];

/** A camera of the registry as stored: the contract's camera without the relay state, plus its year. */
export type RegistryCamera = Omit<Camera, 'streaming'> & {
  /** The year of installation; 2013 stands for "2013 or before", the CSV's first column. */
  installedYear: number | null;
};

export const VIEWERS_BY_AGENCY: Readonly<Record<CameraAgency, readonly CameraViewerRole[]>> = {
  district: ['mayor', 'deputy-mayor', 'situation-room', 'district-head'],
  police: ['situation-room'],
  transport: ['mayor', 'deputy-mayor', 'situation-room', 'district-head', 'official'],
  fire: ['mayor', 'deputy-mayor', 'situation-room'],
};

interface CameraKind {
  agency: CameraAgency;
  purpose: CameraPurpose;
  /** Share of a gu's cameras. */
  weight: number;
  ko: string;
  en: string;
}

/** The mix: mostly the gu's own crime-prevention cameras, as in Seoul's count. */
export const CAMERA_KINDS: readonly CameraKind[] = [
  { agency: 'district', purpose: 'crime-prevention', weight: 0.78, ko: '방범', en: 'crime-prevention' },
  { agency: 'district', purpose: 'facility', weight: 0.06, ko: '시설물 관리', en: 'facility' },
  { agency: 'district', purpose: 'disaster', weight: 0.03, ko: '재난 감시', en: 'disaster-watch' },
  { agency: 'police', purpose: 'crime-prevention', weight: 0.06, ko: '경찰 방범', en: 'police crime-prevention' },
  { agency: 'transport', purpose: 'traffic', weight: 0.05, ko: '교통', en: 'traffic' },
  { agency: 'fire', purpose: 'fire-watch', weight: 0.02, ko: '화재 감시', en: 'fire-watch' },
];

export interface CctvCount {
  /** The gu's Korean name, as the CSV writes it (기관명). */
  gu: string;
  /** Cameras in 2016 (소계). */
  total: number;
  /** Installations per year (2013: 2013 or before); used as weights for `installedYear`. */
  byYear: ReadonlyArray<{ year: number; count: number }>;
}

export class CameraSourceError extends Error {
  override readonly name = 'CameraSourceError';
}

const YEAR_COLUMNS: ReadonlyArray<[string, number]> = [
  ['2013년도 이전', 2013],
  ['2014년', 2014],
  ['2015년', 2015],
  ['2016년', 2016],
];

const cells = (line: string): string[] => line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));

const count = (v: string | undefined, where: string): number => {
  const n = Number((v ?? '').replaceAll(',', ''));
  if (v === undefined || v === '' || !Number.isInteger(n) || n < 0) throw new CameraSourceError(`${where}: ${JSON.stringify(v)} is not a count`);
  return n;
};

/** Parses seoul_cctv_by_gu_2016.csv (UTF-8, quoted cells, no commas inside them). */
export const parseCctvCsv = (text: string): CctvCount[] => {
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim().length > 0);
  const cols = cells(header ?? '');
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new CameraSourceError(`the CSV has no column ${name}`);
    return i;
  };
  const gu = at('기관명');
  const total = at('소계');
  const years = YEAR_COLUMNS.map(([name, year]) => [at(name), year] as const);
  return lines.map((line, i) => {
    const f = cells(line);
    const name = f[gu] ?? '';
    if (!/^\S+구$/.test(name)) throw new CameraSourceError(`line ${i + 2}: ${JSON.stringify(name)} is not a gu name`);
    const where = `line ${i + 2} (${name})`;
    return { gu: name, total: count(f[total], where), byYear: years.map(([c, year]) => ({ year, count: count(f[c], where) })) };
  });
};

export interface DistrictArea {
  code: string;
  nameKo: string;
  nameEn: string;
  geometry: Area;
}

export interface GenerateCamerasOptions {
  districts: readonly DistrictArea[];
  counts: readonly CctvCount[];
  seed: number;
  /** Cameras in all, shared over the gu in proportion to their 2016 totals; default: those totals. */
  total?: number;
}

const MAX_PER_GU = 99_999;

const perDistrict = (o: GenerateCamerasOptions): Array<{ d: DistrictArea; c: CctvCount; n: number }> => {
  const byName = new Map(o.counts.map((c) => [c.gu, c]));
  const rows = o.districts.map((d) => {
    const c = byName.get(d.nameKo);
    if (!c) throw new CameraSourceError(`no CCTV count for ${d.nameKo} (${d.code})`);
    return { d, c };
  });
  const totals = rows.map((r) => r.c.total);
  const ns = o.total === undefined ? totals : apportion(totals, o.total);
  return rows.map((r, i) => {
    const n = ns[i] as number;
    if (n > MAX_PER_GU) throw new CameraSourceError(`${n} cameras in ${r.d.code}: camera numbers have 5 digits`);
    return { ...r, n };
  });
};

const cameraOf = (d: DistrictArea, k: CameraKind, no: number, at: [number, number], year: number | null): RegistryCamera => {
  const label = String(no).padStart(4, '0');
  return {
    id: `cam-${d.code}-${String(no).padStart(5, '0')}`,
    name: { ko: `${d.nameKo} ${k.ko} CCTV ${label}`, en: `${d.nameEn} ${k.en} CCTV ${label}` },
    district: d.code,
    lon: at[0],
    lat: at[1],
    agency: k.agency,
    purpose: k.purpose,
    viewers: [...VIEWERS_BY_AGENCY[k.agency]],
    synthetic: true,
    installedYear: year,
  };
};

/** The registry, gu by gu in the order given, numbered from 1 within each gu. Pure and deterministic. */
export const generateCameras = (o: GenerateCamerasOptions): RegistryCamera[] => {
  const out: RegistryCamera[] = [];
  const kindWeights = CAMERA_KINDS.map((k) => k.weight);
  for (const { d, c, n } of perDistrict(o)) {
    // one stream per gu, so that a gu's cameras do not depend on the gu before it
    const rand = prng((o.seed ^ Math.imul(Number(d.code), 2654435761)) >>> 0);
    const sample = areaSampler(d.geometry, rand);
    const yearWeights = c.byYear.map((y) => y.count);
    const hasYears = yearWeights.some((w) => w > 0);
    for (let no = 1; no <= n; no++) {
      const kind = CAMERA_KINDS[pickWeighted(kindWeights, rand())] as CameraKind;
      const year = hasYears ? (c.byYear[pickWeighted(yearWeights, rand())]?.year ?? null) : null;
      out.push(cameraOf(d, kind, no, sample(), year));
    }
  }
  return out;
};
