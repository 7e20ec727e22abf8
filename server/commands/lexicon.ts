/**
 * @module commands/lexicon
 * Words that carry a concept rather than a value: the verbs of the wall (보여줘, 띄워, 열어, 켜;
 * show, open, bring up) and the nouns that name a command's object (CCTV, 민원, 예산). Synonyms
 * share a concept, so that the patterns need not list every way of saying "show".
 * `re:` forms are regular expressions, for words that only mean something next to another.
 */
import type { Term } from './senses.ts';
import { concept } from './senses.ts';

/** A word right after a recognized one (의 화재만, 사건만), or between two (강남구 대 송파구). */
const AFTER = '(?<=\\u2591\\s?)';

export const CONCEPT_TERMS: readonly Term[] = [
  concept('show', ['목록', '보여', '보이', '보일', '보자', '볼래', '볼까', '^봐', '띄워', '띄우', '띄어', '열어', '^열기', '열람', '표시', '틀어', '나타내', '알려', '확인'], ['show', 'display', 'open', 'see', 'bring up', 'pull up', 'give me', 'let me see', 'check', 'look at', 'list']),
  { senses: [{ kind: 'go' }, { kind: 'move' }], ko: ['이동'], en: [] },
  { senses: [{ kind: 'go' }, { kind: 'change' }], ko: ['전환'], en: [] },
  concept('go', ['가자', '가줘', '가 주', '가봐', '가 봅', '^가', '넘어가', '들어가', '바로가'], ['go to', 'go', 'take me to', 'take me', 'switch to', 'move to', 'jump to', 'head to', 'navigate to', 'bring me to']),
  concept('screen-word', ['화면', '페이지', '스크린', '^장'], ['screen', 'page', 'view']),
  concept('select', ['선택', '골라', '지정', '포커스', '초점'], ['select', 'selection', 'pick', 'choose', 'focus on', 'focus']),
  concept('compare', ['비교', '대비', '견줘', '견주', '나란히', '중에 어디', '어디가 나', '어느 쪽이', `re:${AFTER}대(?=\\s?\\u2591)`], ['compare', 'comparison', 'versus', 'vs', 'side by side', 'against', 'compared']),
  concept('figure', ['지표', '수치', '통계', '추이', '농도', '건수', '수준', '지수', '데이터', '규모', '^수'], ['indicator', 'figure', 'stats', 'statistics', 'numbers', 'level', 'rate', 'data', 'index']),
  concept('camera', ['cctv', '씨씨티비', '씨씨tv', '카메라', '영상', '^캠', '방범 카메라'], ['camera', 'cctv', 'video', 'feed', 'cam', 'footage', 'live video', 'live feed']),
  concept('near', ['가장 가까운', '가까운', '근처', '주변', '인근', '부근', '주위'], ['nearest', 'closest', 'nearby', 'near', 'around', 'close to', 'close by']),
  concept('incident', ['사건', '사고', '신고', '출동', '긴급 상황', '사건사고', '^건'], ['incident', 'emergency', 'emergencies', 'accident', 'case', 'dispatch']),
  { senses: [{ kind: 'call' }, { kind: 'incident' }], ko: [], en: ['call'] },
  concept('latest', ['최근', '최신', '방금', '마지막', '새로 들어온', '새로 들어', '막 들어온', '가장 최근', '지금 막', '새로 온'], ['latest', 'newest', 'most recent', 'recent', 'last', 'new', 'just in']),
  concept('this', ['이거', '이것', '해당', '선택한', '선택된', '지금 보는', 're:(?<=^|[\\s\\u2591])[이그](?=\\s?(사건|사고|신고|건|현장|카메라|화면|\\u2591))'], ['this', 'that', 'selected', 'current', 'it', 'this one']),
  concept('scene', ['현장', '사고 현장', '사건 현장'], ['scene', 'on site', 'on scene']),
  concept('call', ['연결', '전화', '통화', '불러', '부르', '호출', '^콜', '연락'], ['phone', 'ring', 'connect', 'get me', 'put me through', 'dial', 'contact', 'reach', 'talk to', 'speak to', 'speak with', 'get hold of']),
  concept('hangup', ['끊어', '끊기', '끊자', '끊을', '끊'], ['hang up', 'disconnect', 'drop the call', 'cut the call', 'hangup']),
  concept('end', ['종료', '그만', '끝내', '^끝'], ['end', 'finish', 'quit', 'terminate']),
  concept('language', ['언어', '^말로'], ['language']),
  concept('change', ['바꿔', '바꾸', '변경', '교체'], ['change', 'switch', 'swap', 'toggle', 'set']),
  concept('map', ['지도', '^맵'], ['map']),
  concept('move', ['옮겨', '움직', '밀어', '스크롤'], ['pan', 'move', 'scroll', 'shift']),
  concept('zoom-word', ['^줌'], ['zoom']),
  concept('reset', ['원래대로', '원래 대로', '원상태', '초기화', '리셋', '처음 상태', '초기 화면', '초기 상태', '기본 화면', '기본 보기', '전체 보기', '처음으로', '서울 전체', '전체 지도'], ['reset', 'default view', 'home view', 'whole city', 'entire city', 'all of seoul', 'original view', 'start over', 'full view', 'zoom to fit', 'whole map']),
  concept('layer-word', ['레이어', '표시층', '오버레이'], ['layer', 'overlay']),
  concept('on', ['켜', '^켜기'], ['turn on', 'switch on', 'on', 'enable']),
  concept('off', ['꺼', '끄', '오프'], ['turn off', 'switch off', 'off', 'disable']),
  { senses: [{ kind: 'hide' }, { kind: 'clear' }], ko: ['지워'], en: [] },
  concept('hide', ['숨겨', '숨기', '감춰', '가려', '^빼', '없애', '제거', '안 보이게'], ['hide', 'remove', 'take off', 'get rid of']),
  concept('only', ['필터', '걸러', '추려', `re:${AFTER}만`], ['only', 'just', 'filter', 'filter by', 'nothing but']),
  concept('all', ['모든', '전체', '모두', '전부'], ['all', 'every', 'everything']),
  concept('clear', ['해제', '취소', '풀어'], ['clear', 'cancel', 'deselect', 'unselect']),
  concept('help', ['도움말', '도움', '도와', '사용법', '명령어', '명령', '뭐라고 말', '뭘 할 수', '뭐 할 수', '할 수 있', '어떻게 써', '어떻게 사용', '기능', '가이드'], ['help', 'commands', 'command', 'what can i say', 'what can you do', 'how do i', 'instructions', 'options', 'guide']),
  concept('back', ['뒤로', '돌아가', '되돌아', '되돌려', '아까', '이전 상태', '복귀', '원위치'], ['back', 'go back', 'undo', 'return']),
  concept('next', ['다음', '넘겨', '넘기', '스킵'], ['next', 'skip', 'forward']),
  concept('previous', ['이전', '지난 화면', 're:(?<=^|[\\s\\u2591])[앞전](?=\\s?(화면|페이지|장|으로|거|것|\\u2591))'], ['previous', 'prior', 'before']),
  concept('rotation', ['자동 넘김', '자동 전환', '자동', '순환', '로테이션', '슬라이드쇼', '순차'], ['rotation', 'rotating', 'rotate', 'auto', 'slideshow', 'cycle', 'cycling', 'carousel']),
  concept('play', ['재생', '시작', '재개', '돌려', '계속'], ['play', 'start', 'resume', 'continue', 'go on', 'restart']),
  concept('pause', ['멈춰', '멈춤', '멈추', '정지', '일시정지', '일시 정지', '고정', '스톱', '그대로'], ['pause', 'stop', 'hold', 'freeze', 'stay', 'keep']),
  concept('complaint', ['민원', '다산콜', '120', '불편 신고', '고충', '불만'], ['complaint', 'complaining', 'complain', 'service request', '311', 'grievance', 'report']),
  concept('trend', ['동향', '트렌드', '화제', '이슈', 'sns', '뉴스', '언론', '소셜', '반응', '키워드', '인기 검색어'], ['trend', 'trending', 'buzz', 'social media', 'news', 'sentiment', 'talking about', 'hot topics', 'media']),
  concept('pledge', ['공약', '약속', '4개년 계획', '사개년 계획', '시정 과제', '계획 과제', '과제', '이행'], ['pledge', 'promise', 'campaign promise', 'manifesto', 'commitment']),
  concept('score', ['도시 점수', '점수', '종합 점수', '성적표', '성적', '스코어', '평가'], ['score', 'rating', 'grade', 'report card', 'scorecard']),
  concept('budget', ['예산', '집행률', '집행', '재정', '세출', '지출', '얼마나 썼', '^돈'], ['budget', 'spending', 'spend', 'spent', 'expenditure', 'execution', 'finance', 'fiscal']),
  concept('send', ['보내', '전송', '공유', '송출'], ['send', 'cast', 'share', 'push', 'mirror', 'throw', 'put it on']),
  concept('mute', ['음소거', '무음', '조용히', '조용'], ['mute', 'silence', 'quiet']),
  concept('unmute', [], ['unmute']),
  concept('sound', ['소리', '음성', '볼륨', '사운드', '오디오'], ['sound', 'audio', 'volume', 'voice']),
  concept('refresh', ['새로고침', '새로 고침', '갱신', '업데이트', '리프레시', '다시 불러', '최신화'], ['refresh', 'reload', 'update']),
  concept('detail', ['상세', '자세히', '자세하게', '세부', '디테일'], ['detail', 'detailed', 'more about']),
  concept('ask', ['어때', '어땠', '어떻', '얼마', '뭐야', '^몇'], ['what', 'how', 'how much', 'how many', 'tell me', 'whats']),
  concept('status', ['현황', '상황', '진행률', '진행', '이용', '진척'], ['status', 'progress', 'going', 'situation']),
  concept('close', ['닫아', '닫기', '^닫'], ['close', 'dismiss']),
  concept('official-word', ['책임자', '담당', '관계자'], ['official', 'someone', 'somebody']),
  concept('district-word', ['자치구', '지역', '동네', 're:(?<=^|[\\s\\u2591])구(?=\\s|$)'], ['district', 'gu', 'ward', 'borough', 'area']),
];

/** Words that say nothing about which command is meant: politeness, fillers, particles on their own. */
export const FILLERS_KO: ReadonlySet<string> = new Set([
  '좀', '한번', '빨리', '얼른', '어서', '제발', '지금', '당장', '네', '예', '그래', '자', '어', '저기', '거', '것', '게', '더',
  '다시', '서울', '서울시', '시', '우리', '관련', '관할', '요즘', '그냥', '같이', '쪽', '님', '시장님', '나', '내', '제', '저',
  '꼭', '바로', '이제', '또', '혹시', '그럼', '일단', '먼저', '중', '들어온', '들어', '된', '되는', '하는', '있는', '한', '번',
  '것만', '거만', '건', '대로', '잘', '전체적으로', '부탁', '수', '있', '시민',
]);

export const FILLERS_EN: ReadonlySet<string> = new Set([
  'please', 'pls', 'can', 'could', 'would', 'will', 'you', 'me', 'us', 'i', 'we', 'our', 'my', 'the', 'a', 'an', 'to', 'for',
  'of', 'in', 'at', 'with', 'and', 'or', 'about', 'now', 'again', 'some', 'there', 'is', 'are', 'was', 'were', 'be', 'do', 'does',
  'did', 'its', 'them', 'they', 'people', 'lets', 'let', 'want', 'like', 'need', 'okay', 'ok', 'hey', 'so', 'then', 'by',
  'from', 'too', 'also', 'quickly', 'here', 'yes', 'one', 'way', 'thing', 'things', 'currently', 'put', 'make', 'city', 'turn',
]);
