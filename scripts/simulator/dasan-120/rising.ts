/**
 * @module scripts/simulator/dasan-120/rising
 * Pure: the rising issues of the synthetic feed — extra complaints of one category in one gu for a day or two
 * (festival noise in 마포구, potholes after heavy rain, frozen meters in a cold snap…), and city-wide snow
 * days in winter. Each KST data day has its own seeded stream: a local issue starts on 30 % of the days, at
 * 07–14 h, lasts 24–48 h and adds 2–5 % of the daily volume per day (several times the usual level of that
 * category in that gu); a winter day (Dec–Feb) brings snow on 8 % of the days (about seven a winter), adding 4–12 % city-wide in
 * snow-clearing requests for 30 hours. The schedule is the ground truth a detector can be checked against.
 */
import { kstHour } from '../../../connectors/_safety/kst.ts';
import type { LocalizedText } from '../../../server/contracts/index.ts';
import { cumulative, pickIndex, streamOf, type Rand } from '../safety-common/random.ts';
import { HOUR_WEIGHTS } from './model.ts';
import { drawDong, drawGu, type ComplaintPlaces } from './places.ts';

const HOUR = 3600_000;
const DAY = 86_400_000;
const KST = 9 * HOUR;

export const RISE_SHARE = 0.3;
export const SNOW_SHARE = 0.08;
/** The longest issue, and the latest start within its day: what to look back over for a given hour. */
export const MAX_RISE_MS = 48 * HOUR + 15 * HOUR;

interface Cause {
  category: string;
  /** Weight per month, January first. */
  months: readonly number[];
  /** Gu where it tends to happen (default: any, by population). */
  hotspots?: readonly string[];
  cause: LocalizedText;
  /** A sentence the complaints of the issue tend to contain. */
  line: string;
}

const ALL_YEAR = Array.from({ length: 12 }, () => 1);
const half = (xs: readonly number[]): number[] => xs.map((x) => x / 2);

export const CAUSES: readonly Cause[] = [
  {
    category: 'noise', months: [0, 0, 0, 0.5, 1.5, 0.8, 1, 1, 1.2, 1.5, 0.3, 0], hotspots: ['11440', '11215', '11170', '11560', '11710'],
    cause: { ko: '축제·공연 야간 소음', en: 'festival and concert noise at night' }, line: '축제 무대 음악 소리가 밤늦게까지 이어지고 있습니다.',
  },
  {
    category: 'road-damage', months: [0.2, 0.2, 0.5, 0.3, 0.3, 1, 2, 2, 0.8, 0.2, 0.2, 0.2],
    cause: { ko: '집중호우 뒤 포트홀', en: 'potholes after heavy rain' }, line: '어제 폭우 이후 도로 곳곳에 포트홀이 생겼습니다.',
  },
  {
    category: 'sewer-odour', months: [0, 0, 0, 0.1, 0.3, 1, 1.5, 1.5, 0.5, 0.1, 0, 0],
    cause: { ko: '폭염 속 하수구 악취', en: 'sewer odours in a heatwave' }, line: '더위가 계속되면서 하수구 냄새가 심해졌습니다.',
  },
  {
    category: 'water-supply', months: [2, 1.5, 0.2, 0, 0, 0, 0, 0, 0, 0, 0.2, 1],
    cause: { ko: '한파로 수도계량기 동파', en: 'frozen water meters in a cold snap' }, line: '한파로 수도계량기가 얼어서 물이 나오지 않습니다.',
  },
  {
    category: 'illegal-dumping', months: [1, 1.2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 0.8, 0.5, 0.8],
    cause: { ko: '이사철 대형폐기물 무단투기', en: 'bulky waste dumped in the moving season' }, line: '이사 나가면서 버린 가구와 매트리스가 길에 쌓여 있습니다.',
  },
  {
    category: 'construction', months: ALL_YEAR,
    cause: { ko: '재개발 공사장 소음·비산먼지', en: 'noise and dust from a redevelopment site' }, line: '재개발 철거 공사 때문에 먼지와 소음이 심합니다.',
  },
  {
    category: 'streetlight', months: half(ALL_YEAR),
    cause: { ko: '일대 가로등 정전', en: 'a row of streetlights out' }, line: '길 전체 가로등이 한꺼번에 꺼져 있습니다.',
  },
  {
    category: 'bus-service', months: half(ALL_YEAR),
    cause: { ko: '버스 노선 개편 뒤 불편', en: 'complaints after a bus route change' }, line: '노선이 바뀐 뒤로 배차 간격이 너무 길어졌습니다.',
  },
  {
    category: 'stray-animals', months: [0, 0, 0.2, 0.5, 1, 1, 1, 1, 0.8, 0.3, 0, 0], hotspots: ['11305', '11320', '11350', '11380', '11290'],
    cause: { ko: '들개 무리 출몰', en: 'a pack of feral dogs sighted' }, line: '산책로에 들개 여러 마리가 몰려다녀서 무섭습니다.',
  },
  {
    category: 'illegal-parking', months: half(ALL_YEAR),
    cause: { ko: '행사장 주변 불법주차', en: 'illegal parking around an event venue' }, line: '행사 때문에 몰린 차들이 골목마다 불법주차를 하고 있습니다.',
  },
];

export const SNOW_CAUSE: Cause = {
  category: 'snow-removal', months: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  cause: { ko: '대설 뒤 제설 요청', en: 'snow clearing after heavy snow' }, line: '밤새 눈이 많이 와서 길이 빙판입니다.',
};

export interface RisingIssue {
  /** `rise-<KST day index>` or `snow-<KST day index>`. */
  id: string;
  category: string;
  /** Gu code; null for a city-wide issue (snow). */
  district: string | null;
  /** Administrative dong code most of its complaints come from (null when city-wide). */
  hotspot: string | null;
  /** Data ms, [start, end). */
  start: number;
  end: number;
  /** Extra complaints per data day while it lasts. */
  perDay: number;
  cause: LocalizedText;
  line: string;
}

/** KST day index of data ms, and the data ms that day starts at. */
export const kstDayOf = (ms: number): number => Math.floor((ms + KST) / DAY);
export const dayStartOf = (day: number): number => day * DAY - KST;
const monthOf = (day: number): number => new Date(day * DAY).getUTCMonth() + 1;

const localIssue = (rand: Rand, day: number, places: ComplaintPlaces, complaintsPerDay: number): RisingIssue | null => {
  const month = monthOf(day);
  const cum = cumulative(CAUSES.map((c) => c.months[month - 1] ?? 0));
  const cause = CAUSES[pickIndex(rand, cum)] as Cause;
  const hot = cause.hotspots;
  const gu = hot ? places.byCode.get(hot[Math.floor(rand() * hot.length)] as string) : drawGu(rand, places);
  if (!gu) return null;
  const start = dayStartOf(day) + (7 + Math.floor(rand() * 8)) * HOUR + Math.floor(rand() * HOUR);
  const end = start + (24 + Math.floor(rand() * 25)) * HOUR;
  const perDay = complaintsPerDay * (0.02 + 0.03 * rand());
  return { id: `rise-${day}`, category: cause.category, district: gu.code, hotspot: drawDong(rand, gu).code, start, end, perDay, cause: cause.cause, line: cause.line };
};

/** The issues that start on KST data day `day`. */
export const issuesOfDay = (seed: number, day: number, places: ComplaintPlaces, complaintsPerDay: number): RisingIssue[] => {
  const rand = streamOf(seed, 'dasan-120-rising', day);
  const out: RisingIssue[] = [];
  const month = monthOf(day);
  if ((SNOW_CAUSE.months[month - 1] ?? 0) > 0 && rand() < SNOW_SHARE) {
    const start = dayStartOf(day) + (5 + Math.floor(rand() * 5)) * HOUR;
    const perDay = complaintsPerDay * (0.04 + 0.08 * rand());
    out.push({ id: `snow-${day}`, category: SNOW_CAUSE.category, district: null, hotspot: null, start, end: start + 30 * HOUR, perDay, cause: SNOW_CAUSE.cause, line: SNOW_CAUSE.line });
  }
  if (rand() < RISE_SHARE) {
    const issue = localIssue(rand, day, places, complaintsPerDay);
    if (issue) out.push(issue);
  }
  return out;
};

/** Expected extra complaints of the issue in the data hour starting at `hourStart` (the hourly curve applies). */
export const issueHourMean = (issue: RisingIssue, hourStart: number): number => {
  const overlap = Math.min(issue.end, hourStart + HOUR) - Math.max(issue.start, hourStart);
  if (overlap <= 0) return 0;
  return (issue.perDay / 24) * (HOUR_WEIGHTS[kstHour(hourStart)] as number) * (overlap / HOUR);
};
