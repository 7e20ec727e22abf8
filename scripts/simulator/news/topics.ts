/**
 * @module scripts/simulator/news/topics
 * What the SYNTHETIC city news is about, in the style of Seoul's press releases: city programs, traffic, air,
 * safety, festivals, parks and waste. Each topic has Korean and English templates (title and body); `{gu}` and
 * `{dong}` are filled with a gu and one of its dong (`마포구`, `상암동`), `{guEn}` with the gu's English name,
 * `{n}` with a small number, `{d}` with the day of the month. The `author` is the department that would issue
 * it. `term` is what a trend reader should find when a burstable topic bursts (every Korean template has it).
 */

export interface NewsTemplate {
  title: string;
  body: string;
}

export interface NewsTopic {
  id: string;
  /** programs · traffic · air · safety · festivals · environment. */
  category: string;
  weight: number;
  burstable: boolean;
  /** The normalized term its Korean items share (as `server/trends` extracts it). */
  term: string;
  author: string;
  ko: readonly NewsTemplate[];
  en: readonly NewsTemplate[];
}

const t = (title: string, body: string): NewsTemplate => ({ title, body });

export const NEWS_TOPICS: readonly NewsTopic[] = [
  {
    id: 'fine-dust', category: 'air', weight: 2, burstable: true, term: '미세먼지', author: '기후환경본부 대기정책과',
    ko: [
      t('서울시, 미세먼지 비상저감조치 발령…공공기관 차량 2부제', '서울시는 {d}일 초미세먼지 농도가 높아짐에 따라 미세먼지 비상저감조치를 발령했다. {gu} 등 자치구는 도로 물청소를 늘리고 공사장을 점검한다.'),
      t('{gu}, 미세먼지 취약계층에 마스크 {n}만 장 배부', '{gu}는 어린이집과 경로당 등 미세먼지 취약계층 시설에 마스크를 나눠 준다고 밝혔다. {dong} 주민센터에서도 받을 수 있다.'),
      t('미세먼지 저감 위해 노후 경유차 운행 제한 단속 강화', '서울시는 미세먼지 저감을 위해 5등급 노후 경유차 운행 제한 단속 카메라를 {gu} 일대에 {n}대 추가 설치한다.'),
    ],
    en: [t('Seoul issues fine dust emergency measures', 'Older diesel vehicles are restricted and road cleaning is stepped up in {guEn} as fine dust levels rise.')],
  },
  {
    id: 'heat', category: 'safety', weight: 1, burstable: true, term: '폭염', author: '안전총괄실 자연재난과',
    ko: [
      t('서울시, 폭염 특보에 무더위쉼터 운영 시간 연장', '서울시는 폭염 특보가 이어짐에 따라 {gu} 등 무더위쉼터 {n}곳의 운영 시간을 밤 9시까지 늘린다. 폭염 취약계층 안부 확인도 강화한다.'),
      t('{gu}, 폭염 대비 그늘막 {n}곳 추가 설치', '{gu}는 {dong} 횡단보도 등에 그늘막을 설치했다. 폭염 기간에는 도로 살수차도 운영한다.'),
    ],
    en: [t('Cooling centres stay open longer in the heat wave', 'Cooling centres in {guEn} will stay open until 9 p.m. while the heat wave lasts.')],
  },
  {
    id: 'festival', category: 'festivals', weight: 2, burstable: true, term: '축제', author: '문화본부 문화정책과',
    ko: [
      t('{gu} {dong} 일대 거리 축제 개막…주말 교통 통제', '{gu}는 이번 주말 {dong} 일대에서 거리 축제를 연다. 축제 기간 주변 도로가 통제되므로 대중교통 이용을 당부했다.'),
      t('한강 축제 {d}일 개막, 야간 공연과 드론쇼 마련', '서울시는 한강공원에서 축제를 연다. 축제 기간 {gu} 쪽 한강공원 주차장 {n}곳이 일부 통제된다.'),
      t('{gu} 전통시장 야시장 축제 열려', '{gu}는 {dong} 전통시장에서 야시장 축제를 연다. 지역 상인 {n}곳이 먹거리 장터를 운영한다.'),
    ],
    en: [t('Street festival opens in {guEn} this weekend', 'Roads around the festival site in {guEn} will be closed; visitors are asked to use public transport.')],
  },
  {
    id: 'illegal-parking', category: 'traffic', weight: 2, burstable: true, term: '불법 주정차', author: '도시교통실 주차계획과',
    ko: [
      t('{gu} {dong} 일대 불법 주정차 집중 단속', '서울시와 {gu}는 {dong} 일대 불법 주정차를 집중 단속한다. 소화전과 버스정류장 주변 불법 주정차 차량은 즉시 견인한다.'),
      t('어린이보호구역 불법 주정차 과태료 상향', '어린이보호구역 불법 주정차 과태료가 오른다. {gu} 초등학교 주변부터 단속 카메라 {n}대를 늘린다.'),
    ],
    en: [t('Crackdown on illegal parking in {guEn}', 'Cars parked illegally near fire hydrants and bus stops in {guEn} will be towed at once.')],
  },
  {
    id: 'pothole', category: 'traffic', weight: 1, burstable: true, term: '포트홀', author: '도시기반시설본부 도로시설과',
    ko: [
      t('해빙기 포트홀 긴급 보수…{gu} 간선도로 집중', '서울시는 해빙기에 늘어난 포트홀을 긴급 보수한다. {gu} 간선도로를 중심으로 도로 보수반 {n}개 조를 투입한다.'),
      t('{gu} {dong} 도로 포트홀 신고 급증', '{gu}는 {dong} 일대 포트홀 신고가 늘어 야간 보수 작업을 한다고 밝혔다.'),
    ],
    en: [t('Pothole repairs stepped up in {guEn}', 'Road crews are repairing potholes on main roads in {guEn} after the thaw.')],
  },
  {
    id: 'flood', category: 'safety', weight: 1, burstable: true, term: '침수', author: '물순환안전국 하천관리과',
    ko: [
      t('집중호우 대비 {gu} 반지하 주택 침수 방지시설 점검', '서울시는 장마철을 앞두고 {gu} {dong} 반지하 주택의 침수 방지시설을 점검한다.'),
      t('{gu}, 빗물펌프장 가동 점검…침수 취약지역 {n}곳 관리', '{gu}는 집중호우에 대비해 빗물펌프장을 점검하고 침수 취약지역에 담당 공무원을 지정했다.'),
    ],
    en: [t('Flood barriers checked in {guEn}', 'The city is inspecting flood barriers for semi-basement homes in {guEn} ahead of the rainy season.')],
  },
  {
    id: 'waste', category: 'environment', weight: 1, burstable: true, term: '쓰레기', author: '기후환경본부 자원순환과',
    ko: [
      t('{gu}, 쓰레기 무단투기 감시카메라 {n}대 추가', '{gu}는 {dong} 골목의 쓰레기 무단투기를 막기 위해 감시카메라를 설치한다.'),
      t('서울시, 일회용품 쓰레기 줄이기 캠페인', '서울시는 카페와 음식점의 일회용품 쓰레기를 줄이는 캠페인을 {gu}에서 시작한다.'),
    ],
    en: [t('Cameras to curb illegal trash dumping in {guEn}', '{guEn} is installing cameras in alleys where trash is dumped illegally.')],
  },
  {
    id: 'bus', category: 'traffic', weight: 2, burstable: false, term: '버스', author: '도시교통실 버스정책과',
    ko: [
      t('{gu} 경유 시내버스 노선 {n}개 조정', '서울시는 {gu} {dong} 일대 시내버스 노선을 조정해 배차 간격을 줄인다.'),
      t('심야 올빼미버스 노선 {n}개 추가 운행', '서울시는 심야 이동이 많은 {gu} 등을 지나는 올빼미버스 노선을 늘린다.'),
    ],
    en: [t('Late-night bus routes expanded to {guEn}', 'Seoul adds late-night bus routes serving {guEn} to shorten waits after midnight.')],
  },
  {
    id: 'subway', category: 'traffic', weight: 1, burstable: false, term: '지하철', author: '도시교통실 도시철도과',
    ko: [t('지하철 {n}호선 출퇴근 시간 열차 증회', '서울시는 혼잡도가 높은 지하철 노선의 출퇴근 시간 열차를 늘린다. {gu} 구간 역사에는 혼잡 관리 요원을 배치한다.')],
    en: [t('More subway trains at rush hour', 'Extra trains will run at rush hour on crowded lines through {guEn}.')],
  },
  {
    id: 'youth', category: 'programs', weight: 2, burstable: false, term: '청년', author: '미래청년기획단',
    ko: [
      t('서울시, 청년 월세 지원 신청 {d}일부터 접수', '서울시는 청년 월세 지원 대상자를 모집한다. {gu} 등 자치구 청년센터에서도 상담을 받을 수 있다.'),
      t('{gu} 청년 일자리 박람회 개최', '{gu}는 {dong} 구민회관에서 청년 일자리 박람회를 연다. 기업 {n}곳이 참여한다.'),
    ],
    en: [t('Applications open for youth rent support', 'Young residents can apply online or at the youth centre in {guEn}.')],
  },
  {
    id: 'climate-card', category: 'programs', weight: 1, burstable: false, term: '기후동행카드', author: '도시교통실 교통정책과',
    ko: [t('기후동행카드 이용자 {n}만 명 넘어', '서울시 대중교통 무제한 정기권 기후동행카드 이용자가 늘었다. {gu} 따릉이 대여소에서도 쓸 수 있다.')],
    en: [t('Unlimited transit pass wins more riders', 'The city\'s unlimited transit pass now also works at bike stations in {guEn}.')],
  },
  {
    id: 'park', category: 'environment', weight: 2, burstable: false, term: '공원', author: '푸른도시여가국 공원조성과',
    ko: [
      t('{gu} {dong}에 생활밀착형 공원 조성', '{gu}는 {dong} 유휴부지에 공원을 만들어 주민에게 개방한다.'),
      t('한강공원 야간 개방 구간 확대', '서울시는 여름철 한강공원 야간 개방 구간을 {gu} 쪽으로 넓힌다.'),
    ],
    en: [t('New neighbourhood park opens in {guEn}', 'A vacant lot in {guEn} has become a small park open to residents.')],
  },
  {
    id: 'child-safety', category: 'safety', weight: 1, burstable: false, term: '어린이보호구역', author: '도시교통실 보행정책과',
    ko: [t('{gu} 어린이보호구역 과속 단속 카메라 확대', '{gu}는 {dong} 초등학교 주변 어린이보호구역에 과속 단속 카메라 {n}대를 추가로 설치한다.')],
    en: [t('More speed cameras in school zones in {guEn}', 'Speed cameras are being added in school zones across {guEn}.')],
  },
];

/** Press releases by hour of the day in Seoul (0–23): office hours, a lunch dip, little at night. */
export const NEWS_HOUR_WEIGHTS: readonly number[] = [0.1, 0, 0, 0, 0, 0.1, 0.4, 0.8, 1.2, 2, 2, 1.8, 0.8, 1.2, 1.8, 1.8, 1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.2, 0.1];
