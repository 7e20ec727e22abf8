/**
 * @module contracts/call
 * Video and voice calls between the wall and officials' browsers or tablets (WebRTC). A call is
 * placed over REST (`POST /api/v1/calls`) to one or more callees — the first to answer gets it — and
 * signalled over the `/live` WebSocket: offer, answer and ICE candidates go to the other party,
 * hang-up and decline end it. The call's state is published on `calls/call/<id>`; each person's
 * ringing and active calls on `calls/user/<login>`.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LoginSchema, RoleSchema } from './access.ts';
import { OfficialRoleSchema } from './command.ts';
import { IncidentIdSchema, ResponderSchema } from './incident.ts';

/** How long a call rings before it is missed. */
export const CALL_RING_MS = 45_000;

/** Unguessable: `c-` and 26 lowercase base-32 characters (128 bits). */
export const CallIdSchema = z.string().regex(/^c-[a-z2-7]{26}$/, 'a call id such as c-abcdefghijklmnopqrstuvwxyz');

export const CALL_STATES = ['ringing', 'connected', 'ended', 'declined', 'missed'] as const;
export const CallStateSchema = z.enum(CALL_STATES);
export type CallState = z.infer<typeof CallStateSchema>;

/** States a call never leaves. */
export const FINAL_CALL_STATES: readonly CallState[] = ['ended', 'declined', 'missed'];

/** Why a call ended: a party hung up, the caller gave up while it rang, every callee declined, nobody answered in time, or a party's connection went. */
export const CALL_END_REASONS = ['hung-up', 'cancelled', 'declined', 'missed', 'disconnected'] as const;
export const CallEndReasonSchema = z.enum(CALL_END_REASONS);
export type CallEndReason = z.infer<typeof CallEndReasonSchema>;

export const CallPartySchema = z.object({
  login: LoginSchema,
  role: RoleSchema,
  /** The person's display name. */
  name: z.string().min(1).max(120),
});
export type CallParty = z.infer<typeof CallPartySchema>;

export const CallSchema = z.object({
  id: CallIdSchema,
  from: CallPartySchema,
  /** Everyone it rings for; the first to answer gets the call. */
  to: z.array(CallPartySchema).min(1).max(20),
  /** The incident the call is about, or null. */
  incident: IncidentIdSchema.nullable(),
  /** The unit responsible for that incident, when the call was placed to it. */
  station: ResponderSchema.nullable(),
  /** What the caller said the call is about, or null. */
  reason: z.string().min(1).max(200).nullable(),
  state: CallStateSchema,
  /** The callee who answered, once one has. */
  answeredBy: LoginSchema.nullable(),
  /** Callees who declined while it rang. */
  declinedBy: z.array(LoginSchema),
  times: z.object({
    placed: z.iso.datetime(),
    /** When it stops ringing unanswered. */
    ringsUntil: z.iso.datetime(),
    answered: z.iso.datetime().nullable(),
    ended: z.iso.datetime().nullable(),
  }),
  /** Who ended it (null: the platform) and why, once it has ended. */
  endedBy: z.object({ login: LoginSchema.nullable(), reason: CallEndReasonSchema }).nullable(),
  /** Counts the changes: every change of state stores the next version. */
  version: z.number().int().nonnegative(),
});
export type Call = z.infer<typeof CallSchema>;

/** `calls/user/<login>`: that person's ringing and active calls, and those that ended in the last minutes. */
export const CallInboxSchema = z.object({ login: LoginSchema, calls: z.array(CallSchema) });
export type CallInbox = z.infer<typeof CallInboxSchema>;

/** Whom to call: a person, an official role (in a gu, of a department), or the unit responsible for an incident. */
export const CallTargetSchema = z.union([
  z.object({ login: LoginSchema }).strict(),
  z
    .object({
      role: OfficialRoleSchema,
      district: DistrictCodeSchema.optional(),
      /** For `department-head`: the department, e.g. `air-policy`. */
      department: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a department id of lowercase letters, digits and dashes').optional(),
    })
    .strict(),
  z.object({ incident: IncidentIdSchema }).strict(),
]);
export type CallTarget = z.infer<typeof CallTargetSchema>;

/** `POST /api/v1/calls`. */
export const PlaceCallSchema = z
  .object({
    to: CallTargetSchema,
    /** The incident the call is about (implied by an incident target). */
    incident: IncidentIdSchema.optional(),
    reason: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type PlaceCall = z.infer<typeof PlaceCallSchema>;

export const SIGNAL_KINDS = ['offer', 'answer', 'candidate', 'hang-up', 'decline'] as const;
export const SignalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof SignalKindSchema>;

/** An ICE candidate as RTCIceCandidate.toJSON() gives it. */
export const IceCandidateSchema = z.object({
  candidate: z.string().max(1000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});
export type IceCandidate = z.infer<typeof IceCandidateSchema>;

/** A session description of at most 64 KiB. */
export const SdpSchema = z.string().min(1).max(65_536);

/** What a signal carries, by kind: a description with offer and answer, a candidate with candidate. */
export const signalShape = {
  call: CallIdSchema,
  kind: SignalKindSchema,
  sdp: SdpSchema.optional(),
  candidate: IceCandidateSchema.optional(),
};

type SignalFields = { kind: SignalKind; sdp?: string | undefined; candidate?: IceCandidate | undefined };

/** The fields a kind needs and refuses; empty when the signal is well formed. */
export function signalIssues(s: SignalFields): Array<{ path: string[]; message: string }> {
  const describes = s.kind === 'offer' || s.kind === 'answer';
  const issues: Array<{ path: string[]; message: string }> = [];
  if (describes !== (s.sdp !== undefined)) issues.push({ path: ['sdp'], message: describes ? `an ${s.kind} needs sdp` : `a ${s.kind} carries no sdp` });
  if ((s.kind === 'candidate') !== (s.candidate !== undefined)) {
    issues.push({ path: ['candidate'], message: s.kind === 'candidate' ? 'a candidate signal needs candidate' : `a ${s.kind} carries no candidate` });
  }
  return issues;
}

export const SignalSchema = z.object(signalShape).superRefine((s, ctx) => {
  for (const i of signalIssues(s)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
});
export type Signal = z.infer<typeof SignalSchema>;

/** A signal as delivered to the other party: who sent it. */
export const DeliveredSignalSchema = z.object({ ...signalShape, from: LoginSchema });
export type DeliveredSignal = z.infer<typeof DeliveredSignalSchema>;
