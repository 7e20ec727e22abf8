/**
 * @module wall/calls/call-model
 * What a call screen shows, pure: the calls ringing for me, the other side of a call, its state in
 * words (ko/en), and how it ended. No DOM, no WebRTC: tested in Node.
 */
import { CallInboxSchema, type Call, type CallParty, type Language } from '../../../server/contracts/index.ts';
import { wordsOf } from '../state/i18n.ts';

const WORDS = {
  calling: { ko: '호출 중', en: 'Calling' },
  incoming: { ko: '수신 전화', en: 'Incoming call' },
  connecting: { ko: '연결 중…', en: 'Connecting…' },
  connected: { ko: '통화 중', en: 'Connected' },
  ended: { ko: '통화 종료', en: 'Call ended' },
  cancelled: { ko: '호출 취소', en: 'Call cancelled' },
  declined: { ko: '거절됨', en: 'Declined' },
  missed: { ko: '응답 없음', en: 'No answer' },
  disconnected: { ko: '연결이 끊김', en: 'Connection lost' },
  answeredElsewhere: { ko: '다른 사람이 받음', en: 'Answered by someone else' },
  about: { ko: '관련 사건', en: 'About incident' },
  station: { ko: '담당', en: 'Responsible unit' },
  answer: { ko: '받기', en: 'Answer' },
  decline: { ko: '거절', en: 'Decline' },
  hangUp: { ko: '끊기', en: 'Hang up' },
  mute: { ko: '음소거', en: 'Mute' },
  unmute: { ko: '음소거 해제', en: 'Unmute' },
  cameraOff: { ko: '카메라 끄기', en: 'Camera off' },
  cameraOn: { ko: '카메라 켜기', en: 'Camera on' },
  noCalls: { ko: '걸려 온 전화가 없습니다', en: 'No calls ringing' },
  callStation: { ko: '☎ 담당 기관 호출', en: '☎ Call the station' },
  failed: { ko: '통화할 수 없음', en: 'The call could not be made' },
} as const;

export type CallWord = keyof typeof WORDS;
export const callWord: (lang: Language, w: CallWord) => string = wordsOf(WORDS);

/** The inbox value of `calls/user/<login>`, or no calls when it is missing or not valid. */
export function inboxCalls(data: unknown): Call[] {
  const parsed = CallInboxSchema.safeParse(data);
  return parsed.success ? parsed.data.calls : [];
}

/** Calls ringing for me that I have not declined, oldest first. */
export function ringingFor(calls: readonly Call[], me: string): Call[] {
  return calls
    .filter((c) => c.state === 'ringing' && c.from.login !== me && c.to.some((p) => p.login === me) && !c.declinedBy.includes(me))
    .sort((a, b) => a.times.placed.localeCompare(b.times.placed));
}

/** The people on the other side: the caller, the callee who answered, or everyone it rings for. */
export function otherSide(call: Call, me: string): CallParty[] {
  if (call.from.login !== me) return [call.from];
  const answered = call.to.find((p) => p.login === call.answeredBy);
  return answered ? [answered] : call.to;
}

/** "강남소방서 · 김소방, 한소방" — the station (if the call is to one) and the names. */
export function whoText(call: Call, me: string, lang: Language): string {
  const names = otherSide(call, me).map((p) => p.name).join(', ');
  return call.station && call.from.login === me ? `${call.station.name[lang]} · ${names}` : names;
}

/** The state of my call in words. `answeredElsewhere` when another callee took a call that rang for me. */
export function stateText(call: Call, me: string, lang: Language, media: 'none' | 'connecting' | 'connected' = 'none'): string {
  switch (call.state) {
    case 'ringing':
      return call.from.login === me ? `${callWord(lang, 'calling')}…` : callWord(lang, 'incoming');
    case 'connected':
      if (call.from.login !== me && call.answeredBy !== me) return callWord(lang, 'answeredElsewhere');
      return media === 'connected' ? callWord(lang, 'connected') : callWord(lang, 'connecting');
    case 'declined':
      return callWord(lang, 'declined');
    case 'missed':
      return callWord(lang, 'missed');
    case 'ended': {
      const reason = call.endedBy?.reason;
      return callWord(lang, reason === 'cancelled' ? 'cancelled' : reason === 'disconnected' ? 'disconnected' : 'ended');
    }
  }
}

/** "About incident fire-119:…" and the responsible unit, for a call about an incident. */
export function aboutText(call: Call, lang: Language): string | null {
  if (call.incident === null) return null;
  const station = call.station ? ` · ${callWord(lang, 'station')} ${call.station.name[lang]}` : '';
  return `${callWord(lang, 'about')} ${call.incident}${station}`;
}

/** Whether a call is over for me: ended, or answered by another callee. */
export const isOverFor = (call: Call, me: string): boolean =>
  call.state === 'ended' || call.state === 'declined' || call.state === 'missed' || (call.state === 'connected' && call.from.login !== me && call.answeredBy !== me);

/** "mm:ss" of a connected call. */
export function durationText(call: Call, now: number): string {
  if (call.times.answered === null) return '';
  const s = Math.max(0, Math.floor(((call.times.ended ? Date.parse(call.times.ended) : now) - Date.parse(call.times.answered)) / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
