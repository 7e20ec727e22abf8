/**
 * @module commands/build
 * From the meanings found in an utterance to the parameters of the command it matched: which gu,
 * which dong, which period, whom to call, which incident. Where the words leave a choice the wall
 * cannot make alone (역삼동 is two dong; "비교해줘" with one gu; "구청장" with no gu), the builder
 * asks back with the likely options. Pure.
 */
import type { Command, CommandType, DateRange, CommandIndicator, OfficialRole, Topic } from '../contracts/command.ts';
import type { Agency, IncidentType, Severity } from '../contracts/incident.ts';
import { KNOWN_SCREENS, MAP_LAYERS } from '../contracts/command.ts';
import type { LocalizedText } from '../contracts/layout.ts';
import type { Mark } from './analyze.ts';
import type { ParseContext } from './build-context.ts';
import { dongByCode, nearestDistricts } from './places.ts';
import type { Kind } from './senses.ts';

export interface Clarification {
  question: LocalizedText;
  options: Command[];
}

export type Built = { command: Command } | { clarify: Clarification } | { none: string };

export interface BuildInput {
  marks: readonly Mark[];
  ctx: ParseContext;
  /** The language the words were said in. */
  lang: 'ko' | 'en';
}

type Builder = (i: BuildInput) => Built;

const valuesOf = (marks: readonly Mark[], kind: Kind): unknown[] =>
  marks.flatMap((m) => m.senses.filter((s) => s.kind === kind && s.value !== undefined).map((s) => s.value));
const first = <T>(marks: readonly Mark[], kind: Kind): T | undefined => valuesOf(marks, kind)[0] as T | undefined;
const has = (marks: readonly Mark[], kind: Kind): boolean => marks.some((m) => m.senses.some((s) => s.kind === kind));
const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

const ok = (command: Command): Built => ({ command });
const ask = (ko: string, en: string, options: Command[]): Built => ({ clarify: { question: { ko, en }, options } });

const period = (marks: readonly Mark[]): DateRange | undefined => {
  const v = first<readonly string[]>(marks, 'period');
  return v && v[0] !== undefined && v[1] !== undefined ? { from: v[0], to: v[1] } : undefined;
};

/** The incident the words point at: the selected one when they say this/here/the scene. */
const pointedIncident = (i: BuildInput): 'selected' | undefined =>
  (has(i.marks, 'this') || has(i.marks, 'scene')) && i.ctx.selection?.incident !== undefined ? 'selected' : undefined;

function compare(i: BuildInput): Built {
  const named = [...new Set(valuesOf(i.marks, 'district') as string[])];
  const selected = i.ctx.selection?.district;
  const districts = named.length === 1 && selected !== undefined && selected !== named[0] ? [selected, ...named] : named;
  if (districts.length >= 2) return ok({ type: 'compare-districts', districts: districts.slice(0, 4) });
  const anchor = districts[0] ?? selected;
  const options: Command[] = anchor === undefined ? [] : nearestDistricts(anchor, 3).map((d) => ({ type: 'compare-districts', districts: [anchor, d] }));
  return ask('어느 구와 비교할까요?', 'Which district should it be compared with?', options);
}

function dong(i: BuildInput): Built {
  const codes = [...new Set(valuesOf(i.marks, 'dong').flat() as string[])];
  const inGu = (gu: string | undefined): string[] => (gu === undefined ? [] : codes.filter((c) => dongByCode(c)?.district === gu));
  const named = first<string>(i.marks, 'district');
  const narrowed = [inGu(named), inGu(i.ctx.selection?.district), codes].find((c) => c.length > 0) ?? [];
  const options: Command[] = narrowed.flatMap((c) => {
    const d = dongByCode(c);
    return d ? [{ type: 'select-dong' as const, dong: d.code, district: d.district }] : [];
  });
  if (options.length === 1 && options[0]) return ok(options[0]);
  if (options.length === 0) return { none: 'no dong was named' };
  return ask('어느 동을 말씀하셨나요?', 'Which dong did you mean?', options.slice(0, 8));
}

function callOfficial(i: BuildInput): Built {
  const role = first<OfficialRole>(i.marks, 'official');
  const selection = i.ctx.selection;
  const district = first<string>(i.marks, 'district') ?? (role === 'district-head' ? selection?.district : undefined);
  const incident = pointedIncident(i) ?? ((role === 'fire-commander' || role === 'police-chief') && selection?.incident ? 'selected' : undefined);
  if (role === undefined) {
    const roles: OfficialRole[] = ['fire-commander', 'police-chief', 'district-head', 'situation-room'];
    const options: Command[] = roles
      .filter((r) => r !== 'district-head' || district !== undefined)
      .map((r) => ({ type: 'call-official', role: r, ...opt('district', r === 'district-head' ? district : undefined), ...opt('incident', incident) }));
    return ask('누구를 연결할까요?', 'Whom should I call?', options);
  }
  if (role === 'district-head' && district === undefined && incident === undefined) return ask('어느 구청장을 연결할까요?', 'Which district head?', []);
  return ok({ type: 'call-official', role, ...opt('district', district), ...opt('incident', incident) });
}

function openIndicator(i: BuildInput): Built {
  const indicator = first<CommandIndicator>(i.marks, 'indicator');
  const topic = first<Topic>(i.marks, 'topic');
  if (indicator === undefined && topic === undefined) {
    const topics = ['economy', 'environment', 'mobility', 'safety'] as const;
    return ask('어떤 지표를 볼까요?', 'Which indicator?', topics.map((t) => ({ type: 'open-indicator', topic: t })));
  }
  return ok({
    type: 'open-indicator',
    ...opt('indicator', indicator),
    ...opt('topic', indicator === undefined ? topic : undefined),
    ...opt('district', first<string>(i.marks, 'district')),
    ...opt('period', period(i.marks)),
  });
}

function openIncident(i: BuildInput): Built {
  const selected = i.ctx.selection?.incident !== undefined;
  const pointed = pointedIncident(i);
  const incident = pointed ?? (has(i.marks, 'latest') || !selected ? 'latest' : 'selected');
  return ok({ type: 'open-incident', incident, ...opt('incidentType', first<IncidentType>(i.marks, 'itype')) });
}

function openCameras(i: BuildInput): Built {
  const district = first<string>(i.marks, 'district');
  const incident = district === undefined && i.ctx.selection?.incident !== undefined ? 'selected' : undefined;
  return ok({ type: 'open-cameras', ...opt('district', district), ...opt('incident', incident), ...opt('count', first<number>(i.marks, 'count')) });
}

function layer(type: 'show-layer' | 'hide-layer'): Builder {
  return (i) => {
    const l = first<(typeof MAP_LAYERS)[number]>(i.marks, 'layer');
    if (l !== undefined) return ok({ type, layer: l });
    return ask('어느 레이어인가요?', 'Which layer?', MAP_LAYERS.map((x) => ({ type, layer: x })));
  };
}

const need = <T>(kind: Kind, make: (v: T, i: BuildInput) => Command, question: LocalizedText, options: (i: BuildInput) => Command[]): Builder => (i) => {
  const v = first<T>(i.marks, kind);
  return v === undefined ? ask(question.ko, question.en, options(i)) : ok(make(v, i));
};

const plain = (type: Extract<Command, { type: CommandType }>['type']): Builder => () => ok({ type } as Command);

export const BUILDERS: Readonly<Record<CommandType, Builder>> = {
  'show-screen': need<string>('screen', (screen) => ({ type: 'show-screen', screen }), { ko: '어느 화면을 보여드릴까요?', en: 'Which screen?' }, () =>
    KNOWN_SCREENS.slice(0, 5).map((screen) => ({ type: 'show-screen', screen }))),
  'next-screen': plain('next-screen'),
  'previous-screen': plain('previous-screen'),
  'go-back': plain('go-back'),
  play: plain('play'),
  pause: plain('pause'),
  'show-help': plain('show-help'),
  refresh: plain('refresh'),
  'select-district': need<string>('district', (district) => ({ type: 'select-district', district }), { ko: '어느 구를 보여드릴까요?', en: 'Which district?' }, () => []),
  'compare-districts': compare,
  'select-dong': dong,
  'clear-selection': plain('clear-selection'),
  'open-indicator': openIndicator,
  'open-cameras': openCameras,
  'close-cameras': plain('close-cameras'),
  'open-incident': openIncident,
  'filter-incidents': (i) =>
    ok({
      type: 'filter-incidents',
      ...opt('incidentType', first<IncidentType>(i.marks, 'itype')),
      ...opt('agency', first<Agency>(i.marks, 'agency')),
      ...opt('severity', first<Severity>(i.marks, 'severity')),
      ...opt('district', first<string>(i.marks, 'district')),
    }),
  'call-official': callOfficial,
  'hang-up': plain('hang-up'),
  'change-language': (i) => ok({ type: 'change-language', lang: first<'ko' | 'en'>(i.marks, 'lang') ?? ((i.ctx.lang ?? i.lang) === 'ko' ? 'en' : 'ko') }),
  'zoom-map': need<'in' | 'out'>('zoom', (direction, i) => ({ type: 'zoom-map', direction, ...opt('level', first<number>(i.marks, 'level')) }), { ko: '확대할까요, 축소할까요?', en: 'Zoom in or out?' }, () => [
    { type: 'zoom-map', direction: 'in' },
    { type: 'zoom-map', direction: 'out' },
  ]),
  'pan-map': need<'north' | 'south' | 'east' | 'west'>('pan', (direction) => ({ type: 'pan-map', direction }), { ko: '어느 쪽으로 옮길까요?', en: 'Which way?' }, () =>
    (['north', 'south', 'east', 'west'] as const).map((direction) => ({ type: 'pan-map', direction }))),
  'reset-view': plain('reset-view'),
  'show-layer': layer('show-layer'),
  'hide-layer': layer('hide-layer'),
  'show-complaints': (i) => ok({ type: 'show-complaints', ...opt('district', first<string>(i.marks, 'district')), ...opt('category', first<string>(i.marks, 'category')) }),
  'show-trends': (i) => ok({ type: 'show-trends', ...opt('period', period(i.marks)) }),
  'show-pledges': plain('show-pledges'),
  'show-city-score': plain('show-city-score'),
  'show-budget': (i) => ok({ type: 'show-budget', ...opt('period', period(i.marks)) }),
  'send-to-wall': (i) => ok({ type: 'send-to-wall', ...opt('wall', first<string>(i.marks, 'wall')) }),
  mute: plain('mute'),
  unmute: plain('unmute'),
};
