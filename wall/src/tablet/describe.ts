/**
 * @module wall/tablet/describe
 * A command in a few words, in Korean or English ("District: Gangnam-gu", "Call: Fire commander
 * (Jongno-gu)"), for the tablet's view, the answers it shows and the choices of a question back. Pure.
 */
import type { Command, Language, Period } from '../../../server/contracts/index.ts';
import { COMMAND_NAMES, LANGUAGE_NAMES, LAYER_NAMES, OFFICIAL_NAMES } from './words.ts';

export interface Names {
  district(code: string): string;
  screen(id: string): string;
}

const ZOOM = { in: { ko: '확대', en: 'in' }, out: { ko: '축소', en: 'out' } } as const;
const PAN = { north: { ko: '북쪽', en: 'north' }, south: { ko: '남쪽', en: 'south' }, east: { ko: '동쪽', en: 'east' }, west: { ko: '서쪽', en: 'west' } } as const;

const periodText = (p: Period): string => (typeof p === 'string' ? p : `${p.from}–${p.to}`);

/** The parameters worth saying, in order. */
function details(c: Command, lang: Language, n: Names): string[] {
  const gu = (code: string | undefined): string[] => (code ? [n.district(code)] : []);
  const period = (p: Period | undefined): string[] => (p ? [periodText(p)] : []);
  switch (c.type) {
    case 'show-screen':
      return [n.screen(c.screen)];
    case 'select-district':
      return [n.district(c.district)];
    case 'compare-districts':
      return [c.districts.map(n.district).join(', ')];
    case 'select-dong':
      return [c.dong, n.district(c.district)];
    case 'open-indicator':
      return [...(c.indicator ? [c.indicator] : c.topic ? [c.topic] : []), ...gu(c.district), ...period(c.period)];
    case 'open-cameras':
      return [...(c.incident ? [c.incident] : []), ...gu(c.district), ...(c.count ? [`×${c.count}`] : [])];
    case 'open-incident':
      return [c.incident, ...(c.incidentType ? [c.incidentType] : [])];
    case 'filter-incidents':
      return [...[c.incidentType, c.agency, c.severity].filter((x): x is NonNullable<typeof x> => x !== undefined), ...gu(c.district)];
    case 'call-official':
      return [OFFICIAL_NAMES[c.role][lang], ...gu(c.district), ...(c.incident ? [c.incident] : [])];
    case 'change-language':
      return [LANGUAGE_NAMES[c.lang]];
    case 'zoom-map':
      return [ZOOM[c.direction][lang], ...(c.level ? [String(c.level)] : [])];
    case 'pan-map':
      return [PAN[c.direction][lang]];
    case 'show-layer':
    case 'hide-layer':
      return [LAYER_NAMES[c.layer][lang]];
    case 'show-complaints':
      return [...gu(c.district), ...(c.category ? [c.category] : [])];
    case 'show-trends':
    case 'show-budget':
      return period(c.period);
    case 'send-to-wall':
      return c.wall ? [c.wall] : [];
    default:
      return [];
  }
}

export function describeCommand(c: Command, lang: Language, names: Names): string {
  const name = COMMAND_NAMES[c.type][lang];
  const more = details(c, lang, names);
  if (c.type === 'call-official' && more.length > 1) return `${name}: ${more[0]} (${more.slice(1).join(', ')})`;
  return more.length ? `${name}: ${more.join(' · ')}` : name;
}
