/**
 * @module wall/commands/status
 * The short states a command leaves on the wall, shown on its command line while they hold: the
 * carousel playing, the sound off, the incidents filtered, the complaint feed narrowed to a category,
 * map layers turned on or off. Pure.
 */
import { INCIDENT_TYPE_NAMES, type Language } from '../../../server/contracts/index.ts';
import { categoryName } from '../state/complaint-categories.ts';
import { AGENCY_LABELS, SEVERITY_LABELS } from '../state/i18n.ts';
import type { WallState } from '../state/wall-state.ts';
import { rotateMs } from './carousel.ts';
import { placeName, type MapPlaces } from './places.ts';
import { statusWord } from './words.ts';

const LAYER_NAMES: Readonly<Record<string, { ko: string; en: string }>> = {
  districts: { ko: '자치구', en: 'districts' },
  neighborhoods: { ko: '행정동', en: 'dong' },
  stations: { ko: '측정소', en: 'stations' },
  labels: { ko: '지명', en: 'labels' },
  incidents: { ko: '사건·사고', en: 'incidents' },
};

export function statusTexts(state: WallState, places: MapPlaces, lang: Language): string[] {
  const out: string[] = [];
  if (state.carousel.playing) out.push(`▶ ${statusWord(lang, 'playing')} ${rotateMs(state.layout) / 1000}${lang === 'ko' ? '초' : ' s'}`);
  if (state.muted) out.push(statusWord(lang, 'muted'));
  const f = state.incidentFilter;
  if (f) {
    const parts = [
      f.incidentType ? INCIDENT_TYPE_NAMES[f.incidentType][lang] : '',
      f.agency ? AGENCY_LABELS[f.agency][lang] : '',
      f.severity ? `${SEVERITY_LABELS[f.severity][lang]} ${statusWord(lang, 'atLeast')}` : '',
      f.district ? placeName(places, f.district, lang) : '',
    ].filter(Boolean);
    out.push(`${statusWord(lang, 'filter')}: ${parts.join(' · ')}`);
  }
  if (state.complaintCategory) out.push(`${statusWord(lang, 'filter')}: ${categoryName(state.complaintCategory, lang)}`);
  for (const [layer, on] of state.layerOverrides) out.push(`${on ? '+' : '−'} ${LAYER_NAMES[layer]?.[lang] ?? layer}`);
  return out;
}
