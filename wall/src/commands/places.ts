/**
 * @module wall/commands/places
 * The places a command can name, from the map asset: each gu and dong with its names, its label
 * point (projected metres) and, for a gu, its residents; and the map's extent. Pure.
 */
import type { Language } from '../../../server/contracts/index.ts';
import type { MapAsset } from '../map/map-asset.ts';
import type { Bounds } from '../state/map-view.ts';

export interface Place {
  code: string;
  name: { ko: string; en: string };
  label: readonly [number, number];
}

export interface DistrictPlace extends Place {
  population: number;
}

export interface DongPlace extends Place {
  district: string;
}

export interface MapPlaces {
  bounds: Bounds;
  districts: ReadonlyMap<string, DistrictPlace>;
  dongs: ReadonlyMap<string, DongPlace>;
}

export function placesOf(asset: Pick<MapAsset, 'bounds' | 'districts' | 'neighborhoods'>): MapPlaces {
  return {
    bounds: asset.bounds,
    districts: new Map(asset.districts.map((d) => [d.code, { code: d.code, name: { ko: d.nameKo, en: d.nameEn }, label: d.label, population: d.population.total }])),
    dongs: new Map(asset.neighborhoods.map((n) => [n.code, { code: n.code, district: n.district, name: { ko: n.nameKo, en: n.nameEn ?? n.nameKo }, label: n.label }])),
  };
}

/** A gu's or dong's name, or its code when the map does not know it. */
export const placeName = (places: MapPlaces, code: string, lang: Language): string =>
  (places.districts.get(code) ?? places.dongs.get(code))?.name[lang] ?? code;
