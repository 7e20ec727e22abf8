/**
 * @module scripts/simulator/dasan-120/notes
 * Pure: the officials' notes on each step of a synthetic complaint (Korean, as departments write them).
 */
import type { DasanChannelName } from '../../../connectors/dasan-120/api.ts';
import type { ComplaintStatus } from '../../../server/contracts/index.ts';
import type { Rand } from '../safety-common/random.ts';

const RECEIVED: Readonly<Record<DasanChannelName, string>> = {
  전화: '120 전화 상담 후 접수',
  문자: '120 문자 민원 접수',
  인터넷: '응답소 인터넷 민원 접수',
  앱: '서울시 앱 민원 접수',
  카카오톡: '카카오톡 상담 후 접수',
  방문: '방문 민원 접수',
};

const ANSWERS: Readonly<Record<string, readonly string[]>> = {
  'illegal-parking': ['현장 단속을 실시하여 위반 차량에 과태료를 부과하였습니다.', '해당 구간을 집중 단속 지역으로 지정하고 순찰을 강화하겠습니다.'],
  'public-transport': ['운영기관에 시설 점검과 수리를 요청하였으며 수리가 완료되었습니다.', '교통카드 정산 내역을 확인하여 차액을 환급 조치하였습니다.'],
  'bus-service': ['해당 운수회사에 확인한 결과 사실로 확인되어 운전원 교육 및 행정처분을 하였습니다.', '배차 현황을 점검하여 출근 시간대 증차를 검토하겠습니다.'],
  'taxi-service': ['해당 택시에 대한 사실 조사 후 과태료 처분 절차를 진행하였습니다.', '운수종사자 조사 결과 위반 사실이 확인되어 행정처분하였습니다.'],
  'road-damage': ['현장을 확인하여 포트홀 긴급 보수를 완료하였습니다.', '파손된 보도블럭을 교체하였습니다.'],
  streetlight: ['가로등 안정기를 교체하여 정상 점등되었습니다.', '보안등 램프를 교체하였습니다.'],
  'snow-removal': ['제설 차량을 투입하여 제설과 염화칼슘 살포를 완료하였습니다.', '제설함에 제설제를 보충하였습니다.'],
  'illegal-signage': ['불법 현수막을 철거하고 광고주에게 과태료를 부과하였습니다.', '불법 전단지를 수거하고 살포자 단속을 요청하였습니다.'],
  noise: ['현장 소음 측정 결과 기준 초과로 개선 명령을 하였습니다.', '해당 업소에 소음 저감을 계도하였으며 재발 시 행정처분하겠습니다.', '층간소음 이웃사이센터 상담을 안내하였습니다.'],
  'illegal-dumping': ['무단투기 쓰레기를 수거하고 투기자 확인 시 과태료를 부과하겠습니다.', '상습 투기 지역에 단속 카메라를 설치할 예정입니다.'],
  recycling: ['수거 업체에 연락하여 미수거 재활용품을 수거하였습니다.', '분리배출 요일과 방법을 안내하였습니다.'],
  'water-supply': ['누수 지점을 굴착하여 수도관을 교체하였습니다.', '수질 검사 결과 기준 이내로 확인되었으며 관 세척을 실시하였습니다.', '동파된 계량기를 교체하였습니다.'],
  'sewer-odour': ['하수구 준설과 악취 저감 장치 설치를 완료하였습니다.', '빗물받이 내 퇴적물을 제거하였습니다.'],
  'parks-trees': ['가로수 가지치기를 완료하였습니다.', '쓰러진 나무를 제거하고 보도를 정비하였습니다.', '놀이시설을 수리하였습니다.'],
  'stray-animals': ['동물구조 요원이 출동하여 보호소로 인계하였습니다.', '동물 사체를 수거하여 처리하였습니다.'],
  construction: ['공사장 현장 점검 결과 비산먼지 억제 조치 미흡으로 개선 명령하였습니다.', '공사 시간 준수를 지도하였으며 위반 시 과태료를 부과하겠습니다.', '불법 건축물 여부를 조사하여 시정 명령을 하였습니다.'],
  'safety-hazard': ['현장에 안전 펜스를 설치하고 긴급 보수를 완료하였습니다.', '건물 소유자에게 안전 조치 명령을 하였습니다.'],
  welfare: ['관할 주민센터 복지 담당자가 방문 상담을 하였습니다.', '긴급복지 지원 대상 여부를 안내하고 신청을 도왔습니다.'],
  'tax-fines': ['부과 내역을 확인하여 안내하였습니다.', '의견진술 절차를 안내하고 검토 결과 과태료를 취소하였습니다.', '이중 부과가 확인되어 환급 처리하였습니다.'],
};

const IN_PROGRESS = ['현장 확인 중', '담당자 검토 중', '관계 기관과 협의 중', '현장 출동 예정'] as const;
const REOPENED = ['민원인 재요청: 조치 결과가 확인되지 않음', '민원인 재요청: 같은 문제가 다시 발생함', '민원인 재요청: 답변 내용에 이의'] as const;
const CLOSED = ['만족도 조사 후 종결', '처리 완료, 민원 종결', '민원인 확인 후 종결'] as const;

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

export interface NoteContext {
  category: string;
  channel: DasanChannelName;
  /** The status is `assigned` a second time: a transfer. */
  transfer: boolean;
  /** An answer after a reopening. */
  again: boolean;
}

export const noteOf = (rand: Rand, status: ComplaintStatus, c: NoteContext): string => {
  switch (status) {
    case 'received':
      return RECEIVED[c.channel];
    case 'assigned':
      return c.transfer ? '소관 부서 이관: 현장 확인 결과 다른 부서 소관' : '담당 부서 배정';
    case 'in-progress':
      return pick(rand, IN_PROGRESS);
    case 'answered': {
      const answer = pick(rand, ANSWERS[c.category] ?? ['검토 결과를 안내하였습니다.']);
      return c.again ? `재답변: ${answer}` : answer;
    }
    case 'reopened':
      return pick(rand, REOPENED);
    case 'closed':
      return pick(rand, CLOSED);
  }
};
