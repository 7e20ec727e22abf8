/**
 * @module wall/tablet/speech
 * Speech to text through the browser's Web Speech API, where it exists (Chrome and Safari call it
 * `webkitSpeechRecognition`); elsewhere the tablet offers the text box only. One phrase at a time.
 */
import type { Language } from '../../../server/contracts/index.ts';

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((ev: RecognitionResultEvent) => void) | null;
  onerror: ((ev: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionClass = new () => Recognition;

const recognitionClass = (): RecognitionClass | null => {
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
};

export const speechAvailable = (): boolean => recognitionClass() !== null;

export interface SpeechHandlers {
  onText(text: string): void;
  onError(reason: string): void;
  onEnd(): void;
}

/** Listens for one phrase; returns a stop function, or null where the browser has no speech input. */
export function listenOnce(lang: Language, handlers: SpeechHandlers): (() => void) | null {
  const Rec = recognitionClass();
  if (!Rec) return null;
  const rec = new Rec();
  rec.lang = lang === 'ko' ? 'ko-KR' : 'en-US';
  rec.interimResults = false;
  rec.maxAlternatives = 1;
  rec.onresult = (ev) => {
    const text = ev.results[0]?.[0]?.transcript.trim() ?? '';
    if (text) handlers.onText(text);
  };
  rec.onerror = (ev) => handlers.onError(ev.error);
  rec.onend = () => handlers.onEnd();
  rec.start();
  return () => rec.stop();
}
