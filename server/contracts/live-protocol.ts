/**
 * @module contracts/live-protocol
 * Messages on the `/live` WebSocket between the server and the wall (or any client).
 */
import { z } from 'zod';
import { ChannelSchema } from './channels.ts';
import { DeliveredSignalSchema, signalIssues, signalShape } from './call.ts';

export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), channels: z.array(ChannelSchema).min(1).max(500) }),
  z.object({ type: z.literal('unsubscribe'), channels: z.array(ChannelSchema).min(1).max(500) }),
  z.object({ type: z.literal('ping'), t: z.number().optional() }),
  /** WebRTC signalling of a call this person is a party of (contracts/call.ts). */
  z.object({ type: z.literal('signal'), ...signalShape }).superRefine((s, ctx) => {
    for (const i of signalIssues(s)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export const ServerMessageSchema = z.discriminatedUnion('type', [
  /** First message per subscribed channel: the last known value, or null when none exists yet. */
  z.object({ type: z.literal('snapshot'), channel: ChannelSchema, data: z.unknown(), at: z.string().nullable() }),
  z.object({ type: z.literal('update'), channel: ChannelSchema, data: z.unknown(), at: z.string() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
  z.object({ type: z.literal('pong'), t: z.number().optional() }),
  /** A call's signal from the other party. */
  z.object({ type: z.literal('signal'), ...DeliveredSignalSchema.shape }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;
