/**
 * @module connectors/news-feed/places/prepare
 * Writes `names.json` (gu and dong names for district detection) from the boundary files of shared data.
 * Run once: `npx tsx connectors/news-feed/places/prepare.ts [boundariesDir]`; the output is committed.
 */
import { writeFileSync } from 'node:fs';
import { buildPlaceNames, formatPlaceNames } from './build.ts';
import { readBoundaryInputs, SHARED_BOUNDARIES } from './read.ts';

const main = (): void => {
  const dir = process.argv[2] ?? SHARED_BOUNDARIES;
  const names = buildPlaceNames(readBoundaryInputs(dir));
  writeFileSync(new URL('./names.json', import.meta.url), formatPlaceNames(names));
  const en = names.dongs.filter((d) => d.en !== null).length;
  process.stdout.write(`gu ${names.gu.length}, dong names ${names.dongs.length} (${en} with English)\n`);
};

main();
