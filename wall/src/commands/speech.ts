/**
 * @module wall/commands/speech
 * The browser's speech recognition (`SpeechRecognition`, or Chromium's `webkitSpeechRecognition`)
 * behind a small interface: listen in Korean or English, hear the words as they come and the final
 * transcript with its confidence. Null where the browser has none (the command box is then typed only).
 */
import type { Language } from '../../../server/contracts/index.ts';

interface RecognitionAlternative {
  transcript: string;
  confidence: number;
}
interface RecognitionEvent {
  resultIndex: number;
  results: ArrayLike<ArrayLike<RecognitionAlternative> & { isFinal: boolean }>;
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((e: RecognitionEvent) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
}
type RecognitionClass = new () => Recognition;

export interface HearHandlers {
  /** The words so far. */
  interim(text: string): void;
  final(text: string, confidence: number): void;
  /** `not-allowed` (microphone refused), `no-speech`, `network`… */
  error(code: string): void;
  end(): void;
}

export interface Speech {
  /** Starts listening; the function returned stops (the final transcript still comes). */
  listen(lang: Language, h: HearHandlers): () => void;
}

export const SPEECH_LANGS: Readonly<Record<Language, string>> = { ko: 'ko-KR', en: 'en-US' };

export function browserSpeech(win: Window): Speech | null {
  const w = win as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  const Impl = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  if (!Impl) return null;
  return {
    listen(lang, h) {
      const r = new Impl();
      r.lang = SPEECH_LANGS[lang];
      r.interimResults = true;
      r.continuous = false;
      r.maxAlternatives = 1;
      let done = false;
      r.onresult = (e) => {
        let text = '';
        for (let i = 0; i < e.results.length; i += 1) text += e.results[i]![0]?.transcript ?? '';
        const last = e.results[e.results.length - 1];
        if (last?.isFinal && !done) {
          done = true;
          h.final(text.trim(), last[0]?.confidence ?? 0);
        } else h.interim(text);
      };
      r.onerror = (e) => h.error(e.error);
      r.onend = () => h.end();
      r.start();
      return () => r.stop();
    },
  };
}
