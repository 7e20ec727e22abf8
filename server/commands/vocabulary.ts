/**
 * @module commands/vocabulary
 * Words that name a parameter's value: screens, map layers, incident types and severities, the
 * agencies, the officials one calls, the walls, languages, and the directions of the map. Indicators,
 * topics and complaint categories are in vocabulary-figures.ts; places in places.ts.
 * Korean forms match with or without spaces; `^` asks for the start of a word; English forms also
 * match their plural.
 */
import type { Term } from './senses.ts';
import { valued } from './senses.ts';

const SCREENS: readonly Term[] = [
  valued('screen', 'glance', ['한눈에 보기', '한눈에', '요약', '개요', '대시보드', '오늘의 서울', '첫 화면', '메인 화면', '홈 화면', '종합 상황'], ['glance', 'at a glance', 'overview', 'summary', 'dashboard', 'home screen', 'main screen', 'seoul today', 'front page']),
  valued('screen', 'city', ['도시 현황', '도시 화면'], ['city screen', 'city view']),
  valued('screen', 'opinion', ['시민 의견', '의견', '시민 목소리'], ['citizen opinion', 'public opinion', 'opinion', 'citizens voice']),
  valued('screen', 'administration', ['시정 현황', '시정', '행정 현황', '행정', '시정 운영'], ['administration', 'city administration', 'government', 'admin']),
  valued('screen', 'sources', ['연계 시스템', '시스템 상태', '데이터 출처', '소스 상태'], ['source health', 'data sources', 'sources', 'systems status']),
  valued('screen', 'situation', [], ['situation board', 'situation screen']),
  valued('screen', 'safety', ['도시안전', '실시간 도시안전', '안전 상황', '재난 안전', '재난'], ['public safety', 'urban safety', 'emergency screen']),
  { senses: [{ kind: 'screen', value: 'safety' }, { kind: 'topic', value: 'safety' }], ko: ['안전'], en: ['safety'] },
  { senses: [{ kind: 'screen', value: 'opinion' }, { kind: 'trend' }], ko: ['여론', '민심'], en: [] },
  { senses: [{ kind: 'screen', value: 'situation' }, { kind: 'wall', value: 'situation-room' }], ko: ['상황판'], en: [] },
  { senses: [{ kind: 'screen', value: 'city' }, { kind: 'indicator', value: 'cai' }], ko: ['대기질', '공기질', '대기', '공기'], en: ['air quality', 'air'] },
];

const LAYERS: readonly Term[] = [
  valued('layer', 'districts', ['구 경계선', '구 경계', '자치구 경계', '경계선', '경계'], ['district borders', 'district boundaries', 'district outlines', 'gu boundaries', 'boundaries', 'borders']),
  valued('layer', 'neighborhoods', ['행정동 경계', '행정동', '동 경계선', '동 경계', '동 단위'], ['neighborhood boundaries', 'neighbourhood boundaries', 'neighborhoods', 'neighbourhoods', 'dong boundaries']),
  valued('layer', 'stations', ['측정소', '관측소', '측정망', '측정 지점'], ['stations', 'monitoring stations', 'sensors']),
  valued('layer', 'labels', ['지명', '라벨', '레이블', '이름표', '지역 이름'], ['labels', 'place names', 'names']),
  valued('layer', 'incidents', ['사건 레이어', '사건 마커', '사고 마커', '사건 표시 레이어'], ['incident markers', 'incident layer', 'incident pins']),
];

const INCIDENT_TYPES: readonly Term[] = [
  { senses: [{ kind: 'itype', value: 'fire' }, { kind: 'indicator', value: 'fires' }], ko: ['화재'], en: ['fire'] },
  valued('itype', 'fire', ['불난', '불이 난', '^불 난', '난 불', '방화', '산불'], ['blaze', 'arson']),
  valued('itype', 'rescue', ['구조'], ['rescue']),
  valued('itype', 'ems', ['구급', '응급', '응급 환자', '환자 이송', '구급차'], ['ems', 'ambulance', 'medical emergency', 'medical']),
  valued('itype', 'homicide', ['살인'], ['homicide', 'murder']),
  valued('itype', 'robbery', ['강도'], ['robbery', 'robberies', 'mugging']),
  valued('itype', 'sexual-violence', ['성범죄', '성폭력', '성추행', '성폭행'], ['sexual violence', 'sex crime', 'sexual assault']),
  valued('itype', 'theft', ['절도', '도난', '도둑'], ['theft', 'burglary', 'stealing']),
  valued('itype', 'violence', ['폭력', '폭행', '싸움'], ['violence', 'assault', 'fight']),
];

const SEVERITIES: readonly Term[] = [
  valued('severity', 'minor', ['경미', '가벼운', '^작은'], ['minor', 'small']),
  valued('severity', 'moderate', ['보통', '중간'], ['moderate', 'medium']),
  valued('severity', 'major', ['중대', '심각', '^큰', '대형 사고'], ['major', 'serious', 'severe', 'big', 'large']),
  valued('severity', 'critical', ['위급', '긴급', '치명', '매우 심각', '최고 등급'], ['critical', 'urgent', 'life threatening']),
];

const OFFICIALS: readonly Term[] = [
  valued('official', 'fire-commander', ['소방서장', '소방본부장', '소방 책임자', '소방대장', '현장 지휘관', '소방 지휘관', '소방 지휘부', '소방서'], ['fire commander', 'fire chief', 'fire captain', 'incident commander', 'fire station']),
  valued('official', 'police-chief', ['경찰서장', '경찰청장', '경찰 책임자', '경찰서', '^서장'], ['police chief', 'police commissioner', 'police station', 'chief of police']),
  valued('official', 'district-head', ['구청장', '구청'], ['district head', 'district mayor', 'gu head', 'district chief', 'district office', 'ward mayor', 'head of the district']),
  valued('official', 'department-head', ['국장', '실장', '과장', '부서장', '담당자', '담당 부서', '담당 국장'], ['department head', 'director', 'head of department', 'person in charge', 'department director']),
  valued('official', 'deputy-mayor', ['부시장', '행정부시장', '정무부시장'], ['deputy mayor', 'vice mayor']),
  valued('official', 'situation-room', ['상황실장', '재난안전상황실', '재난상황실'], ['operations center', 'operations centre', 'control room']),
  valued('official', 'health-director', ['보건소장', '보건소'], ['health director', 'health center', 'public health director']),
  { senses: [{ kind: 'official', value: 'situation-room' }, { kind: 'wall', value: 'situation-room' }], ko: ['상황실'], en: ['situation room'] },
  { senses: [{ kind: 'agency', value: 'police' }, { kind: 'official', value: 'police-chief' }], ko: ['경찰', '112'], en: ['police'] },
  { senses: [{ kind: 'agency', value: 'fire' }, { kind: 'official', value: 'fire-commander' }], ko: ['소방', '119'], en: ['fire department', 'fire brigade'] },
];

const WALLS: readonly Term[] = [
  valued('wall', 'main', ['대형 화면', '큰 화면', '메인 월', '비디오 월', '전광판', '대형 스크린'], ['big screen', 'main wall', 'video wall', 'large screen']),
  valued('wall', 'mayor-office', ['시장실'], ['mayors office']),
  { senses: [{ kind: 'wall' }], ko: ['re:(?<=^|[\\s\\u2591])월(?=\\s|에|로|으로|$)', '벽면', '^벽'], en: ['wall'] },
];

const LANGUAGES: readonly Term[] = [
  valued('lang', 'ko', ['한국어', '한글', '국문', '우리말', '국어', '코리안'], ['korean', 'hangul']),
  valued('lang', 'en', ['영어', '영문', '잉글리시', '잉글리쉬'], ['english']),
];

const MAP_MOVES: readonly Term[] = [
  valued('zoom', 'in', ['확대', '크게', '키워', '줌인', '줌 인', '가까이'], ['zoom in', 'enlarge', 'magnify', 'bigger', 'closer', 'zoom closer']),
  valued('zoom', 'out', ['축소', '작게', '줄여', '줌아웃', '줌 아웃', '넓게', '멀리'], ['zoom out', 'shrink', 'smaller', 'wider', 'zoom back']),
  valued('pan', 'north', ['북쪽', '위로', '위쪽'], ['north', 'up', 'upward', 'upwards']),
  valued('pan', 'south', ['남쪽', '아래로', '아래쪽', '밑으로'], ['south', 'down', 'downward', 'downwards']),
  valued('pan', 'east', ['동쪽', '오른쪽', '우측'], ['east', 'right']),
  valued('pan', 'west', ['서쪽', '왼쪽', '좌측'], ['west', 'left']),
];

export const VALUE_TERMS: readonly Term[] = [...SCREENS, ...LAYERS, ...INCIDENT_TYPES, ...SEVERITIES, ...WALLS, ...LANGUAGES, ...MAP_MOVES];
/** Officials win over place names of the same length: 강남구청장 is 강남 + 구청장. */
export const PRIORITY_TERMS: readonly Term[] = OFFICIALS;
