/**
 * @module commands/utterances-stress.test-table
 * Harder utterances, written after the other tables had passed, to find where the parser stops:
 * third-person and indirect requests, negation (말고), mixed Korean and English, long-winded
 * phrasing, ASR slips and spacing, and words outside the lexicon. Reported on their own; the
 * parser was not tuned on them.
 */
import { INCIDENT_SELECTED as INC, range, say, type UtteranceCase } from './utterance-case.ts';

export const STRESS_UTTERANCES: readonly UtteranceCase[] = [
  say('시장님이 강남구 상황 좀 보고 싶어 하셔', { type: 'select-district', district: '11680' }),
  say('저기 혹시 서초구 쪽 좀 띄워줄 수 있어?', { type: 'select-district', district: '11650' }),
  say('강남 CCTV 좀 open 해줘', { type: 'open-cameras', district: '11680' }),
  say('show me 강남구', { type: 'select-district', district: '11680' }),
  say('미세먼지 말고 초미세먼지로 보여줘', { type: 'open-indicator', indicator: 'pm25' }),
  say('화재 말고 구급만', { type: 'filter-incidents', incidentType: 'ems' }),
  say('강남구랑 서초구랑 송파구랑 강동구 다 비교해 봐', { type: 'compare-districts', districts: ['11680', '11650', '11710', '11740'] }),
  say('그 불난 데 제일 가까운 카메라 네 대 띄워 봐', { type: 'open-cameras', count: 4, incident: 'selected' }, INC),
  say('아 잠깐만 전화 끊어', { type: 'hang-up' }),
  say('소방서장님하고 통화 좀 하게 연결해 주세요', { type: 'call-official', role: 'fire-commander' }),
  say('지금 강남구청장한테 전화 좀 넣어 줘', { type: 'call-official', role: 'district-head', district: '11680' }),
  say('지난 석 달 동안 실업률', { type: 'open-indicator', indicator: 'unemployment-rate', period: range('2025-02-16', '2025-05-15') }),
  say('2년 전 고용률', { type: 'open-indicator', indicator: 'employment-rate', period: range('2023-01-01', '2023-12-31') }),
  say('can you pull up the latest fire incident for me', { type: 'open-incident', incident: 'latest', incidentType: 'fire' }),
  say('I would like to see Mapo district please', { type: 'select-district', district: '11440' }),
  say('zoom in a bit', { type: 'zoom-map', direction: 'in' }),
  say('go north a little', { type: 'pan-map', direction: 'north' }),
  say('what does the budget look like this year', { type: 'show-budget', period: range('2025-01-01', '2025-12-31') }),
  say("let's see how Songpa and Gangdong stack up", { type: 'compare-districts', districts: ['11710', '11740'] }),
  say('yeoksam two dong', { type: 'select-dong', dong: '1168065000' }),
  say('영등포구 여의도 보여줘', { type: 'select-dong', dong: '1156054000' }),
  say('뉴스에서 뭐라고 해?', { type: 'show-trends' }),
  say('오늘 들어온 민원 몇 건이야', { type: 'show-complaints' }),
  say('대기 상태 어때', { type: 'open-indicator', indicator: 'cai' }),
  say('Seocho-gu crime rate last year', { type: 'open-indicator', indicator: 'crimes', district: '11650', period: range('2024-01-01', '2024-12-31') }),
  say('송파구 인구 얼마야', { type: 'open-indicator', indicator: 'population', district: '11710' }),
  say('mute the wall', { type: 'mute' }),
  say('switch to english mode', { type: 'change-language', lang: 'en' }),
  say('영어 모드', { type: 'change-language', lang: 'en' }),
  say('동작구에 있는 CCTV 전부 보여 줘', { type: 'open-cameras', district: '11590' }),
  say('노원구 소음 민원 몇 건 들어왔어', { type: 'show-complaints', category: 'noise', district: '11350' }),
  say('상황실에 이 화면 띄워 줘', { type: 'send-to-wall', wall: 'situation-room' }),
  say('구급차 출동 건만 보여줘', { type: 'filter-incidents', incidentType: 'ems' }),
  say("show me what's happening in Gwanak", { type: 'select-district', district: '11620' }),
  say('give me the employment numbers for Q3 2024', { type: 'open-indicator', indicator: 'employment-rate', period: range('2024-07-01', '2024-09-30') }),
  say('올해 들어 범죄 얼마나 늘었어', { type: 'open-indicator', indicator: 'crimes', period: range('2025-01-01', '2025-12-31') }),
  say('강남구 보여', { type: 'select-district', district: '11680' }),
  say('강남 구 보여 줘', { type: 'select-district', district: '11680' }),
  say('쏭파구 보여줘', { type: 'select-district', district: '11710' }),
  say('gang nam please', { type: 'select-district', district: '11680' }),
  say('다음 화면 말고 이전 화면', { type: 'previous-screen' }),
  say('카메라 말고 지도 확대', { type: 'zoom-map', direction: 'in' }),
  say('음 그러니까 마포구 쓰레기 민원 현황 좀 볼 수 있을까요', { type: 'show-complaints', category: 'trash', district: '11440' }),
  say('경찰청장님 좀 바꿔 줘', { type: 'call-official', role: 'police-chief' }),
  say('119 출동 현황', { type: 'filter-incidents', agency: 'fire' }),
];
