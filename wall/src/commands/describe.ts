/**
 * @module wall/commands/describe
 * A command in a few words, in the wall's language: the labels of the choices when the platform
 * asks which command was meant ("역삼1동 선택", "Compare Gangnam-gu, Songpa-gu"). Pure.
 */
import { INCIDENT_TYPE_NAMES, type Command, type Language } from '../../../server/contracts/index.ts';
import { AGENCY_LABELS, SEVERITY_LABELS } from '../state/i18n.ts';
import { placeName, type MapPlaces } from './places.ts';

type Say = { ko: string; en: string };

const SIMPLE: Partial<Record<Command['type'], Say>> = {
  'next-screen': { ko: '다음 화면', en: 'Next screen' },
  'previous-screen': { ko: '이전 화면', en: 'Previous screen' },
  'go-back': { ko: '되돌아가기', en: 'Go back' },
  play: { ko: '화면 자동 전환', en: 'Rotate the screens' },
  pause: { ko: '자동 전환 멈춤', en: 'Stop rotating' },
  'show-help': { ko: '도움말', en: 'Help' },
  refresh: { ko: '새로 고침', en: 'Reload the data' },
  'clear-selection': { ko: '선택 해제', en: 'Clear the selection' },
  'close-cameras': { ko: 'CCTV 닫기', en: 'Close the cameras' },
  'hang-up': { ko: '통화 종료', en: 'Hang up' },
  'reset-view': { ko: '지도 처음으로', en: 'Reset the map' },
  'show-trends': { ko: '여론 동향', en: 'Opinion trends' },
  'show-pledges': { ko: '공약 이행 현황', en: 'Pledge progress' },
  'show-city-score': { ko: '도시 점수', en: 'City score' },
  'show-budget': { ko: '예산 집행 현황', en: 'Budget execution' },
  mute: { ko: '소리 끄기', en: 'Mute' },
  unmute: { ko: '소리 켜기', en: 'Unmute' },
};

const pick = (lang: Language, ko: string, en: string): string => (lang === 'ko' ? ko : en);

export function describeCommand(c: Command, lang: Language, places: MapPlaces): string {
  const simple = SIMPLE[c.type];
  if (simple) return simple[lang];
  const name = (code: string): string => placeName(places, code, lang);
  switch (c.type) {
    case 'show-screen':
      return pick(lang, `'${c.screen}' 화면`, `Screen '${c.screen}'`);
    case 'select-district':
    case 'select-dong': {
      const code = c.type === 'select-dong' ? c.dong : c.district;
      return pick(lang, `${name(code)} 선택`, `Select ${name(code)}`);
    }
    case 'compare-districts':
      return pick(lang, `${c.districts.map(name).join(', ')} 비교`, `Compare ${c.districts.map(name).join(', ')}`);
    case 'open-indicator': {
      const what = [c.indicator ?? c.topic ?? '', c.district ? name(c.district) : ''].filter(Boolean).join(' · ');
      return pick(lang, `지표 ${what}`.trim(), `Indicator ${what}`.trim());
    }
    case 'open-cameras':
      return pick(lang, `CCTV ${c.district ? name(c.district) : ''}`.trim(), `Cameras ${c.district ? name(c.district) : ''}`.trim());
    case 'open-incident':
      return pick(lang, c.incident === 'latest' ? '최근 사건' : '사건 상세', c.incident === 'latest' ? 'The latest incident' : 'Incident detail');
    case 'filter-incidents': {
      const parts = [
        c.incidentType ? INCIDENT_TYPE_NAMES[c.incidentType][lang] : '',
        c.agency ? AGENCY_LABELS[c.agency][lang] : '',
        c.severity ? SEVERITY_LABELS[c.severity][lang] : '',
        c.district ? name(c.district) : '',
      ].filter(Boolean);
      return pick(lang, `사건 필터 ${parts.join(' · ') || '해제'}`, `Filter incidents: ${parts.join(' · ') || 'none'}`);
    }
    case 'call-official':
      return pick(lang, `${c.role} 연결`, `Call ${c.role}`);
    case 'change-language':
      return c.lang === 'ko' ? '한국어' : 'English';
    case 'zoom-map':
      return pick(lang, c.direction === 'in' ? '지도 확대' : '지도 축소', c.direction === 'in' ? 'Zoom in' : 'Zoom out');
    case 'pan-map':
      return pick(lang, `지도 이동 (${{ north: '북', south: '남', east: '동', west: '서' }[c.direction]})`, `Pan ${c.direction}`);
    case 'show-layer':
    case 'hide-layer':
      return pick(lang, `${c.layer} ${c.type === 'show-layer' ? '켜기' : '끄기'}`, `${c.type === 'show-layer' ? 'Show' : 'Hide'} ${c.layer}`);
    case 'show-complaints':
      return pick(lang, `민원 ${c.district ? name(c.district) : ''}`.trim(), `Complaints ${c.district ? name(c.district) : ''}`.trim());
    case 'send-to-wall':
      return pick(lang, `'${c.wall ?? '?'}' 상황판으로 보내기`, `Send to the wall '${c.wall ?? '?'}'`);
    default:
      return c.type;
  }
}
