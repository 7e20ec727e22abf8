/**
 * @module trends/korean
 * Pure: a Korean token to its noun-like stem, or null when it is not one.
 *   1. the longest ending that leaves a stem of at least two syllables is stripped, once: particles (은 는 이 가 을 를
 *      에 에서 에게 의 로 으로 와 과 도 만 까지 부터 들 … and their compounds 에서는, 으로도 …) and the endings that
 *      make a verb of a noun (한다 했다 합니다 하는 하고 된 되는 이다 입니다 …): 미세먼지가 → 미세먼지, 단속했다 → 단속
 *   2. an ending that would leave a single syllable is passed over for a shorter one (피해도: not 해도 but 도 → 피해);
 *      when none is left, a particle or a verb ending of two syllables or more says it is a one-syllable word with its
 *      ending (잠을, 차가, 심해서, 막혀서): dropped; a one-syllable verb ending keeps the word whole (피해, 제한, 역할)
 *   3. nouns that end in what looks like a particle are kept whole (어린이, 따릉이, 도로, 강변북로, 횡단보도, 놀이 …)
 *   4. what is left must be two syllables or more, not end like a predicate (-다, -요, -죠), and not be a stopword
 */
import { KOREAN_STOPWORDS } from './stopwords.ts';

export const MIN_STEM_SYLLABLES = 2;

const PARTICLES = `은 는 이 가 을 를 에 의 로 와 과 도 만 께 들 에서 에게 한테 으로 까지 부터 처럼 보다 마다 조차 밖에 에는 에도 에선 으론 로는 로도
  와는 과는 와도 과도 이나 이랑 이며 이고 이란 이라 이라서 라는 라고 에의 과의 와의 로의 만큼 대로 들이 들은 들을 들의 들도 들과 들에 들로 께서 에서는 에서도
  에서의 에게는 에게도 으로는 으로도 으로의 으로써 으로서 까지는 까지도 부터는 이라는 이라고 이라도 만으로 에서만 에서부터 들에게 들에서 들까지`;

const PREDICATES = `한 할 함 된 될 됨 해 돼 하다 한다 했다 하는 하고 하며 하여 해서 해야 하기 하면 하게 하지 했고 했던 했으며 된다 됐다 되는 되고 되며
  되어 되면 돼야 됐고 되던 이다 였다 시켜 시킨 합니다 됩니다 입니다 했습니다 됐습니다 하겠다 하였다 되었다 이었다 하세요 해요 했어요 하는데 인데
  어서 아서 여서 혀서 져서 워서 니까 는데 면서 으면 려고 도록 는지 해도 해졌다 해진 해지는 스럽다 스러운 스런 다고 다며 다는 다면 한다고
  했다고 된다고 됐다고 이라며 하자 하려 하려고 하려는 했기 했는데 하는지 하던 었기 았기 었던 았던 었고 았고 었는데 았는데 겠다 습니다 겠습니다 겠어요`;

interface Ending {
  text: string;
  verb: boolean;
}

const ENDINGS: readonly Ending[] = [
  ...PARTICLES.split(/\s+/).filter(Boolean).map((text) => ({ text, verb: false })),
  ...PREDICATES.split(/\s+/).filter(Boolean).map((text) => ({ text, verb: true })),
].sort((a, b) => b.text.length - a.text.length);

/** The endings by their last syllable, longest first. */
const ENDINGS_BY_LAST = new Map<string, Ending[]>();
for (const e of ENDINGS) ENDINGS_BY_LAST.set(e.text.at(-1) as string, [...(ENDINGS_BY_LAST.get(e.text.at(-1) as string) ?? []), e]);

/** Nouns whose last syllables look like a particle, kept whole also as the end of a compound (불꽃놀이, 횡단보도). */
export const PROTECTED_SUFFIXES: readonly string[] = `어린이 따릉이 오토바이 고양이 코로나 전문가 사업가 예술가 놀이 도로 보도 차로 북로 남로 선로 철로 수로 통로
  경로 진로 산책로 보행로 통학로 지하도 회의 협의 주의`
  .split(/\s+/)
  .filter(Boolean);

/** Two-syllable nouns that look like a one-syllable word and its particle: kept whole when they stand alone. */
export const PROTECTED_WORDS: ReadonlySet<string> = new Set(
  `높이 길이 넓이 아이 오이 사이 차이 나이 합의 논의 정의 동의 건의 강의 결의 참가 평가 증가 추가 국가 물가 휴가 여가 원가 단가 대가 시가 주가
  작가 부가 속도 농도 온도 습도 제도 한도 빈도 용도 지도 태도 강도 인도 포도 시도 각도 밀도 효과 통과 사과 학과 부과 불만 비만 마을 가을 바다
  수요 주요 필요 중요`
    .split(/\s+/)
    .filter(Boolean),
);

const HANGUL = /[가-힣]/g;
export const syllables = (s: string): number => s.match(HANGUL)?.length ?? 0;

const protectedWord = (t: string): boolean => PROTECTED_WORDS.has(t) || PROTECTED_SUFFIXES.some((p) => t.endsWith(p));

const stripEnding = (token: string): string | null => {
  if (protectedWord(token)) return token;
  let tooLittle = false;
  for (const e of ENDINGS_BY_LAST.get(token.at(-1) ?? '') ?? []) {
    if (!token.endsWith(e.text) || token.length === e.text.length) continue;
    const stem = token.slice(0, -e.text.length);
    if (syllables(stem) >= MIN_STEM_SYLLABLES) return stem;
    tooLittle ||= !e.verb || e.text.length >= 2;
  }
  return tooLittle ? null : token;
};

const PREDICATE_END = /(?:다|요|죠)$/;

/** A Korean token (Hangul, possibly with digits inside: 역삼1동) → its stem, or null. */
export const koreanStem = (token: string): string | null => {
  if (KOREAN_STOPWORDS.has(token)) return null;
  const stem = stripEnding(token);
  if (/^\d/.test(token)) return stem !== null && /^\d+호선$/.test(stem) ? stem : null;
  if (stem === null || syllables(stem) < MIN_STEM_SYLLABLES) return null;
  if (PREDICATE_END.test(stem) && !protectedWord(stem)) return null;
  return KOREAN_STOPWORDS.has(stem) ? null : stem;
};
