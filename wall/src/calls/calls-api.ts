/**
 * @module wall/calls/calls-api
 * The REST side of calls: placing one and hanging it up when the live connection is down. Answers
 * are checked with zod; a refusal becomes an ApiError carrying the server's reason.
 */
import { CallSchema, type Call, type PlaceCall } from '../../../server/contracts/index.ts';
import { getJson } from '../api/rest.ts';

export const placeCall = (base: string, body: PlaceCall): Promise<Call> => getJson(`${base}/api/v1/calls`, CallSchema, undefined, body);

export const hangUpCall = (base: string, id: string): Promise<Call> => getJson(`${base}/api/v1/calls/${encodeURIComponent(id)}/hang-up`, CallSchema, undefined, {});
