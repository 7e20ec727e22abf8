/**
 * @module scripts/simulator/news/places
 * The places a SYNTHETIC news item names: a gu by its full name (`마포구`, `Mapo-gu`) and one of its dong. Only dong
 * names that the news connector reads as that gu alone are used (not `신사동`, which two gu have, nor `중동`), so
 * `detectDistricts` finds exactly the gu of the item again.
 */
import { detectDistricts, PLACE_NAMES } from '../../../connectors/news-feed/districts.ts';

export interface NewsPlace {
  code: string;
  ko: string;
  en: string;
  dongs: readonly string[];
}

export const NEWS_PLACES: readonly NewsPlace[] = PLACE_NAMES.gu.map((g) => ({
  code: g.code,
  ko: g.ko,
  en: g.en,
  dongs: PLACE_NAMES.dongs
    .filter((d) => d.district === g.code)
    .map((d) => d.ko)
    .filter((name) => detectDistricts(name).join() === g.code),
}));

export const placeOf = (code: string): NewsPlace => {
  const p = NEWS_PLACES.find((x) => x.code === code);
  if (p === undefined) throw new RangeError(`unknown gu ${code}`);
  return p;
};
