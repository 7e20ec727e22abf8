/**
 * @module scripts/simulator/social/topics
 * What the SYNTHETIC citizens post about: city topics, each with Korean and English short-post templates. `{place}`
 * is filled with a place in a gu (its name, short name or a dong: `마포구`, `마포`, `상암동`; `Mapo-gu`, `Sangam-dong`),
 * `{hour}` with the hour. Weights are the everyday share of posts; a burstable topic can dominate a day (see
 * `generator.ts`). The `term` is what a trend reader should find when the topic bursts (tests use it).
 */

export interface Topic {
  id: string;
  /** traffic · air · parks · festivals · complaint categories. */
  category: string;
  weight: number;
  burstable: boolean;
  /** The normalized term the topic's posts share (as `server/trends` extracts it). */
  term: string;
  ko: readonly string[];
  en: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'commute', category: 'traffic', weight: 5, burstable: false, term: '출근길',
    ko: ['{place} 출근길 정체 너무 심하네요 ㅠㅠ', '지하철 2호선 오늘도 지옥철 #출근길', '{place} 쪽 버스 배차 간격 너무 길어요', '출근길 {place} 사거리 꽉 막혔어요', '{hour}시인데 도로가 주차장이네요 {place}'],
    en: ['Traffic around {place} is terrible this morning', 'Line 2 subway packed again on my commute', 'Bus took forever in {place} today'],
  },
  {
    id: 'fine-dust', category: 'air', weight: 2, burstable: true, term: '미세먼지',
    ko: ['오늘 미세먼지 최악이네요 마스크 꼭 쓰세요 #미세먼지', '미세먼지 때문에 창문도 못 열겠어요', '{place} 하늘이 뿌옇네요 미세먼지 심각', '초미세먼지 나쁨이라 아이들 바깥놀이 취소 #미세먼지', '미세먼지 저감 대책 좀 제대로 해주세요'],
    en: ['Fine dust is awful today, wear a mask', 'Air quality in {place} is terrible, the sky is grey with fine dust'],
  },
  {
    id: 'heat', category: 'air', weight: 1, burstable: true, term: '폭염',
    ko: ['폭염 경보 떴네요 다들 물 많이 드세요', '{place} 무더위 쉼터 어디 있나요 폭염 너무 힘들어요', '폭염에 에어컨 고장 ㅠㅠ'],
    en: ['Heat wave warning again, stay hydrated', 'Cooling shelters in {place} are full because of the heat wave'],
  },
  {
    id: 'park', category: 'parks', weight: 3, burstable: false, term: '공원',
    ko: ['{place} 공원 산책하기 좋은 날씨네요', '한강공원 피크닉 사람 많아요', '{place} 공원 화장실 청소 좀 해주세요', '공원 벤치 부서진 거 언제 고치나요 {place}'],
    en: ['Lovely walk in the park in {place}', 'Han River park is crowded with picnics today'],
  },
  {
    id: 'festival', category: 'festivals', weight: 1, burstable: true, term: '축제',
    ko: ['{place} 축제 다녀왔어요 사람 엄청 많네요 #축제', '축제 때문에 {place} 도로 통제 중이에요', '{place} 야시장 축제 먹거리 최고', '축제 소음 때문에 잠을 못 자겠어요 {place}'],
    en: ['Festival crowds in {place} tonight', 'Roads closed in {place} for the festival'],
  },
  {
    id: 'illegal-parking', category: 'complaint:illegal-parking', weight: 2, burstable: true, term: '불법 주정차',
    ko: ['{place} 불법 주정차 너무 심해요 단속 좀', '{place} 골목 불법 주정차 때문에 차가 못 지나가요', '소화전 앞 불법 주정차 신고했어요 {place}', '{place} 학교 앞 불법 주정차 위험해요'],
    en: ['Illegal parking blocks the whole street in {place}', 'Reported illegal parking near the school in {place}'],
  },
  {
    id: 'noise', category: 'complaint:noise', weight: 2, burstable: true, term: '소음',
    ko: ['윗집 층간소음 때문에 미치겠어요', '{place} 공사장 소음 아침부터 너무 심해요', '{place} 새벽 오토바이 소음 단속해주세요', '공사장 소음 민원 넣었어요 {place}'],
    en: ['Construction noise in {place} since 7am', 'Motorbike noise all night in {place}'],
  },
  {
    id: 'trash', category: 'complaint:trash', weight: 2, burstable: true, term: '쓰레기',
    ko: ['{place} 쓰레기 무단투기 너무 많아요', '분리수거 안 된 쓰레기 냄새 심해요 {place}', '{place} 골목 쓰레기 수거 언제 하나요'],
    en: ['Trash piling up on the corner in {place}', 'Illegal dumping of trash again in {place}'],
  },
  {
    id: 'pothole', category: 'complaint:road', weight: 1, burstable: true, term: '포트홀',
    ko: ['{place} 도로 포트홀 때문에 타이어 터졌어요', '비 온 뒤 {place} 포트홀 엄청 생겼네요', '포트홀 신고했는데 아직도 그대로 {place}'],
    en: ['Potholes everywhere in {place} after the rain', 'A huge pothole on my street in {place}, please fix it'],
  },
  {
    id: 'streetlight', category: 'complaint:streetlight', weight: 1, burstable: false, term: '가로등',
    ko: ['{place} 골목 가로등 고장나서 밤에 무서워요', '가로등 꺼진 지 일주일째 {place}'],
    en: ['Streetlight out on my block in {place} for a week'],
  },
  {
    id: 'bike', category: 'traffic', weight: 1, burstable: false, term: '따릉이',
    ko: ['따릉이 타고 한강 다녀왔어요', '{place} 따릉이 대여소 자전거가 하나도 없네요', '따릉이 출퇴근 최고'],
    en: ['Rode a Ttareungyi bike along the river', 'No bikes left at the Ttareungyi station in {place}'],
  },
];

/** Daily rhythm: posts per hour relative to the mean (KST hours 0–23; sums to 24). */
export const HOUR_WEIGHTS: readonly number[] = [0.5, 0.3, 0.2, 0.15, 0.15, 0.25, 0.6, 1.3, 1.6, 1.3, 1.1, 1.1, 1.4, 1.3, 1.1, 1.1, 1.2, 1.4, 1.5, 1.5, 1.5, 1.4, 1.2, 0.85];
