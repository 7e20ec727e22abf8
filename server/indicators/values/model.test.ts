import test from 'ava';
import { covidAt, levelAt, pathAt, seasonalAt, SyntheticModelSchema, timeOf } from './model.ts';

test('periods sit at their middles in decimal years', (t) => {
  t.is(timeOf('2025'), 2025.5);
  t.is(timeOf('2025-Q1'), 2025.125);
  t.is(timeOf('2025-01'), 2025 + 0.5 / 12);
});

test('the path is linear between knots and flat outside', (t) => {
  const path = [[2016, 10], [2020, 30], [2026, 0]] as const;
  t.is(pathAt(path, 2000), 10);
  t.is(pathAt(path, 2018), 20);
  t.is(pathAt(path, 2023), 15);
  t.is(pathAt(path, 2030), 0);
});

test('the COVID-19 shock rises to April 2020 and is gone by mid-2022', (t) => {
  t.is(covidAt(2019.9), 0);
  t.true(Math.abs(covidAt(2020 + 3.5 / 12) - 1) < 1e-9);
  t.true(covidAt(2021.5) > 0 && covidAt(2021.5) < 1);
  t.is(covidAt(2022.5), 0);
});

test('seasons swing months and quarters, not years', (t) => {
  const m = { seasonal: { amplitude: 0.2, peak: 7 } };
  t.true(Math.abs(seasonalAt(m, '2024-07') - 1.2) < 1e-9);
  t.true(Math.abs(seasonalAt(m, '2024-01') - 0.8) < 1e-9);
  t.true(Math.abs(seasonalAt(m, '2024-Q3') - (1 + 0.2 * Math.cos((2 * Math.PI * (8 - 7)) / 12))) < 1e-9);
  t.is(seasonalAt(m, '2024'), 1);
  t.is(seasonalAt({}, '2024-07'), 1);
  const year = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].reduce((s, mm) => s + seasonalAt(m, `2024-${mm}`), 0) / 12;
  t.true(Math.abs(year - 1) < 1e-9);
});

test('the level combines path, shock and season', (t) => {
  const model = SyntheticModelSchema.parse({ indicator: 'x', path: [[2016, 100], [2026, 100]], covid: -0.5, seasonal: { amplitude: 0.1, peak: 4 }, noise: 0, spread: 0, drift: 0 });
  t.true(Math.abs(levelAt(model, '2020-04') - 100 * 0.5 * 1.1) < 1e-9);
  t.is(levelAt(model, '2024'), 100);
});

test('the schema wants knots in order and fills the defaults', (t) => {
  t.false(SyntheticModelSchema.safeParse({ indicator: 'x', path: [[2020, 1], [2016, 2]], noise: 0, spread: 0, drift: 0 }).success);
  const m = SyntheticModelSchema.parse({ indicator: 'x', path: [[2016, 1], [2020, 2]], noise: 0, spread: 0, drift: 0 });
  t.like(m, { covid: 0, female: 1, population: 'all' });
});
