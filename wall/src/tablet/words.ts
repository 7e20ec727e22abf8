/**
 * @module wall/tablet/words
 * The tablet remote's words in Korean and English: its own labels, the built-in screens, the map
 * layers, the officials a wall can call, and a short name for every command. Pure.
 */
import type { CommandType, Language, LocalizedText, MapLayer, OfficialRole } from '../../../server/contracts/index.ts';

const w = (ko: string, en: string): LocalizedText => ({ ko, en });

export const WORDS = {
  title: w('태블릿 리모컨', 'Tablet remote'),
  platform: w('서울 스마트 시티 플랫폼', 'Seoul Smart City Platform'),
  otherLanguage: w('English', '한국어'),
  loading: w('불러오는 중…', 'Loading…'),
  signingIn: w('로그인 화면으로 이동합니다…', 'Taking you to sign in…'),
  pairTitle: w('월(대형 화면)과 연결', 'Pair with a wall'),
  pairHelp: w('월에서 P 키를 누르면 여섯 자리 코드와 QR 코드가 나타납니다. 코드를 입력하거나 QR 코드를 찍으세요.', 'Press P on the wall: it shows a six-digit code and a QR code. Type the code, or scan the QR code.'),
  codeLabel: w('연결 코드 (6자리)', 'Pairing code (6 digits)'),
  pair: w('연결', 'Pair'),
  pairing: w('연결 중…', 'Pairing…'),
  yourWalls: w('바로 조종할 수 있는 월', 'Walls you may drive now'),
  pairedWith: w('연결된 월', 'Paired with'),
  pairedUntil: w('연결 만료', 'until'),
  changeWall: w('다른 월', 'Change wall'),
  view: w('이 태블릿의 화면 구성', 'This tablet’s view'),
  viewEmpty: w('아직 보낸 명령이 없습니다', 'Nothing sent yet'),
  sendView: w('이 화면을 월로 보내기', 'Send this view to the wall'),
  sendViewHead: w('이 화면을 구청장 월로 보내기', 'Send this view to a district head’s wall'),
  pickHeadWall: w('보낼 구청장 월을 고르세요', 'Choose the district head’s wall'),
  noHeadWalls: w('보낼 수 있는 구청장 월이 없습니다', 'There is no district head’s wall you may send to'),
  cancel: w('취소', 'Cancel'),
  say: w('말하거나 입력하세요', 'Say or type a command'),
  sayPlaceholder: w('예: 강남구 미세먼지 보여줘', 'e.g. show fine dust in Gangnam'),
  send: w('보내기', 'Send'),
  speak: w('말하기', 'Speak'),
  listening: w('듣는 중…', 'Listening…'),
  didYouMean: w('이 명령을 보낼까요?', 'Send this command?'),
  notUnderstood: w('알아듣지 못했습니다', 'Not understood'),
  notAllowed: w('이 명령은 권한이 없습니다', 'You may not issue this command'),
  notAllowedRole: w('권한 없음', 'not for your role'),
  screens: w('화면', 'Screens'),
  districts: w('자치구', 'Districts'),
  compare: w('비교', 'Compare'),
  compareHelp: w('비교할 자치구 2~4곳을 누르세요', 'Tap two to four districts to compare'),
  compareSend: w('비교 보내기', 'Send comparison'),
  language: w('월 언어', 'Wall language'),
  map: w('지도', 'Map'),
  layers: w('지도 레이어', 'Map layers'),
  show: w('켜기', 'show'),
  hide: w('끄기', 'hide'),
  incidents: w('사건·사고', 'Incidents'),
  administration: w('시정 현황', 'Administration'),
  officials: w('관계자 호출', 'Call an official'),
  sent: w('보냄', 'Sent'),
  sentTo: w('보낸 월', 'sent to'),
  sending: w('보내는 중…', 'Sending…'),
  failed: w('실패', 'Failed'),
  codeProblems: {
    empty: w('코드를 입력하세요', 'Enter the code'),
    'too-short': w('코드는 여섯 자리입니다', 'The code has six digits'),
    'too-long': w('코드는 여섯 자리입니다', 'The code has six digits'),
    'not-digits': w('코드는 숫자만 씁니다', 'The code is digits only'),
  },
  pairProblems: {
    404: w('이 코드가 없거나 만료되었습니다. 월에서 새 코드를 받으세요.', 'This code is unknown or has expired. Ask the wall for a new one.'),
    409: w('이 코드는 이미 사용되었습니다. 월에서 새 코드를 받으세요.', 'This code has already been used. Ask the wall for a new one.'),
  },
} as const;

/** The screens of the built-in layouts, for a wall whose layout could not be read. */
export const SCREEN_NAMES: Record<string, LocalizedText> = {
  glance: w('한눈에 보기', 'At a glance'),
  city: w('도시 현황', 'City'),
  safety: w('실시간 도시안전', 'Urban safety'),
  opinion: w('시민 의견', 'Citizen opinion'),
  administration: w('시정 현황', 'Administration'),
  situation: w('상황실', 'Situation room'),
  air: w('대기질', 'Air quality'),
  sources: w('연계 시스템', 'Source systems'),
};

export const LAYER_NAMES: Record<MapLayer, LocalizedText> = {
  districts: w('자치구', 'Districts'),
  neighborhoods: w('행정동', 'Neighbourhoods'),
  stations: w('측정소', 'Stations'),
  labels: w('지명', 'Labels'),
  incidents: w('사건·사고', 'Incidents'),
};

export const OFFICIAL_NAMES: Record<OfficialRole, LocalizedText> = {
  'fire-commander': w('소방서장', 'Fire commander'),
  'police-chief': w('경찰서장', 'Police chief'),
  'district-head': w('구청장', 'District head'),
  'department-head': w('실·국장', 'Department head'),
  'deputy-mayor': w('부시장', 'Deputy mayor'),
  'situation-room': w('상황실', 'Situation room'),
  'health-director': w('보건소장', 'Health director'),
};

/** A short name for every command (buttons, the view, questions back). */
export const COMMAND_NAMES: Record<CommandType, LocalizedText> = {
  'show-screen': w('화면', 'Screen'),
  'next-screen': w('다음 화면', 'Next screen'),
  'previous-screen': w('이전 화면', 'Previous screen'),
  'go-back': w('되돌리기', 'Go back'),
  play: w('자동 순환', 'Rotate screens'),
  pause: w('순환 멈춤', 'Stop rotating'),
  'show-help': w('도움말', 'Help'),
  refresh: w('새로 고침', 'Refresh'),
  'select-district': w('자치구 선택', 'District'),
  'compare-districts': w('자치구 비교', 'Compare'),
  'select-dong': w('행정동 선택', 'Neighbourhood'),
  'clear-selection': w('선택 해제', 'Clear selection'),
  'open-indicator': w('지표', 'Indicator'),
  'open-cameras': w('CCTV 보기', 'Cameras'),
  'close-cameras': w('CCTV 닫기', 'Close cameras'),
  'open-incident': w('사건 보기', 'Incident'),
  'filter-incidents': w('사건 거르기', 'Filter incidents'),
  'call-official': w('호출', 'Call'),
  'hang-up': w('통화 종료', 'Hang up'),
  'change-language': w('언어', 'Language'),
  'zoom-map': w('지도 확대·축소', 'Zoom'),
  'pan-map': w('지도 이동', 'Pan'),
  'reset-view': w('지도 처음으로', 'Reset map'),
  'show-layer': w('레이어 켜기', 'Show layer'),
  'hide-layer': w('레이어 끄기', 'Hide layer'),
  'show-complaints': w('민원', 'Complaints'),
  'show-trends': w('여론 동향', 'Trends'),
  'show-pledges': w('공약 이행', 'Pledges'),
  'show-city-score': w('도시 점수', 'City score'),
  'show-budget': w('예산 집행', 'Budget'),
  'send-to-wall': w('월로 보내기', 'Send to a wall'),
  mute: w('소리 끄기', 'Mute'),
  unmute: w('소리 켜기', 'Unmute'),
};

export const LANGUAGE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

/** The tablet's own language: `?lang=`, else the browser's, Korean by default. */
export function uiLanguage(search: string, browser: string | undefined): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'ko' || asked === 'en') return asked;
  return browser?.toLowerCase().startsWith('en') ? 'en' : 'ko';
}
