/**
 * @module privacy/korean-words
 * The vocabulary the name detector reads context from: Korean surnames, the honorifics and job titles
 * that follow a name, the particles that may follow those, and the cues that precede a name.
 */

/** The most frequent one-syllable surnames (about 100; 류/유, 라/나 and 임 are listed in both spellings). */
export const SURNAMES_1 = `김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우
구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편
용 예 경 봉 사 부 라 태 목 형 계 두 감 호 림 빈`.split(/\s+/);

/** Two-syllable surnames: with them a name may have four syllables. */
export const SURNAMES_2 = ['황보', '남궁', '제갈', '선우', '독고', '사공', '서문', '동방'];

const SURNAME_1_SET = new Set(SURNAMES_1);

export const startsWithSurname = (w: string): boolean =>
  SURNAME_1_SET.has(w.slice(0, 1)) || SURNAMES_2.some((s) => w.startsWith(s));

export const hasCompoundSurname = (w: string): boolean => SURNAMES_2.some((s) => w.startsWith(s) && w.length > 2);

/** Titles of officials and people at work: may follow a surname alone (`김 주무관`, `박팀장`). */
export const JOB_TITLES = [
  '주무관', '사무관', '서기관', '팀장', '과장', '국장', '실장', '계장', '주임', '부장', '차장', '구청장', '동장',
  '사장', '소장', '원장', '반장', '회장', '교수', '변호사', '순경', '위원장', '대표', '간사', '기자', '대리',
];

/** Titles that only officials bear: these may follow even the surname 이 (`이 주무관`). */
export const OFFICIAL_TITLES = new Set(JOB_TITLES.slice(0, 13));

/** Words for people that follow a full name, or a surname alone (`김 할머니`). */
export const PERSON_WORDS = [
  '선생님', '선생', '고객님', '기사님', '할머니', '할아버지', '할머님', '할아버님', '어르신', '민원인', '학생',
  '여사님', '여사', '어머님', '아버님', '아주머니', '아저씨', '사모님', '이모님', '신고인', '민원인님',
];

/** Honorifics that follow a full name only (`홍길동 씨`, `홍길동님`). */
export const HONORIFICS = ['님', '씨'];

/**
 * Surnames that are also ordinary words before a noun (my, one, deputy, former, current, a certain,
 * female, male): never taken as a name on their own. 이 (this) alone is a name only before an official title.
 */
export const AMBIGUOUS_SOLO = new Set(['제', '한', '부', '전', '현', '모', '여', '남']);

/** Every word that may follow a name, longest first (job titles also with 님). */
export const NAME_SUFFIXES: readonly string[] = [
  ...new Set([...JOB_TITLES, ...JOB_TITLES.map((t) => `${t}님`), ...PERSON_WORDS, ...HONORIFICS]),
].sort((a, b) => b.length - a.length);

/**
 * What may follow an honorific or a name: particles and the copula (`께서`, `에게`, `입니다`…), by their
 * first syllable. Anything else after `씨` or `님` makes another word (`씨앗`, `님비`).
 */
export const PARTICLE_STARTS = new Set(
  '이 가 은 는 을 를 의 에 께 한 와 과 랑 도 만 나 로 으 들 처 보 부 까 하 입 세 예 요 인 였 라 여 야 아 조 마 뿐 밖 든 같 댁 네 측 쪽'.split(' '),
);

/** Endings after a name introduced by a cue (`저는 홍길동입니다`, `이름은 홍길동이고`), longest first. */
export const NAME_TAILS = [
  '이라고', '입니다', '이에요', '이예요', '이고요', '이십니다', '라고', '이고', '이며', '예요', '이요', '이야',
  '에게', '께서', '한테', '이가', '이는', '이를', '이의', '이',
  '가', '은', '는', '을', '를', '의', '고', '야', '와', '과', '도', '님', '씨',
].sort((a, b) => b.length - a.length);

/** Cues after which a field value is a name, whatever its first syllable (`이름: 갈갈이`, `Name: 홍길동`). */
export const STRONG_NAME_CUES = ['이름', '성명', '성함', '실명', '작성자명', '신고자명', '민원인명'];

/** Cues after which a word starting with a surname is a name (`민원인 홍길동`, `성명 홍길동`). */
export const WEAK_NAME_CUES = [
  '이름은', '이름이', '이름', '성함은', '성함이', '성명은', '성명', '작성자', '신고자', '신고인', '민원인', '신청인',
  '제보자', '담당자', '담당', '주무관', '담당관', '보호자', '피해자', '가해자', '세입자', '집주인', '관리인', '대표자',
];
