/**
 * @module scripts/simulator/social/places
 * How a post names a place in a gu: the gu's name, its short name (where the trend reader takes it as the gu), or
 * one of its dong; in English the gu's name or a dong's. From the name table of the news connector, so every
 * place a post names is one that `detectDistricts` finds again.
 */
import { PLACE_NAMES, SHORT_NAMES_NOT_READ } from '../../../connectors/news-feed/districts.ts';
import type { Rand } from '../safety-common/random.ts';

export interface GuPlaces {
  code: string;
  ko: readonly string[];
  en: readonly string[];
}

export const GU_PLACES: readonly GuPlaces[] = PLACE_NAMES.gu.map((g) => {
  const short = g.ko.slice(0, -1);
  const dongs = PLACE_NAMES.dongs.filter((d) => d.district === g.code);
  return {
    code: g.code,
    ko: [g.ko, g.ko, ...(SHORT_NAMES_NOT_READ.includes(short) ? [] : [short]), ...dongs.filter((d) => !/\d/.test(d.ko)).map((d) => d.ko)],
    en: [g.en, g.en, ...dongs.flatMap((d) => (d.en === null ? [] : [d.en]))],
  };
});

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** A name of a place in gu `code` in the language asked for. */
export const placeName = (rand: Rand, code: string, lang: 'ko' | 'en'): string => {
  const g = GU_PLACES.find((p) => p.code === code);
  if (!g) throw new RangeError(`unknown gu ${code}`);
  const names = lang === 'ko' ? g.ko : g.en;
  // Half the posts name the gu itself, the rest a dong or the short name.
  return rand() < 0.5 ? (names[0] as string) : pick(rand, names);
};
