/**
 * @module scripts/simulator/proposals/phrases
 * The wording of synthetic proposals: per topic, [Korean title, English title, Korean summary] written as residents
 * write on Democracy Seoul. Slots: {where} the gu (or 서울 for the whole city), {whereEn} its English name.
 */
import type { ProposalCategory } from '../../../server/contracts/participation.ts';

export type Phrase = readonly [title: string, titleEn: string, summary: string];

export const PROPOSAL_PHRASES: Readonly<Record<ProposalCategory, readonly Phrase[]>> = {
  'parks-trees': [
    ['{where} 동네 공원에 그늘막과 벤치를 늘려 주세요', 'More shade and benches in the neighbourhood parks of {whereEn}',
      '{where}에 사는 주민입니다. 동네 근린공원은 아이들과 어르신이 하루 종일 찾는 곳인데 여름이면 그늘이 없어 오래 머물 수가 없습니다. 그늘막과 벤치를 늘리고 음수대를 설치해 주시기를 제안합니다.'],
    ['자투리땅을 주민 정원으로 바꿔 주세요', 'Turn vacant lots into community gardens',
      '{where} 곳곳에 쓰레기가 쌓이는 빈 땅이 많습니다. 이런 자투리땅을 주민이 함께 가꾸는 작은 정원으로 만들면 동네가 밝아지고 이웃끼리 만날 곳도 생길 것입니다.'],
    ['공원에 반려견 놀이터를 만들어 주세요', 'A fenced dog park in {whereEn}',
      '반려견을 키우는 가구가 늘었지만 {where}에는 목줄을 풀고 뛰어놀 수 있는 곳이 없습니다. 공원 한편에 울타리를 친 반려견 놀이터를 만들면 산책로에서의 갈등도 줄어들 것입니다.'],
    ['한강공원까지 걸어가는 녹지길을 이어 주세요', 'A green walking link to the Han River parks',
      '{where}에서 한강공원까지 걸어가려면 큰길과 고가도로를 여러 번 건너야 합니다. 가로수길과 보행 녹지를 이어 누구나 안전하게 걸어서 갈 수 있게 해 주세요.'],
  ],
  'bike-lanes': [
    ['{where} 간선도로에 분리형 자전거도로를 만들어 주세요', 'Protected bike lanes on the main roads of {whereEn}',
      '자전거로 출퇴근하는데 차도 가장자리의 자전거 우선도로는 차량과 섞여 매우 위험합니다. 연석이나 분리대로 차도와 구분된 자전거도로를 만들어 주세요.'],
    ['따릉이 대여소를 주택가까지 늘려 주세요', 'More bike-share stations in residential streets',
      '{where}의 따릉이 대여소는 역 주변에만 몰려 있어 주택가에서는 빌리기가 어렵습니다. 아파트 단지와 골목 입구에도 대여소를 설치해 주세요.'],
    ['자전거도로 위 불법주차를 막아 주세요', 'Keep parked cars off the bike lanes',
      '{where} 자전거도로에 차량이 상습적으로 주차되어 있어 자전거가 차도로 나갈 수밖에 없습니다. 단속 카메라와 볼라드 설치를 제안합니다.'],
    ['한강 자전거길 야간 조명을 밝혀 주세요', 'Brighter lighting on the Han River cycle paths',
      '퇴근 후 한강 자전거길을 달리는 시민이 많은데 일부 구간은 조명이 어두워 보행자와 부딪힐 뻔한 적이 많습니다. 조명을 보강해 주세요.'],
  ],
  childcare: [
    ['{where}에 국공립 어린이집을 늘려 주세요', 'More public daycare centres in {whereEn}',
      '맞벌이 가정인데 국공립 어린이집 대기 순번이 1년이 넘습니다. {where}에 국공립 어린이집을 확충하고 대기 현황을 투명하게 공개해 주세요.'],
    ['야간·휴일 긴급 돌봄을 확대해 주세요', 'Night and weekend emergency childcare',
      '교대 근무를 하는 부모는 야간이나 주말에 아이를 맡길 곳이 없습니다. 거점 어린이집에서 야간·휴일 긴급 돌봄을 운영해 주시기를 제안합니다.'],
    ['초등학생 방과 후 돌봄 공간을 늘려 주세요', 'More after-school care for primary pupils',
      '초등학교 저학년은 오후 1시면 하교하는데 {where}의 돌봄교실 자리가 부족합니다. 우리동네 키움센터를 늘리고 운영 시간을 저녁 8시까지 연장해 주세요.'],
    ['공공 실내 놀이터를 만들어 주세요', 'Free public indoor playgrounds',
      '미세먼지가 심하거나 비가 오는 날에는 아이들이 놀 곳이 없습니다. {where} 주민센터나 공공시설에 무료 실내 놀이터를 만들어 주세요.'],
  ],
  'senior-welfare': [
    ['경로당 점심 식사 지원을 늘려 주세요', 'More lunches at senior centres',
      '{where} 경로당 어르신들이 점심을 거르시는 경우가 많습니다. 주 5일 점심 식사를 지원하고 식재료비를 현실화해 주세요.'],
    ['어르신 일자리 사업을 확대해 주세요', 'More jobs for older residents',
      '건강한 어르신들이 일하고 싶어도 일자리가 부족합니다. {where}의 공공 일자리 종류와 기간을 늘려 주시기를 제안합니다.'],
    ['홀몸 어르신 안부 확인 서비스를 넓혀 주세요', 'A wider check-in service for seniors living alone',
      '{where}에도 홀로 사시는 어르신이 많습니다. 스마트 기기와 방문을 함께 활용한 안부 확인 서비스를 모든 동으로 넓혀 주세요.'],
    ['마을버스 정류장에 어르신 쉼터를 만들어 주세요', 'Seated shelters at village-bus stops',
      '언덕이 많은 동네라 어르신들이 마을버스를 오래 서서 기다리십니다. {where} 정류장에 의자와 햇빛 가림막이 있는 쉼터를 만들어 주세요.'],
  ],
  noise: [
    ['층간소음 현장 상담을 늘려 주세요', 'More on-site mediation of noise between flats',
      '층간소음 때문에 이웃 간 다툼이 잦습니다. {where}에도 전문 상담사가 현장을 방문해 측정하고 중재하는 서비스를 늘려 주세요.'],
    ['심야 배달 오토바이 소음을 줄여 주세요', 'Cut late-night delivery motorbike noise',
      '{where} 주택가에서 밤늦게 배달 오토바이 굉음 때문에 잠을 이루기 어렵습니다. 야간 소음 단속과 이륜차 소음 기준 강화를 건의합니다.'],
    ['공사장 소음 측정값을 실시간 공개해 주세요', 'Publish construction-site noise readings live',
      '{where} 재건축 공사장 소음이 아침 7시부터 시작됩니다. 공사장 소음 측정값을 실시간으로 공개하고 기준을 넘으면 작업을 멈추게 해 주세요.'],
    ['유흥가 야간 소음 관리를 강화해 주세요', 'Control night-time noise in nightlife streets',
      '{where}에서는 주말마다 새벽까지 거리에서 음악과 고성이 이어집니다. 야간 소음 관리 구역을 지정하고 순찰을 늘려 주세요.'],
  ],
  parking: [
    ['거주자우선주차장을 낮 시간에 공유해 주세요', "Share residents' parking bays during the day",
      '{where} 주택가의 거주자우선주차장은 낮에 대부분 비어 있습니다. 비어 있는 시간에 방문객이 유료로 쓸 수 있게 공유하면 불법주차도 줄어들 것입니다.'],
    ['학교와 교회 주차장을 야간에 개방해 주세요', 'Open school and church car parks at night',
      '{where}는 밤마다 주차 전쟁입니다. 학교, 교회, 관공서의 부설주차장을 야간에 주민에게 개방하도록 지원해 주세요.'],
    ['{where} 주택가에 공영주차장을 지어 주세요', 'Public car parks for the old residential streets of {whereEn}',
      '오래된 주택가에는 주차장이 없어 골목마다 이중 주차가 일상입니다. 공원이나 공공부지 지하에 공영주차장을 지어 주세요.'],
    ['전기차 충전구역 주차 단속을 강화해 주세요', 'Enforce the EV-charging bays',
      '아파트와 공영주차장의 전기차 충전구역을 일반 차량이 차지하고 있습니다. {where}에서도 단속을 강화하고 안내를 늘려 주세요.'],
  ],
  'air-quality': [
    ['노후 경유버스를 전기버스로 빨리 바꿔 주세요', 'Replace old diesel buses with electric ones sooner',
      '{where}를 지나는 노선 중에는 아직 매연이 심한 버스가 있습니다. 전기버스 전환 일정을 앞당겨 주세요.'],
    ['미세먼지 알림을 동네 단위로 보내 주세요', 'Fine-dust alerts for each neighbourhood',
      '구 단위 미세먼지 수치는 우리 동네와 차이가 큽니다. {where}에 간이측정기를 늘려 동네 단위로 알림을 보내 주세요.'],
    ['어린이집과 학교 공기청정기 필터 교체를 지원해 주세요', 'Fund air-purifier filters for daycare centres and schools',
      '공기청정기는 설치되어 있지만 필터 교체 비용이 부담되어 제때 바꾸지 못하는 곳이 많습니다. {where}의 어린이집과 학교에 필터 교체비를 지원해 주세요.'],
    ['먼지 많은 날 도로 물청소를 늘려 주세요', 'More street washing on dusty days',
      '{where} 대로변은 화물차 통행이 많아 먼지가 심합니다. 미세먼지가 많은 날에는 도로 물청소 횟수를 늘려 주세요.'],
  ],
  housing: [
    ['청년 월세 지원 대상을 넓혀 주세요', 'Widen rent support for young people',
      '서울의 월세가 크게 올라 청년들이 소득의 절반 가까이를 월세로 냅니다. 청년 월세 지원의 소득 기준과 지원 기간을 늘려 주세요.'],
    ['전세사기 예방 상담 창구를 만들어 주세요', 'Advice desks against jeonse fraud',
      '전세 계약 전에 등기와 시세를 확인해 주는 상담 창구가 {where}에도 필요합니다. 무료 상담과 안심계약 도움 서비스를 확대해 주세요.'],
    ['역세권에 공공임대주택을 더 공급해 주세요', 'More public rental homes near stations',
      '직장과 가까운 곳에 살고 싶어도 임대료가 감당이 안 됩니다. {where} 역세권에 청년과 신혼부부를 위한 공공임대주택을 더 공급해 주세요.'],
    ['노후 주택 집수리 지원을 늘려 주세요', 'More grants for repairing old homes',
      '{where}에는 30년이 넘은 단독·다세대 주택이 많습니다. 단열과 방수 공사를 지원하는 집수리 사업을 늘려 주세요.'],
  ],
  culture: [
    ['{where}에 작은 도서관을 늘려 주세요', 'More small libraries in {whereEn}',
      '가까운 도서관까지 버스를 타고 가야 합니다. {where} 주민센터와 아파트 단지에 작은 도서관을 늘리고 저녁에도 문을 열어 주세요.'],
    ['한강에서 야간 공연을 더 열어 주세요', 'More evening concerts by the Han River',
      '여름밤 한강공원에 시민이 많이 모이는데 즐길 거리가 부족합니다. 지역 예술가가 참여하는 야간 공연을 정기적으로 열어 주세요.'],
    ['빈 공공 공간을 청년 예술가에게 빌려 주세요', 'Lend empty public spaces to young artists',
      '{where}에는 쓰지 않는 공공 건물과 지하 공간이 있습니다. 청년 예술가에게 작업실과 전시 공간으로 저렴하게 빌려 주세요.'],
    ['공공 문화시설 예약을 쉽게 해 주세요', 'Make booking public cultural venues easier',
      '구민회관과 문화센터의 대관 예약이 구마다 달라 너무 복잡합니다. 서울 전체를 한 곳에서 예약할 수 있게 해 주세요.'],
  ],
};

/** What each department says it will do, or why it cannot, in the answers. */
export const ANSWER_PHRASES: Readonly<Record<ProposalCategory, { action: string; constraint: string }>> = {
  'parks-trees': { action: '내년도 공원 정비 계획에 반영해 그늘막과 쉼터, 주민 정원을 단계적으로 늘리겠습니다', constraint: '공원 부지가 한정되어 있고 인근 주민의 의견이 엇갈리는' },
  'bike-lanes': { action: '자전거도로 확충 계획에 제안하신 구간을 포함해 내년에 설계에 착수하겠습니다', constraint: '차로 축소에 따른 교통 영향 검토와 경찰청 협의가 필요한' },
  childcare: { action: '국공립 어린이집 확충과 긴급 돌봄 거점 지정을 내년 사업에 반영하겠습니다', constraint: '보육교사 인력과 예산을 한꺼번에 확보하기 어려운' },
  'senior-welfare': { action: '어르신 식사 지원과 안부 확인 사업을 넓히도록 자치구와 협의하겠습니다', constraint: '자치구마다 재정 여건이 달라 일률적으로 시행하기 어려운' },
  noise: { action: '소음 측정과 현장 중재 인력을 늘리고 야간 단속을 강화하겠습니다', constraint: '소음 기준이 법령으로 정해져 있어 시가 바로 강화할 수 없는' },
  parking: { action: '거주자우선주차장 공유와 부설주차장 개방 사업의 대상지를 넓히겠습니다', constraint: '주차장 부지 확보와 건물주의 동의가 필요한' },
  'air-quality': { action: '노후 차량 전환과 동네 단위 측정망 확충을 앞당기겠습니다', constraint: '국비 매칭 예산이 확정되어야 하는' },
  housing: { action: '청년 주거 지원과 안심계약 상담을 확대 운영하겠습니다', constraint: '주택 공급과 지원 기준을 국토교통부 지침과 맞춰야 하는' },
  culture: { action: '작은 도서관과 생활문화 공간 확충을 내년 계획에 반영하겠습니다', constraint: '공간 확보와 운영 인력 예산이 필요한' },
};
