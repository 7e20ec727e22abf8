/**
 * @module scripts/simulator/safety-common/envelope
 * Pure: data.go.kr-style JSON responses of the simulated safety systems (see connectors/_safety/envelope.ts).
 */
import { RESULT_MESSAGES } from '../../../connectors/_safety/envelope.ts';

const json = (body: object, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** `{ response: { header: 00, body } }` with the items under `items.item`. */
export const okResponse = (items: readonly object[], body: Record<string, unknown>): Response =>
  json({ response: { header: { resultCode: '00', resultMsg: RESULT_MESSAGES['00'] }, body: { items: { item: items }, numOfRows: items.length, ...body } } }, 200);

/** A header-only error; invalid parameters come with HTTP 400, as gateways send them. */
export const errorResponse = (code: string, status = code === '10' || code === '11' ? 400 : 200): Response =>
  json({ response: { header: { resultCode: code, resultMsg: RESULT_MESSAGES[code] ?? code } } }, status);

export const notFound = (): Response => new Response('not found', { status: 404 });
