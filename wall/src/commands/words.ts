/**
 * @module wall/commands/words
 * What the wall says back about a command, in Korean and English: why it could not be done here,
 * what was sent where, and the short status of the carousel, the sound and the filters. Pure.
 */
import type { Language } from '../../../server/contracts/index.ts';
import { wordsOf } from '../state/i18n.ts';

export type Phrase = Readonly<{ ko: string; en: string }>;

export const NOTICES = {
  nothingBack: { ko: '돌아갈 이전 화면이 없습니다', en: 'There is no earlier screen to go back to' },
  noMap: { ko: '이 상황판에는 지도가 없습니다', en: 'This wall has no map' },
  noIndicators: { ko: '이 상황판에는 정책 지표 화면이 없습니다', en: 'This wall has no indicator screen' },
  noCameras: { ko: '이 상황판에는 CCTV 화면이 없습니다', en: 'This wall has no camera screen' },
  camerasForStaff: { ko: 'CCTV 영상은 로그인한 직원만 볼 수 있습니다', en: 'Camera video is for signed-in staff' },
  noIncidents: { ko: '이 상황판에는 사건·사고 화면이 없습니다', en: 'This wall has no incident screen' },
  noOpenIncident: { ko: '진행 중인 사건·사고가 없습니다', en: 'There is no open incident' },
  noSelectedIncident: { ko: '선택된 사건이 없습니다 — 먼저 사건을 선택하세요', en: 'No incident is selected — select one first' },
  noComplaints: { ko: '이 상황판에는 민원 화면이 없습니다', en: 'This wall has no complaint screen' },
  noTrends: { ko: '이 상황판에는 여론 동향 화면이 없습니다', en: 'This wall has no trend screen' },
  noPledges: { ko: '이 상황판에는 공약 이행 화면이 없습니다', en: 'This wall has no pledge screen' },
  noScore: { ko: '이 상황판에는 도시 점수 화면이 없습니다', en: 'This wall has no city score screen' },
  noBudget: { ko: '예산 집행 현황은 아직 이 상황판에 없습니다', en: 'Budget execution is not on this wall yet' },
  noCulture: { ko: '문화 분야 지표는 4개년 계획에 없습니다', en: 'The four-year plan has no culture indicators' },
  callsUnavailable: { ko: '이 상황판에서는 통화를 할 수 없습니다', en: 'Calls are not available on this wall' },
  chooseWall: { ko: '보낼 상황판을 말씀해 주세요', en: 'Say which wall to send this to' },
  alreadyHere: { ko: '이미 이 상황판에 표시되어 있습니다', en: 'This is already shown on this wall' },
  notBack: { ko: '명령을 보냈지만 아직 상황판에 반영되지 않았습니다', en: 'The command was sent but has not come back to this wall yet' },
  unreachable: { ko: '플랫폼에 연결할 수 없습니다', en: 'The platform cannot be reached' },
} as const satisfies Record<string, Phrase>;

export type NoticeKey = keyof typeof NOTICES;

export const noticeText = (lang: Language, key: NoticeKey): string => NOTICES[key][lang];

export const unknownScreenText = (lang: Language, screen: string): string =>
  lang === 'ko' ? `이 상황판에는 '${screen}' 화면이 없습니다` : `This wall has no screen '${screen}'`;

export const unknownPlaceText = (lang: Language, code: string): string =>
  lang === 'ko' ? `지도에 없는 지역입니다 (${code})` : `That place is not on the map (${code})`;

export const missingFigureText = (lang: Language, name: string): string =>
  lang === 'ko' ? `'${name}' 지표는 아직 플랫폼에 없습니다` : `'${name}' is not among the platform's figures yet`;

export const airNotShownText = (lang: Language, metric: string): string =>
  lang === 'ko' ? `이 상황판에는 ${metric} 지도가 없습니다` : `This wall has no ${metric} map`;

export const sentText = (lang: Language, wall: string): string => (lang === 'ko' ? `'${wall}' 상황판으로 보냈습니다` : `Sent to the wall '${wall}'`);

export const refusedText = (lang: Language, detail: string): string => (lang === 'ko' ? `실행할 수 없습니다: ${detail}` : `Not done: ${detail}`);

export const callFailedText = (lang: Language, detail: string): string => (lang === 'ko' ? `통화 실패: ${detail}` : `Call failed: ${detail}`);

export const notAllowedText = (lang: Language, what: string): string =>
  lang === 'ko' ? `이 역할로는 할 수 없는 명령입니다: ${what}` : `Your role may not do this: ${what}`;

export const STATUS_WORDS = {
  playing: { ko: '자동 전환', en: 'Auto' },
  muted: { ko: '음소거', en: 'Muted' },
  filter: { ko: '필터', en: 'Filter' },
  atLeast: { ko: '이상', en: 'or worse' },
  listening: { ko: '듣고 있습니다…', en: 'Listening…' },
  thinking: { ko: '해석 중…', en: 'Interpreting…' },
  placeholder: { ko: '명령을 입력하거나 말하세요 (예: 강남구 보여줘)', en: 'Type or say a command (e.g. show Gangnam)' },
  noSpeech: { ko: '이 브라우저는 음성 인식을 지원하지 않습니다 — 입력해 주세요', en: 'This browser has no speech recognition — please type' },
  micBlocked: { ko: '마이크를 사용할 수 없습니다', en: 'The microphone is not available' },
  done: { ko: '실행', en: 'Done' },
  close: { ko: '닫기', en: 'Close' },
  compare: { ko: '자치구 비교', en: 'District comparison' },
  tapToClose: { ko: '누르면 닫힙니다', en: 'Tap to close' },
} as const satisfies Record<string, Phrase>;

export const statusWord = wordsOf(STATUS_WORDS);
