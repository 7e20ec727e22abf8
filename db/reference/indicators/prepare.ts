/**
 * @module db/reference/indicators/prepare
 * Builds `real-observations.json` from the shared data files: every real indicator of the catalogue,
 * computed by the source builders in server/indicators/values/.
 * Run once: `npx tsx db/reference/indicators/prepare.ts [dataDir]` (default /work/shared/data); the
 * output is committed.
 */
import { writeFileSync } from 'node:fs';
import { indicatorIndex, loadCatalogue } from '../../../server/indicators/catalogue.ts';
import { formatRealObservations, readSourceTexts, realRows, REAL_OBSERVATIONS_FILE, toRealObservations } from '../../../server/indicators/values/real.ts';

const main = async (): Promise<void> => {
  const dataDir = process.argv[2] ?? '/work/shared/data';
  const catalogue = await loadCatalogue();
  const observations = toRealObservations(realRows(await readSourceTexts(dataDir)), indicatorIndex(catalogue));
  writeFileSync(REAL_OBSERVATIONS_FILE, formatRealObservations(observations));
  const indicators = new Set(observations.map((o) => o.indicator));
  const missing = catalogue.indicators.filter((i) => i.provenance.kind === 'real' && !indicators.has(i.id)).map((i) => i.id);
  process.stdout.write(`real observations: ${observations.length} of ${indicators.size} indicators${missing.length > 0 ? `; without values: ${missing.join(', ')}` : ''}\n`);
};

await main();
