/**
 * @module trends/stopwords
 * Words that say nothing about what the city talks about: function words, time words, news boilerplate, the
 * city's own name (it is in every item), and common predicates and modifiers that survive stripping. Forms are
 * the normalized ones (Korean stems after particles are stripped, English after plural stemming).
 */

export const KOREAN_STOPWORDS: ReadonlySet<string> = new Set(
  `것 수 등 및 또는 또 그리고 그러나 하지만 그런데 그래서 따라서 한편 또한 이에 이번 지난 오는 올해 내년 작년 지난해 오늘 내일 어제 현재 최근 당시
  이후 이전 동안 때문 경우 정도 이상 이하 미만 초과 가장 매우 많이 많은 조금 모든 각각 하나 우리 저희 여러분 자신 진짜 정말 너무 완전 그냥 다시
  계속 함께 같이 관련 대한 대해 위해 위한 통해 따라 따른 가운데 대해서 관해 의해 인해 있다 있는 있고 있어 있을 있습니다 있어요 없다 없는 없고
  없이 않다 않는 않고 않아 한다 했다 된다 되다 하다 이다 입니다 합니다 했습니다 밝혔다 말했다 전했다 설명했다 강조했다 덧붙였다 예정 계획 진행
  서울 서울시 서울특별시 시는 오전 오후 시간 기자 뉴스 사진 제공 보도자료 자료 담당 문의 주요 대상 일부 전체 다양한 다양 가능 필요 사용 이용
  좋은 새로운 같은 다른 어떤 이런 그런 저런 여러 작은 높은 낮은 어느 모두 이미 아직 바로 특히 약간 다소 거의 점점 더욱 보다 위해서 대비
  이날 당일 이달 이번주 지난주 다음주 주말 평일 매일 요즘 오랜만 진행중 관계자 측은 측이 누구 무엇 어디 언제 어떻게 왜 그것 이것 저것 여기 거기
  크게 작게 새로 빠르게 제대로 되게 엄청 겨우 벌써 드디어 아마 혹시 역시 자주 가끔 항상 매번 또다시 오히려 결국 과연 물론 당장 여전히
  그대로 일대 인근 주변 지역 일원 해당 기준 방안 추진 실시 시행 마련 운영 확대 강화 개선 지원 조치 대책 발표 결정 예상 전망 규모 수준 상황 문제 내용 결과 부분 방향 분야 관계`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't around as at be because been before being below between both but by can
  cannot could couldn't did didn't do does doesn't doing don't down during each either else ever every few for from further get gets got had hadn't
  has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is
  isn't it it's its itself just let's like made make makes many may me might more most much must mustn't my myself near neither new no nor not now
  of off often on once one only or other others ought our ours ourselves out over own per put rather really said same say says she she'd she'll
  she's should shouldn't since so some still such than that that's the their theirs them themselves then there there's these they they'd they'll
  they're they've thing this those though through thus to too toward under until up upon us very via was wasn't we we'd we'll we're we've well were
  weren't what what's when when's where where's whether which while who who's whom whose why why's will with within without won't would wouldn't
  yes yet you you'd you'll you're you've your yours yourself yourselves today tomorrow yesterday week month year day time monday tuesday wednesday
  thursday friday saturday sunday last next first second third two three four five ten hundred thousand million percent
  seoul city metropolitan government official officials announced according including include told added expected plan plans part
  lot lots pretty quite really thing stuff something anything everything nothing someone anyone everyone people`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
