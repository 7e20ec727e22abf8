/**
 * @module commands/patterns
 * How each command is said, in Korean and English. `{district}`, `{dong}`, `{period}`, `{indicator}`,
 * `{topic}`, `{official}`, `{screen}`, `{layer}`, `{itype}`, `{agency}`, `{severity}`, `{category}`,
 * `{lang}`, `{wall}`, `{count}` and `{level}` stand for any value of that slot. A pattern is matched
 * by its words' meanings, not its letters: 보여줘 also covers 띄워, 열어 and 보여 주세요; word order,
 * particles and politeness do not matter. Every word of every pattern must be known to the lexicon
 * (registry.test.ts checks it), and every pattern must parse back to its own command.
 */
import type { CommandType } from '../contracts/command.ts';

export interface Patterns {
  ko: readonly string[];
  en: readonly string[];
}

export const PATTERNS: Readonly<Record<CommandType, Patterns>> = {
  'show-screen': {
    ko: ['{screen} 화면 보여줘', '{screen} 화면으로 가줘', '{screen} 화면으로 전환해 줘', '{screen} 띄워줘', '{screen} 화면 열어', '{screen}으로 이동'],
    en: ['show the {screen} screen', 'go to {screen}', 'switch to the {screen} view', 'open {screen}'],
  },
  'next-screen': {
    ko: ['다음 화면', '다음 화면 보여줘', '다음으로 넘겨줘', '화면 넘겨', '다음 페이지로 가자'],
    en: ['next screen', 'next', 'go to the next page', 'skip to the next screen'],
  },
  'previous-screen': {
    ko: ['이전 화면', '이전 화면으로 가 줘', '앞 화면 보여줘', '이전 페이지'],
    en: ['previous screen', 'go to the previous screen', 'previous page'],
  },
  'go-back': {
    ko: ['뒤로', '뒤로 가', '돌아가', '되돌려 줘', '아까 화면으로 돌아가 줘'],
    en: ['go back', 'back', 'undo', 'return'],
  },
  play: {
    ko: ['자동 넘김 시작', '화면 순환 재생해 줘', '로테이션 다시 시작', '재생'],
    en: ['play', 'start the rotation', 'resume', 'resume the slideshow'],
  },
  pause: {
    ko: ['멈춰', '일시정지', '자동 넘김 멈춰', '화면 고정해 줘', '자동 넘김 꺼 줘', '로테이션 정지'],
    en: ['pause', 'stop the rotation', 'hold this screen', 'freeze'],
  },
  'show-help': {
    ko: ['도움말', '도움말 보여줘', '뭐라고 말하면 돼', '사용법 알려 줘', '명령어 목록 보여줘'],
    en: ['help', 'what can i say', 'show me the commands', 'what can you do'],
  },
  refresh: {
    ko: ['새로고침', '화면 새로고침 해 줘', '데이터 갱신해 줘', '최신화 해줘'],
    en: ['refresh', 'reload the data', 'refresh the screen'],
  },
  'select-district': {
    ko: ['{district} 보여줘', '{district}로 이동', '{district}으로 가 줘', '{district} 선택', '{district} 띄워 줘', '{district} 상세', '{district} 현황 보여 줘', '{district}'],
    en: ['show {district}', 'go to {district}', 'select {district}', 'focus on {district}', 'zoom to {district}', '{district} please'],
  },
  'compare-districts': {
    ko: ['{district}랑 {district} 비교해줘', '{district}와 {district} 비교', '{district} {district} 비교해 줘', '{district} 대 {district}', '{district}하고 비교해 줘', '{district}랑 {district} 나란히 보여줘', '{district}랑 {district} 중에 어디가 나아'],
    en: ['compare {district} and {district}', '{district} versus {district}', '{district} vs {district}', 'compare with {district}', 'put {district} and {district} side by side', 'how does {district} compare to {district}'],
  },
  'select-dong': {
    ko: ['{dong} 보여줘', '{dong}으로 이동', '{dong} 선택', '{district} {dong} 보여줘', '{dong} 띄워'],
    en: ['show {dong}', 'go to {dong}', 'select {dong} in {district}'],
  },
  'clear-selection': {
    ko: ['선택 해제', '선택 취소', '선택한 거 지워 줘', '선택 풀어'],
    en: ['clear the selection', 'deselect', 'cancel the selection'],
  },
  'open-indicator': {
    ko: ['{indicator} 보여줘', '{period} {indicator}', '{district} {indicator}', '{period} {indicator} 어때', '{topic} 지표 보여줘', '{indicator} 추이', '{indicator} 통계 띄워', '{district} {period} {indicator} 수치'],
    en: ['show {indicator}', '{indicator} {period}', '{indicator} in {district}', 'show {topic} indicators', 'what was the {indicator} {period}', '{indicator} statistics'],
  },
  'open-cameras': {
    ko: ['CCTV', 'CCTV 보여줘', '가장 가까운 CCTV 열어', '주변 카메라 띄워 줘', '현장 CCTV 보여줘', 'CCTV {count} 보여줘', '{district} CCTV', '이 사건 주변 영상 보여줘', 'CCTV 연결해 줘'],
    en: ['cameras', 'show the cameras', 'open the nearest cameras', 'show {count} cameras', 'cameras in {district}', 'pull up the cctv', 'show cameras near this incident'],
  },
  'close-cameras': {
    ko: ['CCTV 닫아', '카메라 꺼 줘', '영상 닫아 줘', 'CCTV 화면 닫기'],
    en: ['close the cameras', 'turn off the cctv', 'close the video'],
  },
  'open-incident': {
    ko: ['최근 사건 보여줘', '가장 최근 {itype} 보여줘', '방금 들어온 신고 보여줘', '이 사건 상세 보여줘', '사건 상세', '최근 {itype} 사건', '선택한 사건 열어'],
    en: ['open the latest incident', 'show the most recent {itype}', 'latest {itype}', 'open this incident', 'incident details'],
  },
  'filter-incidents': {
    ko: ['{itype}만 보여줘', '{itype} 사건만', '{severity} 사건만 보여줘', '{agency} 사건만', '{district} 사건만 보여줘', '모든 사건 보여줘', '필터 해제', '{itype}만 걸러 줘'],
    en: ['only {itype}', 'show only {itype}', 'filter {severity} incidents', 'just the {agency} incidents', 'show all incidents', 'filter by {itype}', 'clear the filter'],
  },
  'call-official': {
    ko: ['전화 연결해 줘', '{official} 연결해줘', '{official}한테 전화해 줘', '{official} 불러 줘', '{district} {official} 연결', '{official}랑 통화하고 싶어', '이 사건 {official} 연결해 줘', '{official} 호출해'],
    en: ['call someone', 'call the {official}', 'get me the {official}', 'connect me to the {official}', 'call the {official} of {district}', 'put me through to the {official}', 'phone the {official}'],
  },
  'hang-up': {
    ko: ['전화 끊어', '통화 종료', '끊어 줘', '연결 끊어 줘', '통화 그만'],
    en: ['hang up', 'end the call', 'disconnect'],
  },
  'change-language': {
    ko: ['{lang}로 바꿔 줘', '{lang}로', '언어 {lang}로 변경', '{lang}로 보여줘', '언어 바꿔'],
    en: ['switch to {lang}', 'change the language to {lang}', '{lang} please', 'switch language'],
  },
  'zoom-map': {
    ko: ['확대', '지도 확대해 줘', '축소해 줘', '지도 축소', '{level} 확대', '좀 더 크게 보여줘', '줌 아웃'],
    en: ['zoom in', 'zoom out', 'zoom in {level}', 'make the map bigger'],
  },
  'pan-map': {
    ko: ['지도 위로 이동', '북쪽으로 이동해 줘', '왼쪽으로 옮겨', '지도 오른쪽으로', '남쪽 보여줘'],
    en: ['pan left', 'move the map north', 'scroll right', 'pan down'],
  },
  'reset-view': {
    ko: ['원래대로', '지도 초기화', '처음 상태로 돌려 줘', '화면 리셋', '서울 전체 보여줘'],
    en: ['reset the view', 'reset', 'show the whole city', 'back to the default view'],
  },
  'show-layer': {
    ko: ['{layer} 표시해 줘', '{layer} 켜', '{layer} 보여줘', '{layer} 레이어 켜 줘'],
    en: ['show the {layer} layer', 'turn on {layer}', 'show {layer}'],
  },
  'hide-layer': {
    ko: ['{layer} 숨겨', '{layer} 꺼 줘', '{layer} 지워', '{layer} 레이어 끄기'],
    en: ['hide the {layer}', 'turn off {layer}', 'remove {layer}'],
  },
  'show-complaints': {
    ko: ['민원 보여줘', '{district} 민원 현황', '{category} 민원 보여줘', '{district} {category} 민원', '다산콜 민원 띄워', '요즘 들어온 민원'],
    en: ['show complaints', '{category} complaints in {district}', '{category} complaints', 'what are people complaining about'],
  },
  'show-trends': {
    ko: ['동향 보여줘', '시민 여론 동향', 'SNS 동향', '뉴스 트렌드', '{period} 이슈 보여줘', '요즘 화제'],
    en: ['show trends', 'whats trending', 'social media buzz {period}', 'news trends'],
  },
  'show-pledges': {
    ko: ['공약 이행 현황', '공약 보여줘', '공약 진행 상황', '4개년 계획 과제 현황'],
    en: ['show pledges', 'pledge progress', 'how are the campaign promises going'],
  },
  'show-city-score': {
    ko: ['도시 점수 보여줘', '종합 점수', '도시 성적표 띄워 줘'],
    en: ['show the city score', 'city rating', 'whats our score'],
  },
  'show-budget': {
    ko: ['예산 집행 현황', '{period} 예산 보여줘', '예산 집행률', '재정 현황'],
    en: ['show the budget', 'budget execution {period}', 'show spending'],
  },
  'send-to-wall': {
    ko: ['월에 띄워 줘', '{wall}으로 보내 줘', '이거 {wall}에 띄워', '큰 화면으로 보내', '벽면에 공유해 줘'],
    en: ['send this to the wall', 'put it on the {wall}', 'cast to the {wall}'],
  },
  mute: {
    ko: ['음소거', '소리 꺼 줘', '조용히 해', '소리 끄기'],
    en: ['mute', 'turn the sound off', 'silence'],
  },
  unmute: {
    ko: ['음소거 해제', '소리 켜 줘', '소리 다시 켜'],
    en: ['unmute', 'sound on', 'turn the sound on'],
  },
};
