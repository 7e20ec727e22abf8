import test from 'ava';
import { policeSeverity } from './severity.ts';

test('category sets the level, the response code moves it by one', (t) => {
  t.is(policeSeverity('homicide', 1), 'critical');
  t.is(policeSeverity('homicide', 0), 'critical');
  t.is(policeSeverity('homicide', 2), 'major');
  t.is(policeSeverity('robbery', 1), 'major');
  t.is(policeSeverity('sexual-violence', 0), 'critical');
  t.is(policeSeverity('violence', 1), 'moderate');
  t.is(policeSeverity('violence', 0), 'major');
  t.is(policeSeverity('violence', 2), 'minor');
  t.is(policeSeverity('theft', 2), 'minor');
  t.is(policeSeverity('theft', 4), 'minor');
  t.is(policeSeverity('theft', 0), 'moderate');
});
