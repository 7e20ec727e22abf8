/**
 * @module scripts/simulator/dasan-120/phrases
 * The wording of synthetic complaints: titles and texts per category in Korean (several each) and in English,
 * with slots filled by texts.ts. The k-th title goes with the k-th text (titles repeat when there are fewer).
 * Slots: {place} a spot near the complaint, {when} how long or how often, {dong} the
 * administrative dong, {gu} the gu (in English texts its English name).
 */

export interface Phrasing {
  titles: readonly string[];
  bodies: readonly string[];
  /** [title, body] in English. */
  en: readonly (readonly [string, string])[];
}

export const PLACES: readonly string[] = [
  '{stem}초등학교 앞', '{stem}시장 입구', '{stem}사거리', '{dong} 주민센터 앞', '버스정류장 옆', '아파트 정문 앞', '주택가 골목길',
  '{stem}공원 입구', '지하철역 출구 앞', '편의점 앞', '교회 옆 골목', '상가 건물 뒤편',
];

export const WHEN: readonly string[] = ['어제 밤', '오늘 아침', '며칠째', '매일 새벽', '주말마다', '일주일 넘게', '방금 전', '퇴근 시간마다', '한 달째'];

export const PHRASES: Readonly<Record<string, Phrasing>> = {
  'illegal-parking': {
    titles: ['{place} 불법주정차 단속 요청', '{dong} 골목 불법주차 신고', '소화전 앞 불법주차 차량 견인 요청'],
    bodies: [
      '{place}에 {when} 차량들이 불법으로 주차되어 있어 통행이 어렵습니다. 단속 부탁드립니다.',
      '{place} 횡단보도 위에 차가 세워져 있어 아이들이 위험합니다. 견인해 주세요.',
      '{when} 같은 차량이 {place}에 장시간 주차하고 있습니다. 소화전 앞이라 불이 나면 큰일입니다.',
      '어린이보호구역인 {place}에 {when} 불법주정차가 끊이지 않습니다. 단속 카메라 설치도 검토해 주세요.',
    ],
    en: [['Illegal parking blocking the street', 'Cars have been parked illegally on our street in {gu} for days, blocking the way. Please send enforcement.']],
  },
  'public-transport': {
    titles: ['지하철역 엘리베이터 고장', '환승 할인 적용 오류 문의', '{dong} 인근 역사 시설 불편'],
    bodies: [
      '{place} 쪽 지하철역 엘리베이터가 {when} 멈춰 있어 휠체어로 이동할 수 없습니다.',
      '교통카드로 환승했는데 환승 할인이 적용되지 않았습니다. 확인 부탁드립니다.',
      '역 출구 계단이 미끄럽고 안내 표지가 없어 {when} 넘어지는 사람이 있습니다.',
    ],
    en: [['Station lift out of order', 'The lift at the subway station near {gu} has been out of order for a week. Wheelchair users cannot get to the platform.']],
  },
  'bus-service': {
    titles: ['버스 무정차 통과 신고', '난폭운전 버스 신고', '배차간격 너무 깁니다'],
    bodies: [
      '{place} 정류장에서 기다리고 있었는데 버스가 서지 않고 그냥 지나갔습니다.',
      '{when} 타는 버스 기사님이 급출발과 급정거를 반복해 승객이 넘어질 뻔했습니다.',
      '출근 시간인데도 {when} 배차간격이 20분이 넘습니다. 증차를 요청합니다.',
    ],
    en: [['Bus did not stop', 'The bus drove past the stop in {gu} without stopping although several of us were waiting.']],
  },
  'taxi-service': {
    titles: ['택시 승차거부 신고', '택시 부당요금 신고', '택시 기사 불친절'],
    bodies: [
      '{when} {place}에서 택시를 잡았는데 가까운 거리라며 승차를 거부했습니다.',
      '미터기 요금보다 많은 금액을 요구했습니다. 영수증 첨부합니다.',
      '택시 기사님이 카드 결제를 거부하고 욕설을 했습니다. 조치 부탁드립니다.',
    ],
    en: [['Taxi refused the ride', 'A taxi driver refused to take me from {gu} because the trip was too short, and overcharged a friend the week before.']],
  },
  'road-damage': {
    titles: ['{place} 도로 포트홀 보수 요청', '보도블럭 파손 신고', '맨홀 주변 도로 침하'],
    bodies: [
      '{place} 차도에 큰 포트홀이 생겨 차량들이 급하게 피해 다닙니다. 빠른 보수 부탁드립니다.',
      '{place} 보도블럭이 깨지고 들떠 있어 {when} 넘어질 뻔했습니다.',
      '맨홀 주변 도로가 내려앉아 오토바이가 지나갈 때 위험합니다.',
    ],
    en: [['Pothole on the road', 'There is a deep pothole on the main road in {gu}. Cars swerve around it and it will cause an accident.']],
  },
  streetlight: {
    titles: ['{place} 가로등 고장', '보안등 깜빡임 신고', '골목 가로등 소등'],
    bodies: [
      '{place} 가로등이 {when} 꺼져 있어 밤에 너무 어둡습니다.',
      '{place} 보안등이 계속 깜빡거립니다. 교체 부탁드립니다.',
      '골목 가로등이 고장 나 {when} 귀가길이 무섭다는 이웃들이 많습니다.',
    ],
    en: [['Streetlight out', 'The streetlight on our alley in {gu} has been out for a week and the street is completely dark at night.']],
  },
  'snow-removal': {
    titles: ['{place} 빙판길 제설 요청', '이면도로 제설 안 됨', '제설함 염화칼슘 보충 요청'],
    bodies: [
      '{place} 언덕길이 빙판이 되어 차량과 보행자 모두 미끄러지고 있습니다. 제설 부탁드립니다.',
      '큰길은 제설이 됐는데 {place} 이면도로는 {when} 그대로입니다.',
      '제설함에 염화칼슘이 비어 있습니다. 채워 주세요.',
    ],
    en: [['Icy slope needs clearing', 'The slope near the school in {gu} is covered in ice. Please send a snow-clearing crew and de-icing salt.']],
  },
  'illegal-signage': {
    titles: ['불법 현수막 철거 요청', '{place} 불법 전단지 살포', '보도 위 입간판 신고'],
    bodies: [
      '{place} 가로수와 전봇대에 불법 현수막이 {when} 걸려 있습니다. 철거 바랍니다.',
      '{place}에 대출 전단지가 잔뜩 뿌려져 있습니다.',
      '상가 입간판이 보도를 막고 있어 유모차가 지나갈 수 없습니다.',
    ],
    en: [['Illegal banners', 'Illegal advertising banners have been hung on the trees along the main road in {gu}. Please remove them.']],
  },
  noise: {
    titles: ['야간 소음 민원', '{place} 확성기 소음', '층간소음 상담 요청', '공사 소음 신고'],
    bodies: [
      '{place} 주점에서 {when} 새벽까지 음악을 크게 틀어 잠을 잘 수 없습니다.',
      '{place}에서 확성기로 홍보 방송을 {when} 계속 하고 있습니다.',
      '윗집 층간소음 때문에 {when} 고통받고 있습니다. 중재 방법을 알려주세요.',
      '이른 아침부터 공사 장비 소음이 심합니다. 작업 시간 준수 여부를 확인해 주세요.',
    ],
    en: [['Noise at night', 'The bar next to our building in {gu} plays loud music until 3 a.m. almost every night.']],
  },
  'illegal-dumping': {
    titles: ['{place} 쓰레기 무단투기', '대형폐기물 무단 방치', '무단투기 상습 지역 CCTV 요청'],
    bodies: [
      '{place}에 종량제 봉투가 아닌 쓰레기가 {when} 쌓여 악취가 납니다.',
      '{place}에 소파와 매트리스가 스티커 없이 버려져 있습니다.',
      '{place} 일대는 무단투기 상습 지역입니다. 단속 카메라 설치를 요청합니다.',
    ],
    en: [['Rubbish dumped on the street', 'Bags of rubbish and an old sofa have been dumped on the corner of our street in {gu}.']],
  },
  recycling: {
    titles: ['재활용품 미수거 신고', '음식물쓰레기 수거 지연', '분리배출 요일 문의'],
    bodies: [
      '{place} 재활용품이 {when} 수거되지 않아 쌓여 있습니다.',
      '음식물쓰레기 수거함이 넘쳐 냄새가 심합니다. 수거 부탁드립니다.',
      '{dong} 재활용 분리배출 요일과 시간을 알려주세요.',
    ],
    en: [['Recycling not collected', 'Recycling in front of our building in {gu} has not been collected for two weeks.']],
  },
  'water-supply': {
    titles: ['단수 문의', '수돗물 녹물 신고', '도로 누수 신고', '수도계량기 동파'],
    bodies: [
      '{dong} 일대에 {when} 물이 나오지 않습니다. 단수 예정이 있었나요?',
      '수돗물에서 누런 녹물이 나옵니다. 수질 검사를 요청합니다.',
      '{place} 도로에서 물이 계속 새어 나오고 있습니다.',
      '수도계량기가 얼어 터졌습니다. 교체 절차를 알려주세요.',
    ],
    en: [['No running water', 'There has been no running water in our building in {gu} since this morning.']],
  },
  'sewer-odour': {
    titles: ['{place} 하수구 악취', '빗물받이 막힘', '하수 역류 신고'],
    bodies: [
      '{place} 하수구에서 {when} 심한 악취가 올라옵니다.',
      '{place} 빗물받이가 쓰레기로 막혀 비가 오면 물이 넘칩니다.',
      '비가 온 뒤 하수가 역류해 지하 주차장에 물이 찼습니다.',
    ],
    en: [['Smell from the drains', 'A strong sewage smell comes from the drains near the market in {gu}, especially in the afternoon.']],
  },
  'parks-trees': {
    titles: ['가로수 가지치기 요청', '쓰러진 나무 신고', '{stem}공원 시설 파손'],
    bodies: [
      '{place} 가로수 가지가 간판과 전선을 덮고 있습니다. 가지치기 부탁드립니다.',
      '바람에 나무가 쓰러져 {place} 보도를 막고 있습니다.',
      '{stem}공원 놀이터 그네가 부서져 아이들이 다칠 수 있습니다.',
    ],
    en: [['Fallen tree on the pavement', 'A tree fell across the pavement in {gu} during the wind last night. People have to walk on the road.']],
  },
  'stray-animals': {
    titles: ['유기견 신고', '다친 길고양이 구조 요청', '로드킬 사체 처리 요청'],
    bodies: [
      '{place}에 목줄 없는 개가 {when} 돌아다니고 있습니다.',
      '{place}에 다리를 다친 고양이가 있습니다. 구조 부탁드립니다.',
      '{place} 도로에 동물 사체가 있습니다. 처리 부탁드립니다.',
    ],
    en: [['Stray dog', 'A large dog without a collar has been wandering around the playground in {gu} for two days.']],
  },
  construction: {
    titles: ['공사장 비산먼지 신고', '{place} 공사 소음', '불법 증축 의심 건물 신고'],
    bodies: [
      '{place} 신축 공사장에서 살수를 하지 않아 먼지가 {when} 날립니다.',
      '{place} 공사장이 일요일에도 작업을 합니다. 소음 기준을 확인해 주세요.',
      '옥상에 불법 증축을 하는 것 같습니다. 확인 부탁드립니다.',
    ],
    en: [['Dust from a building site', 'The construction site next to our flat in {gu} does not water the ground and dust covers everything.']],
  },
  'safety-hazard': {
    titles: ['{place} 싱크홀 의심', '낙하물 위험 신고', '축대 균열 신고'],
    bodies: [
      '{place} 보도에 갑자기 구멍이 생겼습니다. 싱크홀인지 확인해 주세요.',
      '{place} 건물 외벽 타일이 떨어지고 있어 지나가기 무섭습니다.',
      '{place} 축대에 금이 가고 흙이 흘러내립니다.',
    ],
    en: [['Loose tiles falling', 'Tiles are falling from the wall of an old building in {gu} onto the pavement. Someone could be hurt.']],
  },
  welfare: {
    titles: ['긴급복지 지원 문의', '독거노인 안부 확인 요청', '기초생활수급 신청 상담'],
    bodies: [
      '실직 후 생활비가 없어 긴급지원을 받을 수 있는지 알고 싶습니다.',
      '옆집 어르신이 {when} 보이지 않습니다. 안부 확인 부탁드립니다.',
      '기초생활수급 신청 자격과 필요 서류를 알려주세요.',
    ],
    en: [['Help for an elderly neighbour', 'My elderly neighbour in {gu} lives alone and I have not seen her for several days. Could someone check on her?']],
  },
  'tax-fines': {
    titles: ['재산세 고지서 문의', '주정차 과태료 이의신청', '자동차세 이중 부과 문의'],
    bodies: [
      '재산세 고지 금액이 작년보다 많이 올랐습니다. 산정 기준을 알려주세요.',
      '주정차 과태료가 나왔는데 그 시간에는 차를 운행하고 있었습니다. 이의신청하고 싶습니다.',
      '이사 후 자동차세가 두 번 부과된 것 같습니다. 확인 부탁드립니다.',
    ],
    en: [['Question about a fine', 'I received a parking fine but my car was elsewhere at the time. How can I appeal?']],
  },
};
