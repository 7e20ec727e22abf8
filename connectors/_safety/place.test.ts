import test from 'ava';
import { readFileSync } from 'node:fs';
import { inSeoul } from './place.ts';

test('every vertex of the 25 gu boundaries is inside the box; Incheon, Suwon and nonsense are not', (t) => {
  const gu = JSON.parse(readFileSync(new URL('../../db/reference/districts.json', import.meta.url), 'utf8')) as { geometry: { coordinates: unknown } }[];
  const points: [number, number][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') points.push(c as [number, number]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  gu.forEach((g) => walk(g.geometry.coordinates));
  t.true(points.length > 1000);
  t.true(points.every(([lon, lat]) => inSeoul(lon, lat)));
  t.false(inSeoul(126.705, 37.456), 'Incheon city hall');
  t.false(inSeoul(127.028, 37.263), 'Suwon');
  t.false(inSeoul(Number.NaN, 37.5));
  t.false(inSeoul(37.5, 127.0), 'swapped');
});
