/**
 * @module commands/senses
 * What a recognized stretch of an utterance can mean: a sense is a kind (a parameter slot such as
 * `district`, or a concept such as `compare`) with an optional value. One word may carry several
 * senses (상황실: the official to call, and the wall to send to); the matcher picks. Each kind has a
 * weight: how much its presence or absence says about which command was meant.
 */

/** Kinds that fill a command's parameters. */
export const SLOT_KINDS = [
  'district', 'dong', 'period', 'count', 'level', 'official', 'screen', 'layer', 'itype', 'agency',
  'severity', 'indicator', 'topic', 'category', 'lang', 'wall', 'zoom', 'pan',
] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/** Kinds that carry meaning without a value: verbs, and nouns that name a command's object. */
export const CONCEPT_KINDS = [
  'show', 'go', 'screen-word', 'select', 'compare', 'figure', 'camera', 'near', 'incident', 'latest',
  'this', 'scene', 'call', 'hangup', 'end', 'language', 'change', 'map', 'move', 'zoom-word', 'reset',
  'layer-word', 'on', 'off', 'hide', 'only', 'all', 'clear', 'help', 'back', 'next', 'previous',
  'rotation', 'play', 'pause', 'complaint', 'trend', 'pledge', 'score', 'budget', 'send', 'mute',
  'unmute', 'sound', 'refresh', 'detail', 'ask', 'status', 'close', 'official-word', 'district-word',
] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export type Kind = SlotKind | ConceptKind;

export interface Sense {
  kind: Kind;
  value?: string | number | readonly string[];
}

/** A word or phrase and what it can mean; `ko` and `en` list its surface forms. */
export interface Term {
  senses: readonly Sense[];
  ko: readonly string[];
  en: readonly string[];
}

const W_SLOT: Readonly<Record<SlotKind, number>> = {
  district: 1.2, dong: 1.2, official: 1.4, screen: 1.2, layer: 1.2, itype: 1.2, agency: 1.0, severity: 1.0,
  indicator: 1.3, topic: 1.1, category: 1.2, lang: 1.4, wall: 1.2, zoom: 1.5, pan: 1.3,
  period: 0.7, count: 0.7, level: 0.7,
};

const W_CONCEPT: Partial<Record<ConceptKind, number>> = {
  show: 0.5, go: 0.5, 'screen-word': 0.6, change: 0.5, map: 0.6, move: 0.6, on: 0.6, off: 0.6, all: 0.6,
  near: 0.6, detail: 0.6, this: 0.8, scene: 0.8, select: 0.8, figure: 0.8, rotation: 0.8, sound: 0.8,
  'zoom-word': 0.5, ask: 0.3, status: 0.3, 'official-word': 0.6, 'district-word': 0.3,
  compare: 1.5, camera: 1.5, call: 1.5, hangup: 1.5, end: 1.5, reset: 1.5, help: 1.5, complaint: 1.5, trend: 1.5,
  pledge: 1.5, score: 1.5, budget: 1.5, mute: 1.5, unmute: 1.5, refresh: 1.5,
};

export const isSlotKind = (k: Kind): k is SlotKind => (SLOT_KINDS as readonly string[]).includes(k);

export const weightOf = (k: Kind): number => (isSlotKind(k) ? W_SLOT[k] : (W_CONCEPT[k] ?? 1.0));

/** Shorthands for writing terms. */
export const concept = (kind: ConceptKind, ko: readonly string[], en: readonly string[]): Term => ({ senses: [{ kind }], ko, en });
export const valued = (kind: SlotKind, value: string | number, ko: readonly string[], en: readonly string[]): Term => ({
  senses: [{ kind, value }],
  ko,
  en,
});
