/**
 * @module connectors/registry
 * Every connector of the platform. The server reads connectors from here and nowhere else.
 */
import type { AnyConnector } from './_kit/define-connector.ts';
import { seoulAir } from './seoul-air/index.ts';

export const connectors: readonly AnyConnector[] = Object.freeze([seoulAir]);
