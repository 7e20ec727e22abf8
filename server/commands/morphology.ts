/**
 * @module commands/morphology
 * What is left of an utterance once the known words are taken out: Korean particles, verb endings
 * and politeness (을/를, 으로/로, 에서, 의, 해 주세요, 부탁해, 요), English function words, and any
 * words the parser does not know. Unknown words weigh against every command; the rest weigh nothing.
 */
import { hasHangul } from './hangul.ts';
import { FILLERS_EN, FILLERS_KO } from './lexicon.ts';

/** Endings and particles, stripped from the end of a Korean word one after another. */
const ENDINGS = [
  '부탁드립니다', '부탁합니다', '부탁해요', '부탁해', '주시겠습니까', '주시겠어요', '주실래요', '주실래', '주시겠', '해주세요',
  '해주실래요', '주세요', '해줘요', '해줘', '해줄래', '줄래요', '줄래', '줘요', '줘', '봐줘', '봐요', '봅시다', '할게', '할래',
  '합시다', '해봐', '해라', '해요', '하세요', '하자', '하고', '했어', '싶어', '싶다', '싶', '세요', '시겠어요', '습니다', '니다',
  '이랑', '에서', '으로', '까지', '부터', '한테', '에게', '께서', '중에', '해', '하', '요', '다', '죠', '까', '지', '게', '고',
  '라', '야', '냐', '니', '어', '아', '자', '기', '할', '줄', '주', '시', '된', '되', '돼', '래', '봐', '보', '가', '이', '을',
  '를', '은', '는', '의', '에', '로', '랑', '과', '와', '도', '만', '께', '님', '들', '더', '게요', '네요', '하면', '려면', '면',
].sort((a, b) => b.length - a.length);

/** The content left in a Korean word once its endings are gone ('' when it was all function). */
export function koreanContent(word: string): string {
  let w = word;
  for (;;) {
    if (w === '' || FILLERS_KO.has(w) || ENDINGS.includes(w)) return '';
    const ending = ENDINGS.find((e) => w.endsWith(e) && e.length < w.length);
    if (ending === undefined) return w;
    w = w.slice(0, w.length - ending.length);
  }
}

/** A leftover word's weight against every command: 0 for function words. */
export function unknownWeight(word: string): number {
  if (hasHangul(word)) {
    const content = koreanContent(word);
    return content === '' ? 0 : Math.min(1, 0.25 * [...content].length);
  }
  if (/^\d+$/.test(word)) return 0.3;
  return FILLERS_EN.has(word) || word.length === 0 ? 0 : 0.5;
}
