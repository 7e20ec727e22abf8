/**
 * @module wall/commands/testing/places-fixture
 * A small map for the command tests: a city 40 × 30 km, four gu and two dong with made-up label
 * points and residents. Test support only.
 */
import type { MapPlaces } from '../places.ts';

export const TEST_PLACES: MapPlaces = {
  bounds: { minX: -20_000, minY: -15_000, maxX: 20_000, maxY: 15_000 },
  districts: new Map([
    ['11680', { code: '11680', name: { ko: '강남구', en: 'Gangnam-gu' }, label: [6_000, 8_000] as const, population: 556_000 }],
    ['11710', { code: '11710', name: { ko: '송파구', en: 'Songpa-gu' }, label: [11_000, 7_000] as const, population: 650_000 }],
    ['11110', { code: '11110', name: { ko: '종로구', en: 'Jongno-gu' }, label: [0, -5_000] as const, population: 141_000 }],
    ['11440', { code: '11440', name: { ko: '마포구', en: 'Mapo-gu' }, label: [-7_000, -1_000] as const, population: 357_000 }],
  ]),
  dongs: new Map([
    ['1168064000', { code: '1168064000', district: '11680', name: { ko: '역삼1동', en: 'Yeoksam 1-dong' }, label: [5_000, 7_500] as const }],
    ['1171051000', { code: '1171051000', district: '11710', name: { ko: '풍납1동', en: 'Pungnap 1-dong' }, label: [12_000, 4_000] as const }],
  ]),
};
