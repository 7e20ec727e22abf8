/**
 * @module connectors/news-feed/districts
 * Pure (given the committed name table): which gu a text talks about, by the names it mentions.
 *   Korean   gu names (`마포구`, `마포구청`, `마포구에서`), short gu names followed by a particle, a space or
 *            punctuation (`마포에서`, `송파 일대`), dong names (`상암동`, `역삼1동`); a name must not continue a
 *            longer word (`집중구간` is not 중구)
 *   English  `Mapo-gu`, `Mapo gu`, `Mapo District`, a capitalized `Mapo`; dong as `Sangam-dong` / `Sangam dong`
 * Short forms that are common words or wider areas are not read (`중`, `동작`, `강남`, `강북`, `동대문` and their
 * English forms): only their full names count. Names come from `places/names.json` (see `places/build.ts`).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DistrictCodeSchema } from '../../server/contracts/index.ts';
import type { PlaceNames } from './places/build.ts';

const PlaceNamesSchema = z.object({
  gu: z.array(z.object({ code: DistrictCodeSchema, ko: z.string().regex(/^[가-힣]+구$/), en: z.string().regex(/^[A-Z][a-z]+-gu$/) })).length(25),
  dongs: z.array(z.object({ ko: z.string().regex(/^[가-힣0-9·]+동$/), en: z.string().nullable(), district: DistrictCodeSchema })).min(400),
});

export const PLACE_NAMES: PlaceNames = PlaceNamesSchema.parse(JSON.parse(readFileSync(new URL('./places/names.json', import.meta.url), 'utf8')));

/** Short gu names that are words or wider areas; only the full names of these gu count. */
export const SHORT_NAMES_NOT_READ: readonly string[] = ['중', '동작', '강남', '강북', '동대문'];

const PARTICLE_AFTER = '(?=$|[^가-힣]|에서|에선|에는|에도|에|의|은|는|이|가|을|를|와|과|도|만|으로|로|역|일대|지역|쪽|권)';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: Iterable<string>): string => [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');

interface Matcher {
  re: RegExp;
  codeOf: (name: string) => string | undefined;
}

const lowerMap = (pairs: Iterable<[string, string]>): Map<string, string> => new Map([...pairs].map(([k, v]) => [k.toLowerCase(), v]));

const buildMatchers = (names: PlaceNames): Matcher[] => {
  const koFull = new Map<string, string>([...names.gu.map((g): [string, string] => [g.ko, g.code]), ...names.dongs.map((d): [string, string] => [d.ko, d.district])]);
  const koShort = new Map(names.gu.map((g): [string, string] => [g.ko.slice(0, -1), g.code]).filter(([s]) => !SHORT_NAMES_NOT_READ.includes(s)));
  const enBase = (g: { en: string }): string => g.en.replace(/-gu$/, '');
  const notRead = new Set(names.gu.filter((g) => SHORT_NAMES_NOT_READ.includes(g.ko.slice(0, -1))).map(enBase));
  const enGu = lowerMap(names.gu.map((g) => [enBase(g), g.code]));
  const enShort = new Map(names.gu.filter((g) => !notRead.has(enBase(g))).map((g): [string, string] => [enBase(g), g.code]));
  const enDong = lowerMap(names.dongs.flatMap((d): [string, string][] => (d.en === null ? [] : [[d.en.replace(/-dong$/, ''), d.district]])));
  return [
    { re: new RegExp(`(?<![가-힣])(${alternation(koFull.keys())})`, 'g'), codeOf: (n) => koFull.get(n) },
    { re: new RegExp(`(?<![가-힣])(${alternation(koShort.keys())})${PARTICLE_AFTER}`, 'g'), codeOf: (n) => koShort.get(n) },
    { re: new RegExp(`\\b(${alternation(enGu.keys())})(?:-gu|\\s+gu|[\\s-]district)\\b`, 'gi'), codeOf: (n) => enGu.get(n.toLowerCase()) },
    { re: new RegExp(`\\b(${alternation(enShort.keys())})\\b`, 'g'), codeOf: (n) => enShort.get(n) },
    { re: new RegExp(`\\b(${alternation(enDong.keys())})[\\s-]dong\\b`, 'gi'), codeOf: (n) => enDong.get(n.toLowerCase()) },
  ];
};

const MATCHERS = buildMatchers(PLACE_NAMES);

/** Every name the table knows, as written: gu (full and short), dong, Korean and English. */
export const PLACE_NAME_LIST: readonly string[] = Object.freeze([
  ...PLACE_NAMES.gu.flatMap((g) => [g.ko, g.ko.slice(0, -1), g.en, g.en.replace(/-gu$/, '')]).filter((n) => n.length > 1),
  ...PLACE_NAMES.dongs.flatMap((d) => (d.en === null ? [d.ko] : [d.ko, d.en])),
]);

/** The gu a text mentions, as MOIS codes in order of first mention, each once. */
export const detectDistricts = (text: string): string[] => {
  const first = new Map<string, number>();
  for (const { re, codeOf } of MATCHERS) {
    for (const m of text.matchAll(re)) {
      const code = codeOf(m[1] ?? '');
      if (code !== undefined && (first.get(code) ?? Infinity) > m.index) first.set(code, m.index);
    }
  }
  return [...first].sort((a, b) => a[1] - b[1]).map(([code]) => code);
};
