import test from 'ava';
import { COMMAND_TYPES, CommandSchema, type Command } from '../../../server/contracts/index.ts';
import { describeCommand, type Names } from './describe.ts';
import { COMMAND_NAMES } from './words.ts';

const names: Names = {
  district: (code) => ({ '11680': 'Gangnam-gu', '11110': 'Jongno-gu' })[code] ?? code,
  screen: (id) => (id === 'safety' ? 'Urban safety' : id),
};

test('commands read as a name and their parameters', (t) => {
  t.is(describeCommand({ type: 'select-district', district: '11680' }, 'en', names), 'District: Gangnam-gu');
  t.is(describeCommand({ type: 'show-screen', screen: 'safety' }, 'en', names), 'Screen: Urban safety');
  t.is(describeCommand({ type: 'compare-districts', districts: ['11680', '11110'] }, 'en', names), 'Compare: Gangnam-gu, Jongno-gu');
  t.is(describeCommand({ type: 'call-official', role: 'fire-commander', district: '11110' }, 'en', names), 'Call: Fire commander (Jongno-gu)');
  t.is(describeCommand({ type: 'call-official', role: 'police-chief' }, 'ko', names), '호출: 경찰서장');
  t.is(describeCommand({ type: 'zoom-map', direction: 'in' }, 'ko', names), '지도 확대·축소: 확대');
  t.is(describeCommand({ type: 'open-indicator', indicator: 'pm25', district: '11680', period: { from: '2025-01-01', to: '2025-01-31' } }, 'en', names), 'Indicator: pm25 · Gangnam-gu · 2025-01-01–2025-01-31');
  t.is(describeCommand({ type: 'change-language', lang: 'en' }, 'ko', names), '언어: English');
  t.is(describeCommand({ type: 'show-pledges' }, 'ko', names), '공약 이행');
});

test('every command type has its own words in both languages', (t) => {
  for (const lang of ['ko', 'en'] as const) t.is(new Set(COMMAND_TYPES.map((x) => COMMAND_NAMES[x][lang])).size, COMMAND_TYPES.length, `${lang}: names differ`);
  const samples: Record<string, Command> = {
    'show-screen': { type: 'show-screen', screen: 'city' },
    'select-district': { type: 'select-district', district: '11680' },
    'compare-districts': { type: 'compare-districts', districts: ['11680', '11110'] },
    'select-dong': { type: 'select-dong', dong: '1168010100', district: '11680' },
    'open-incident': { type: 'open-incident', incident: 'latest' },
    'call-official': { type: 'call-official', role: 'deputy-mayor' },
    'change-language': { type: 'change-language', lang: 'ko' },
    'zoom-map': { type: 'zoom-map', direction: 'out' },
    'pan-map': { type: 'pan-map', direction: 'east' },
    'show-layer': { type: 'show-layer', layer: 'stations' },
    'hide-layer': { type: 'hide-layer', layer: 'labels' },
  };
  for (const type of COMMAND_TYPES) {
    const c = samples[type] ?? ({ type } as Command);
    t.true(CommandSchema.safeParse(c).success, `${type} sample`);
    for (const lang of ['ko', 'en'] as const) t.true(describeCommand(c, lang, names).startsWith(COMMAND_NAMES[type][lang]), `${type} ${lang}`);
  }
});
