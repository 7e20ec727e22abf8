/**
 * @module connectors/registry
 * Every connector of the platform. The server reads connectors from here and nowhere else.
 */
import type { AnyConnector } from './_kit/define-connector.ts';
import { erBeds } from './er-beds/index.ts';
import { fire119 } from './fire-119/index.ts';
import { police112 } from './police-112/index.ts';
import { seoulAir } from './seoul-air/index.ts';

export const connectors: readonly AnyConnector[] = Object.freeze([seoulAir, fire119, police112, erBeds]);
