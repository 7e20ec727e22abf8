/**
 * @module wall/systems/gesture-meanings
 * The wall's 17 touch gestures and what each one means, in Korean and English: the one table the
 * help overlay lists and the tests check. How each is drawn in the help (fingers and motion) is
 * part of the row. Pure data.
 */
import type { LocalizedText } from '../../../server/contracts/index.ts';

export const GESTURE_NAMES = [
  'tap',
  'double-tap',
  'long-press',
  'two-finger-tap',
  'pinch-out',
  'pinch-in',
  'rotate',
  'swipe-left',
  'swipe-right',
  'swipe-up',
  'swipe-down',
  'two-finger-swipe',
  'three-finger-swipe',
  'drag',
  'edge-swipe',
  'flick',
  'press-and-tap',
] as const;
export type GestureName = (typeof GESTURE_NAMES)[number];

/** What the fingers do, for the help overlay's small drawing of each gesture. */
export type GestureMotion =
  | 'tap' | 'double' | 'hold' | 'apart' | 'together' | 'turn'
  | 'left' | 'right' | 'up' | 'down' | 'sideways' | 'any' | 'drag' | 'edge' | 'flick' | 'hold-tap';

export interface GestureMeaning {
  name: GestureName;
  fingers: 1 | 2 | 3;
  motion: GestureMotion;
  title: LocalizedText;
  meaning: LocalizedText;
}

const row = (name: GestureName, fingers: 1 | 2 | 3, motion: GestureMotion, title: LocalizedText, meaning: LocalizedText): GestureMeaning => ({ name, fingers, motion, title, meaning });

export const GESTURE_MEANINGS: readonly GestureMeaning[] = [
  row('tap', 1, 'tap', { ko: '탭', en: 'Tap' }, { ko: '가리킨 것 선택 (자치구, 사건, 탭 메뉴)', en: 'Select what is under the finger (a gu, an incident, a tab)' }),
  row('double-tap', 1, 'double', { ko: '두 번 탭', en: 'Double tap' }, { ko: '그 지점을 중심으로 지도 2배 확대', en: 'Zoom the map in ×2 at that point' }),
  row('long-press', 1, 'hold', { ko: '길게 누르기', en: 'Long press' }, { ko: '그곳 주변 CCTV 열기 (사건, 없으면 자치구)', en: 'Open the cameras around it (the incident, else the gu)' }),
  row('two-finger-tap', 2, 'tap', { ko: '두 손가락 탭', en: 'Two-finger tap' }, { ko: '이전 화면으로 돌아가기', en: 'Go back to the previous screen' }),
  row('pinch-out', 2, 'apart', { ko: '벌리기', en: 'Pinch out' }, { ko: '지도 확대', en: 'Zoom the map in' }),
  row('pinch-in', 2, 'together', { ko: '오므리기', en: 'Pinch in' }, { ko: '지도 축소', en: 'Zoom the map out' }),
  row('rotate', 2, 'turn', { ko: '두 손가락 돌리기', en: 'Two-finger turn' }, { ko: '언어 전환 (한국어 ↔ 영어)', en: 'Switch the language (Korean ↔ English)' }),
  row('swipe-left', 1, 'left', { ko: '왼쪽으로 밀기', en: 'Swipe left' }, { ko: '다음 화면 (지도 밖에서)', en: 'Next screen (outside the map)' }),
  row('swipe-right', 1, 'right', { ko: '오른쪽으로 밀기', en: 'Swipe right' }, { ko: '이전 화면 (지도 밖에서)', en: 'Previous screen (outside the map)' }),
  row('swipe-up', 1, 'up', { ko: '위로 밀기', en: 'Swipe up' }, { ko: '이 도움말 보기 (지도 밖에서)', en: 'Show this help (outside the map)' }),
  row('swipe-down', 1, 'down', { ko: '아래로 밀기', en: 'Swipe down' }, { ko: '선택 해제 (지도 밖에서)', en: 'Clear the selection (outside the map)' }),
  row('two-finger-swipe', 2, 'sideways', { ko: '두 손가락 밀기', en: 'Two-finger swipe' }, { ko: '왼쪽: 다음 자치구, 오른쪽: 이전 자치구', en: 'Left: next gu, right: previous gu' }),
  row('three-finger-swipe', 3, 'any', { ko: '세 손가락 밀기', en: 'Three-finger swipe' }, { ko: '지도 보기 초기화', en: 'Reset the map view' }),
  row('drag', 1, 'drag', { ko: '끌기', en: 'Drag' }, { ko: '지도 이동', en: 'Move the map' }),
  row('edge-swipe', 1, 'edge', { ko: '가장자리에서 밀기', en: 'Edge swipe' }, { ko: '아래 가장자리: 명령창, 오른쪽 가장자리: 도움말', en: 'From the bottom edge: command box; from the right edge: help' }),
  row('flick', 1, 'flick', { ko: '튕기기', en: 'Flick' }, { ko: '지도가 미끄러지다 멈춤', en: 'The map glides on and slows to a stop' }),
  row('press-and-tap', 2, 'hold-tap', { ko: '누른 채 탭', en: 'Press and tap' }, { ko: '누른 자치구를 선택한 자치구와 비교', en: 'Compare the gu held with the selected gu' }),
];

export function meaningOf(name: GestureName): GestureMeaning {
  const m = GESTURE_MEANINGS.find((g) => g.name === name);
  if (!m) throw new Error(`no meaning for gesture "${name}"`);
  return m;
}
