/**
 * @module connectors/er-beds/params
 * Run parameters: the page size (every run reads the whole current list).
 */
import { z } from 'zod';

export const ErBedsParamsSchema = z.object({ numOfRows: z.number().int().min(1).max(1000).default(100) }).strict();
export type ErBedsParams = z.infer<typeof ErBedsParamsSchema>;
