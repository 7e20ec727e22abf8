/**
 * @module connectors/open311/connector
 * An Open311 GeoReport v2 connector for one endpoint: `createOpen311Connector(options)` binds the id, the
 * environment names and the time zone of zoneless datetimes; `open311` is the default one (`OPEN311_*`).
 */
import { defineConnector, type Connector } from '../_kit/define-connector.ts';
import { fetchOpen311 } from './fetch.ts';
import { envNamesOf, open311ManifestOf, type Open311Options } from './manifest.ts';
import { normalizeOpen311 } from './normalize.ts';
import { Open311ParamsSchema, type Open311Params } from './params.ts';
import { parseOpen311Page, type Open311Record } from './parse.ts';
import { assertTimeZone } from './time.ts';

export interface Open311Connector extends Connector<Open311Record, Open311Params> {
  /** The zone zoneless datetimes are read in. */
  readonly timeZone: string;
}

const summarize = (records: readonly Open311Record[]): Record<string, unknown> => {
  const requests = records.flatMap((r) => (r.kind === 'request' ? [r.request] : []));
  return {
    services: records.length - requests.length,
    requests: requests.length,
    closed: requests.filter((r) => r.status === 'closed').length,
  };
};

export const createOpen311Connector = (options: Open311Options = {}): Open311Connector => {
  const { timeZone, ...manifest } = open311ManifestOf(options);
  assertTimeZone(timeZone);
  const env = envNamesOf(options.envPrefix);
  const synthetic = manifest.synthetic ?? false;
  const connector = defineConnector<Open311Record, Open311Params>({
    manifest,
    params: Open311ParamsSchema,
    fetch: (ctx) => fetchOpen311(ctx, env),
    parse: (page) => parseOpen311Page(page, timeZone),
    normalize: (record, ctx) => normalizeOpen311(record, ctx, { synthetic }),
    summarize,
  });
  return Object.freeze({ ...connector, timeZone });
};

export const open311 = createOpen311Connector();
