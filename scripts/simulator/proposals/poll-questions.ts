/**
 * @module scripts/simulator/proposals/poll-questions
 * What the synthetic polls ask, with the options and the "true" shares around which each poll's results fall
 * (invented, in the range such questions get in Korean polls), and the fictional pollsters that run them.
 */

export interface PollQuestion {
  id: string;
  ko: string;
  en: string;
  /** Relative frequency among the polls. */
  weight: number;
  /** [label, English label, underlying share in percent]; the shares add up to 100. */
  options: readonly (readonly [string, string, number])[];
}

export const POLL_QUESTIONS: readonly PollQuestion[] = [
  {
    id: 'city-administration', weight: 3, ko: '서울시의 시정 운영을 어떻게 평가하십니까?', en: 'How do you rate the way the city of Seoul is run?',
    options: [['잘하고 있다', 'Doing well', 51], ['잘못하고 있다', 'Doing badly', 38], ['모름·무응답', "Don't know", 11]],
  },
  {
    id: 'free-fares-age', weight: 1, ko: '지하철 무임승차 연령을 65세에서 70세로 올리는 데 찬성하십니까?', en: 'Do you support raising the age for free subway rides from 65 to 70?',
    options: [['찬성', 'For', 48], ['반대', 'Against', 42], ['모름·무응답', "Don't know", 10]],
  },
  {
    id: 'protected-bike-lanes', weight: 1, ko: '차로를 줄여 분리형 자전거도로를 늘리는 데 찬성하십니까?', en: 'Do you support narrowing roads to add protected bike lanes?',
    options: [['찬성', 'For', 57], ['반대', 'Against', 31], ['모름·무응답', "Don't know", 12]],
  },
  {
    id: 'han-river-drinking', weight: 1, ko: '한강공원 일부 구역의 음주를 제한하는 데 찬성하십니까?', en: 'Do you support restricting drinking in parts of the Han River parks?',
    options: [['찬성', 'For', 55], ['반대', 'Against', 37], ['모름·무응답', "Don't know", 8]],
  },
  {
    id: 'floor-noise', weight: 1, ko: '공동주택 층간소음 기준을 더 엄격하게 하는 데 찬성하십니까?', en: 'Do you support stricter limits on noise between flats?',
    options: [['찬성', 'For', 71], ['반대', 'Against', 18], ['모름·무응답', "Don't know", 11]],
  },
  {
    id: 'shared-parking', weight: 1, ko: '거주자우선주차장을 비는 시간에 방문객과 공유하는 데 찬성하십니까?', en: "Do you support sharing residents' parking bays with visitors when they are empty?",
    options: [['찬성', 'For', 58], ['반대', 'Against', 27], ['모름·무응답', "Don't know", 15]],
  },
  {
    id: 'diesel-ban', weight: 1, ko: '노후 경유차의 서울 도심 운행 제한을 확대하는 데 찬성하십니까?', en: 'Do you support extending the ban on old diesel vehicles in central Seoul?',
    options: [['찬성', 'For', 61], ['반대', 'Against', 30], ['모름·무응답', "Don't know", 9]],
  },
  {
    id: 'housing-burden', weight: 1, ko: '현재 주거비가 얼마나 부담된다고 느끼십니까?', en: 'How heavy a burden are your housing costs?',
    options: [['매우 부담된다', 'Very heavy', 34], ['다소 부담된다', 'Fairly heavy', 38], ['별로 부담되지 않는다', 'Not very heavy', 20], ['전혀 부담되지 않는다', 'Not at all', 5], ['모름·무응답', "Don't know", 3]],
  },
  {
    id: 'housing-priority', weight: 1, ko: '서울시 주거 정책 가운데 가장 시급한 것은 무엇이라고 보십니까?', en: "Which of the city's housing policies is the most urgent?",
    options: [['공공임대주택 확대', 'More public rental homes', 31], ['재건축·재개발 활성화', 'Faster redevelopment', 28], ['청년·신혼부부 월세 지원', 'Rent support for the young and newly-weds', 24], ['전세사기 피해 지원', 'Help for jeonse-fraud victims', 12], ['기타·모름', 'Other, or don\'t know', 5]],
  },
  {
    id: 'night-childcare', weight: 1, ko: '야간·휴일 긴급 돌봄 어린이집을 늘려야 한다고 보십니까?', en: 'Should there be more daycare centres open at night and on holidays?',
    options: [['늘려야 한다', 'Yes', 67], ['필요하지 않다', 'No', 21], ['모름·무응답', "Don't know", 12]],
  },
  {
    id: 'culture-satisfaction', weight: 1, ko: '사는 동네의 문화시설에 얼마나 만족하십니까?', en: 'How satisfied are you with the cultural venues near you?',
    options: [['만족', 'Satisfied', 46], ['보통', 'Neither', 33], ['불만족', 'Dissatisfied', 16], ['모름·무응답', "Don't know", 5]],
  },
  {
    id: 'life-satisfaction', weight: 2, ko: '서울에서의 생활에 전반적으로 얼마나 만족하십니까?', en: 'Overall, how satisfied are you with life in Seoul?',
    options: [['만족', 'Satisfied', 57], ['보통', 'Neither', 28], ['불만족', 'Dissatisfied', 13], ['모름·무응답', "Don't know", 2]],
  },
];

export interface Pollster {
  ko: string;
  en: string;
  method: '전화면접' | 'ARS' | '온라인패널' | '전화·온라인 혼합';
  weight: number;
  /** Response rate range in percent (null: not published, as for panels). */
  responseRate: readonly [number, number] | null;
  /** Design effect of its weighting, a range; 1 means the margin is published for simple random sampling. */
  designEffect: readonly [number, number];
  /** A lean of a few points towards the first option (the "house effect"). */
  lean: number;
}

/** Fictional pollsters (no real firm is meant). */
export const POLLSTERS: readonly Pollster[] = [
  { ko: '누리여론연구소', en: 'Nuri Opinion Institute', method: '전화면접', weight: 3, responseRate: [9, 16], designEffect: [1, 1], lean: 1.5 },
  { ko: '한결리서치', en: 'Hangyeol Research', method: 'ARS', weight: 2, responseRate: [2, 5], designEffect: [1, 1], lean: -2 },
  { ko: '다온데이터', en: 'Daon Data', method: '전화·온라인 혼합', weight: 2, responseRate: [6, 12], designEffect: [1.15, 1.4], lean: 0.5 },
  { ko: '서울시민패널', en: 'Seoul Citizens Panel', method: '온라인패널', weight: 2, responseRate: null, designEffect: [1.3, 1.7], lean: 0 },
];

/** City-wide sample sizes (gu polls take 500–800). */
export const CITY_SAMPLE_SIZES: readonly number[] = [500, 800, 1000, 1000, 1000, 1000, 1200, 1500];
/** Share of polls about one gu. */
export const GU_POLL_SHARE = 0.2;
