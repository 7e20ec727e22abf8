import test from 'ava';
import { RoleSchema } from '../contracts/access.ts';
import { COMMAND_TYPES, CommandSchema, type CommandType } from '../contracts/command.ts';
import { WALL_ROLES } from '../contracts/layout.ts';
import { shapeOf } from './match.ts';
import { parseUtterance } from './parse.ts';
import { PATTERNS } from './patterns.ts';
import { COMMAND_SPECS, mayIssue, paramsSchemaOf, PERMISSIONS, registryDocument, rolesFor, specOf } from './registry.ts';

const NOW = new Date('2025-05-15T01:00:00Z');

/** A value for each placeholder, per language; districts in turn so that a comparison names two. */
const SAMPLES: Record<'ko' | 'en', Record<string, readonly string[]>> = {
  ko: {
    district: ['강남구', '서초구', '송파구'], dong: ['역삼1동'], indicator: ['고용률'], period: ['지난달'], topic: ['경제'],
    official: ['소방서장'], screen: ['안전'], layer: ['측정소'], itype: ['강도'], agency: ['경찰'], severity: ['위급'],
    category: ['소음'], lang: ['영어'], wall: ['상황실'], count: ['네 대'], level: ['두 단계'],
  },
  en: {
    district: ['gangnam', 'seocho', 'songpa'], dong: ['yeoksam 1 dong'], indicator: ['employment rate'], period: ['last month'],
    topic: ['economy'], official: ['fire commander'], screen: ['safety'], layer: ['stations'], itype: ['robbery'], agency: ['police'],
    severity: ['critical'], category: ['noise'], lang: ['english'], wall: ['situation room'], count: ['four'], level: ['two levels'],
  },
};

const fill = (pattern: string, lang: 'ko' | 'en'): string => {
  const used = new Map<string, number>();
  return pattern.replace(/\{([a-z]+)\}/g, (_, kind: string) => {
    const n = used.get(kind) ?? 0;
    used.set(kind, n + 1);
    const values = SAMPLES[lang][kind] ?? [];
    return values[n % values.length] ?? '';
  });
};

const everyPattern = (): Array<{ type: CommandType; lang: 'ko' | 'en'; text: string }> =>
  COMMAND_SPECS.flatMap((s) => [
    ...PATTERNS[s.type].ko.map((text) => ({ type: s.type, lang: 'ko' as const, text })),
    ...PATTERNS[s.type].en.map((text) => ({ type: s.type, lang: 'en' as const, text })),
  ]);

test('the registry names every command of the contract once', (t) => {
  t.deepEqual([...COMMAND_SPECS.map((s) => s.type)].sort(), [...COMMAND_TYPES].sort());
  t.true(COMMAND_TYPES.length >= 30);
  t.throws(() => specOf('no-such-command' as CommandType), { message: /no command spec/ });
});

test('at least 200 distinct patterns; every command has 3 Korean and 2 English at least', (t) => {
  const all = everyPattern().map((p) => p.text);
  const distinct = new Set(all).size;
  t.log(`${distinct} distinct patterns (${all.length} in all)`);
  t.true(distinct >= 200);
  for (const s of COMMAND_SPECS) {
    t.true(PATTERNS[s.type].ko.length >= 3, `${s.type}: Korean patterns`);
    t.true(PATTERNS[s.type].en.length >= 2, `${s.type}: English patterns`);
  }
});

test('every word of every pattern is known, and every pattern says something', (t) => {
  for (const p of everyPattern()) {
    const shape = shapeOf(p.text);
    t.deepEqual(shape.unknown, [], `${p.type}: "${p.text}"`);
    t.true(shape.elements.length > 0, `${p.type}: "${p.text}" is empty`);
  }
});

test('every pattern, its placeholders filled, parses back to its own command (or asks which one of it)', (t) => {
  const wrong: string[] = [];
  for (const p of everyPattern()) {
    const text = fill(p.text, p.lang);
    const r = parseUtterance(text, { now: NOW, lang: p.lang, selection: { district: '11110' } });
    const asked = 'clarify' in r ? [...new Set(r.clarify.options.map((o) => o.type))] : [];
    const got = 'command' in r ? r.command.type : asked.length === 1 ? asked[0] : 'clarify' in r ? `clarify(${asked.join(',')})` : `none(${r.none})`;
    if (got !== p.type) wrong.push(`${p.type}: "${text}" → ${got}`);
  }
  t.deepEqual(wrong, []);
});

test('permissions use the roles of contracts/access; the public may look but not call, view cameras or read complaints', (t) => {
  for (const roles of Object.values(PERMISSIONS)) for (const r of roles) t.true(RoleSchema.safeParse(r).success, r);
  t.deepEqual([...PERMISSIONS.everyone], [...WALL_ROLES]);
  t.true(mayIssue('public', 'show-screen'));
  t.true(mayIssue('mayor', 'call-official'));
  t.true(mayIssue('situation-room', 'call-official'));
  for (const type of ['call-official', 'hang-up', 'open-cameras', 'show-complaints', 'send-to-wall'] as const) t.false(mayIssue('public', type), type);
  t.false(mayIssue('auditor', 'call-official'));
  t.false(mayIssue('auditor', 'open-cameras'));
  t.true(rolesFor('open-cameras').includes('district-head'));
});

test('each command has its parameter schema and a description in both languages', (t) => {
  for (const s of COMMAND_SPECS) {
    t.true(s.description.ko.length > 0 && s.description.en.length > 0);
    t.false('type' in paramsSchemaOf(s.type).shape);
  }
  t.true(paramsSchemaOf('compare-districts').safeParse({ districts: ['11680', '11650'] }).success);
  t.false(paramsSchemaOf('compare-districts').safeParse({ districts: ['11680'] }).success);
  t.false(CommandSchema.safeParse({ type: 'zoom-map', direction: 'sideways' }).success);
});

test('the registry document is plain JSON with a JSON Schema per command', (t) => {
  const doc = registryDocument();
  const again = JSON.parse(JSON.stringify(doc)) as typeof doc;
  t.deepEqual(again, doc);
  t.is(doc.commands.length, COMMAND_SPECS.length);
  const call = doc.commands.find((c) => c.type === 'call-official');
  t.deepEqual((call?.params['required'] as string[] | undefined) ?? [], ['role']);
  t.deepEqual(call?.roles, PERMISSIONS.responder);
  t.deepEqual(doc.sources, ['voice', 'touch', 'tablet', 'keyboard']);
});
