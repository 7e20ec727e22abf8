import test from 'ava';
import { CommandSchema, IssueCommandsRequestSchema, type Command } from '../../../server/contracts/index.ts';
import { compareCommand, EMPTY_VIEW, togglePick, viewAfter, viewCommands, viewDistrict, type TabletView } from './view.ts';

const after = (...cs: Command[]): TabletView => cs.reduce(viewAfter, EMPTY_VIEW);

test('an empty view sends nothing', (t) => {
  t.deepEqual(viewCommands(EMPTY_VIEW), []);
});

test('the view keeps the latest of each part and replays language, screen, place, then what is open', (t) => {
  const v = after(
    { type: 'select-district', district: '11110' },
    { type: 'show-screen', screen: 'city' },
    { type: 'change-language', lang: 'en' },
    { type: 'select-district', district: '11680' },
    { type: 'open-indicator', indicator: 'pm25', district: '11680', period: 'this-month' },
    { type: 'zoom-map', direction: 'in' },
  );
  t.deepEqual(viewCommands(v), [
    { type: 'change-language', lang: 'en' },
    { type: 'show-screen', screen: 'city' },
    { type: 'select-district', district: '11680' },
    { type: 'open-indicator', indicator: 'pm25', district: '11680', period: 'this-month' },
  ]);
  t.is(viewDistrict(v), '11680');
});

test('a new screen drops what was open on the previous one; the same screen keeps it', (t) => {
  const opened = after({ type: 'show-screen', screen: 'administration' }, { type: 'show-pledges' });
  t.deepEqual(viewAfter(opened, { type: 'show-screen', screen: 'administration' }), opened);
  t.deepEqual(viewCommands(viewAfter(opened, { type: 'show-screen', screen: 'safety' })), [{ type: 'show-screen', screen: 'safety' }]);
});

test('comparing replaces the district, clearing drops both, a dong selects its gu', (t) => {
  const cmp = after({ type: 'select-district', district: '11680' }, { type: 'compare-districts', districts: ['11680', '11650'] });
  t.deepEqual(viewCommands(cmp), [{ type: 'compare-districts', districts: ['11680', '11650'] }]);
  t.is(viewDistrict(cmp), null);
  t.deepEqual(viewCommands(viewAfter(cmp, { type: 'clear-selection' })), []);
  t.deepEqual(viewCommands(after({ type: 'select-dong', dong: '1168010100', district: '11680' })), [{ type: 'select-district', district: '11680' }]);
});

test('actions of the moment and order-dependent moves leave the view as it was', (t) => {
  const v = after({ type: 'show-screen', screen: 'city' });
  for (const c of [{ type: 'next-screen' }, { type: 'go-back' }, { type: 'call-official', role: 'fire-commander' }, { type: 'show-layer', layer: 'incidents' }, { type: 'reset-view' }] as Command[]) {
    t.is(viewAfter(v, c), v, c.type);
  }
});

test('whatever was sent, the view replays as a valid request of at most 8 commands', (t) => {
  const v = after(
    { type: 'change-language', lang: 'ko' },
    { type: 'show-screen', screen: 'opinion' },
    { type: 'compare-districts', districts: ['11110', '11140', '11170', '11200'] },
    { type: 'show-complaints', district: '11110' },
  );
  const commands = viewCommands(v);
  t.is(commands.length, 4);
  for (const c of commands) t.true(CommandSchema.safeParse(c).success, c.type);
  t.true(IssueCommandsRequestSchema.safeParse({ commands, source: 'tablet' }).success);
});

test('compare picks: two to four distinct gu, a second tap takes one away', (t) => {
  let picked: string[] = [];
  for (const c of ['11110', '11140', '11170', '11200', '11215']) picked = togglePick(picked, c);
  t.deepEqual(picked, ['11110', '11140', '11170', '11200'], 'a fifth is not taken');
  picked = togglePick(picked, '11140');
  t.deepEqual(picked, ['11110', '11170', '11200']);
  t.deepEqual(compareCommand(picked), { type: 'compare-districts', districts: ['11110', '11170', '11200'] });
  t.is(compareCommand(['11110']), null);
  t.is(compareCommand([]), null);
});
