import test from 'ava';
import { analyze } from './analyze.ts';
import { BUILDERS, type Built } from './build.ts';
import type { Selection } from './build-context.ts';
import type { CommandType } from '../contracts/command.ts';

const NOW = new Date('2025-05-15T01:00:00Z');
const build = (type: CommandType, text: string, selection?: Selection, lang?: 'ko' | 'en'): Built => {
  const a = analyze(text, NOW);
  return BUILDERS[type]({ marks: a.marks, ctx: { now: NOW, ...(selection ? { selection } : {}), ...(lang ? { lang } : {}) }, lang: a.lang });
};
const options = (b: Built): unknown[] => ('clarify' in b ? b.clarify.options : []);

test('a dong name shared by two asks which; the gu named or selected decides', (t) => {
  const b = build('select-dong', '역삼동 보여줘');
  t.deepEqual(options(b), [
    { type: 'select-dong', dong: '1168064000', district: '11680' },
    { type: 'select-dong', dong: '1168065000', district: '11680' },
  ]);
  t.deepEqual(build('select-dong', '관악구 신사동'), { command: { type: 'select-dong', dong: '1162068500', district: '11620' } });
  t.deepEqual(build('select-dong', '신사동', { district: '11680' }), { command: { type: 'select-dong', dong: '1168051000', district: '11680' } });
});

test('a comparison with one gu takes the selected one, or offers the nearest', (t) => {
  t.deepEqual(build('compare-districts', '서초구랑 비교해 줘', { district: '11680' }), { command: { type: 'compare-districts', districts: ['11680', '11650'] } });
  const b = build('compare-districts', '강남구 비교해줘');
  t.true('clarify' in b);
  t.is(options(b).length, 3);
  t.deepEqual(options(build('compare-districts', '비교해줘')), []);
  const five = build('compare-districts', '강남 서초 송파 강동 마포 비교');
  t.true('command' in five && five.command.type === 'compare-districts' && five.command.districts.length === 4);
});

test('calling: the role decides; a district head needs a gu; the selected incident goes along', (t) => {
  t.deepEqual(build('call-official', '소방서장 연결해줘'), { command: { type: 'call-official', role: 'fire-commander' } });
  t.deepEqual(build('call-official', '소방서장 연결해줘', { incident: 'fire-119:1' }), { command: { type: 'call-official', role: 'fire-commander', incident: 'selected' } });
  t.deepEqual(build('call-official', '구청장 연결', { district: '11440' }), { command: { type: 'call-official', role: 'district-head', district: '11440' } });
  t.true('clarify' in build('call-official', '구청장 연결'));
  t.is(options(build('call-official', '연결해줘')).length, 3);
});

test('incidents: "this" is the selected one, "latest" the newest, and the selected one when nothing is said', (t) => {
  const sel = { incident: 'fire-119:1' };
  t.deepEqual(build('open-incident', '이 사건 상세', sel), { command: { type: 'open-incident', incident: 'selected' } });
  t.deepEqual(build('open-incident', '최근 화재', sel), { command: { type: 'open-incident', incident: 'latest', incidentType: 'fire' } });
  t.deepEqual(build('open-incident', '사건 상세', sel), { command: { type: 'open-incident', incident: 'selected' } });
  t.deepEqual(build('open-incident', '사건 상세'), { command: { type: 'open-incident', incident: 'latest' } });
});

test('language: named, or the other one', (t) => {
  t.deepEqual(build('change-language', '영어로'), { command: { type: 'change-language', lang: 'en' } });
  t.deepEqual(build('change-language', '언어 바꿔', undefined, 'en'), { command: { type: 'change-language', lang: 'ko' } });
  t.deepEqual(build('change-language', 'switch language'), { command: { type: 'change-language', lang: 'ko' } });
});

test('a missing value is asked for with the choices', (t) => {
  t.is(options(build('show-layer', '레이어 켜')).length, 5);
  t.is(options(build('pan-map', '지도 옮겨')).length, 4);
  t.is(options(build('show-screen', '화면 보여줘')).length, 5);
  t.is(options(build('open-indicator', '지표 보여줘')).length, 4);
});

test('indicators carry gu and period; a named indicator wins over its topic', (t) => {
  t.deepEqual(build('open-indicator', '서초구 작년 인구'), {
    command: { type: 'open-indicator', indicator: 'population', district: '11650', period: { from: '2024-01-01', to: '2024-12-31' } },
  });
  t.deepEqual(build('open-indicator', '안전 지표'), { command: { type: 'open-indicator', topic: 'safety' } });
});
