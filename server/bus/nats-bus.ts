/**
 * @module bus/nats-bus
 * The bus over NATS: JetStream for events, runs and quarantine (durable, deduplicated by msgID);
 * core NATS for live channel fan-out to API replicas; the CALLS stream as a compare-and-set record
 * per call (the expected last sequence of the call's subject) and core NATS for call signals.
 */
import { connect } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/nats-core';
import type { Logger } from 'pino';
import { z } from 'zod';
import { STREAMS, subjects } from '../contracts/index.ts';
import type { Bus, Consumption, ConsumerSpec, Delivery, LiveMessage, RecordStore, SignalMessage } from './bus.ts';
import { createBatcher } from './batcher.ts';
import { decodeJson, encodeJson } from './codec.ts';
import { createFlowControl, type FlowControl } from './flow-control.ts';
import { createNamespace, type Namespace } from './namespace.ts';
import { deleteStreams, ensureStreams } from './streams.ts';

const LiveMessageSchema = z.object({ channel: z.string(), data: z.unknown(), at: z.string() });
const SignalMessageSchema = z.object({ to: z.string(), data: z.unknown() });

export interface NatsBusOptions {
  /** Comma-separated server URLs of one cluster. */
  url: string;
  name?: string;
  /** Stream replicas: 1 standalone, 3 in a three-node cluster. */
  replicas?: number;
  /** Give up connecting after this long (the embedded fallback decides what then). */
  timeoutMs?: number;
  /** Share a NATS cluster with other deployments: prefixes subjects, suffixes stream names. */
  namespace?: string;
  /** Disk the CITY stream may use; see streams.ts. */
  maxBytes?: number;
  /** Delete the namespace's streams on close (benchmarks, tests). */
  ephemeral?: boolean;
  /** Event publishes wait while this durable consumer of CITY has more than `maxPending` messages waiting. */
  flowControl?: { consumer: string; maxPending: number };
}

export async function connectNatsBus(opts: NatsBusOptions, log: Logger): Promise<Bus> {
  const { url, name = 'scpm', replicas = 1, timeoutMs = 2000 } = opts;
  const ns = createNamespace(opts.namespace);
  const nc = await connect({ servers: url.split(',').map((s) => s.trim()), name, maxReconnectAttempts: -1, timeout: timeoutMs });
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm, { replicas, ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }) }, ns);
  const js = jetstream(nc);
  log.info({ url, server: nc.info?.server_name, namespace: ns.name }, 'connected to NATS JetStream');
  const flow = opts.flowControl
    ? createFlowControl({
        maxPending: opts.flowControl.maxPending,
        pending: async () => {
          const info = await jsm.consumers.info(ns.stream(STREAMS.city.name), opts.flowControl?.consumer ?? '');
          return info.num_pending + info.num_ack_pending;
        },
      })
    : null;
  return createNatsBus(nc, js, jsm, ns, log, { ephemeral: opts.ephemeral === true && ns.name !== null, flow });
}

function toDelivery<T>(m: JsMsg, data: T, ns: Namespace): Delivery<T> {
  return { data, subject: ns.local(m.subject), redelivered: m.redelivered, ack: () => m.ack(), nak: (ms) => m.nak(ms) };
}

async function ensureConsumer(jsm: JetStreamManager, stream: string, spec: { durable: string; filter: string; maxBatch: number; startAtNew?: boolean }, log: Logger): Promise<void> {
  const existing = await jsm.consumers.info(stream, spec.durable).catch(() => null);
  if (existing && existing.config.filter_subject === spec.filter) return;
  if (existing) {
    log.warn({ durable: spec.durable, from: existing.config.filter_subject, to: spec.filter }, 'consumer filter changed; recreating');
    await jsm.consumers.delete(stream, spec.durable);
  }
  await jsm.consumers.add(stream, {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    filter_subject: spec.filter,
    deliver_policy: spec.startAtNew ? DeliverPolicy.New : DeliverPolicy.All,
    ack_wait: nanos(30_000),
    max_ack_pending: Math.max(1000, spec.maxBatch * 20),
  });
}

/** One record per call: the last message of `calls.record.<id>` in the CALLS stream; a write names the sequence it replaces. */
function natsCallRecords(js: JetStreamClient, jsm: JetStreamManager, ns: Namespace): RecordStore {
  const stream = ns.stream(STREAMS.calls.name);
  return {
    async get(key) {
      const m = await jsm.streams.getMessage(stream, { last_by_subj: ns.subject(subjects.callRecord(key)) });
      return m ? { value: m.json<unknown>(), revision: m.seq } : null;
    },
    async put(key, value, expected) {
      try {
        const ack = await js.publish(ns.subject(subjects.callRecord(key)), encodeJson(value), { expect: { lastSubjectSequence: expected } });
        return ack.seq;
      } catch (err) {
        if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamWrongLastSequence) return null;
        throw err;
      }
    },
  };
}

interface BusBehaviour {
  ephemeral: boolean;
  flow: FlowControl | null;
}

function createNatsBus(nc: NatsConnection, js: JetStreamClient, jsm: JetStreamManager, ns: Namespace, log: Logger, behaviour: BusBehaviour): Bus {
  const { ephemeral, flow } = behaviour;
  const consume = async <T>(spec: ConsumerSpec<T>, handler: (items: Delivery<T>[]) => Promise<void>): Promise<Consumption> => {
    const clog = log.child({ consumer: spec.durable });
    const stream = ns.stream(spec.stream);
    await ensureConsumer(jsm, stream, { ...spec, filter: ns.subject(spec.filter) }, clog);
    const consumer = await js.consumers.get(stream, spec.durable);
    const messages = await consumer.consume({ max_messages: Math.max(8, spec.maxBatch * 2) });
    const batcher = createBatcher<T>({ maxBatch: spec.maxBatch, handler, log: clog, ...(spec.concurrency ? { concurrency: spec.concurrency } : {}) });
    const loop = (async () => {
      for await (const m of messages) {
        const decoded = decodeJson(m.data, spec.schema);
        if (decoded.ok) {
          await batcher.push(toDelivery(m, decoded.value, ns));
          continue;
        }
        await spec.onInvalid(m.data, ns.local(m.subject), decoded.reason).then(
          () => m.ack(),
          (err: unknown) => {
            clog.error({ err }, 'could not quarantine an invalid message; it will be redelivered');
            m.nak(5000);
          },
        );
      }
    })();
    const stop = async (): Promise<void> => {
      await messages.close();
      await loop;
      await batcher.idle();
    };
    return {
      stop,
      async remove() {
        await stop();
        await jsm.consumers.delete(stream, spec.durable);
      },
    };
  };

  return {
    kind: 'nats',
    async publishBatch(subject, batch) {
      if (flow) {
        await flow.room();
        batch = { ...batch, publishedAt: Date.now() }; // published now, not when the batch was made
      }
      await js.publish(ns.subject(subject), encodeJson(batch), { msgID: batch.batchId });
    },
    async publishRun(run) {
      await js.publish(ns.subject(subjects.sourceRun(run.source)), encodeJson(run), { msgID: `run:${run.runId}` });
    },
    async publishQuarantine(rec) {
      await js.publish(ns.subject(subjects.quarantine(rec.source)), encodeJson(rec));
    },
    consume,
    publishLive(msg: LiveMessage) {
      nc.publish(ns.subject(subjects.live(msg.channel)), encodeJson(msg));
    },
    subscribeLive(handler) {
      const sub = nc.subscribe(ns.subject(subjects.liveAll));
      void (async () => {
        for await (const m of sub) {
          const decoded = decodeJson(m.data, LiveMessageSchema);
          if (decoded.ok) handler(decoded.value);
          else log.warn({ subject: m.subject, reason: decoded.reason }, 'dropped an invalid live message');
        }
      })();
      return () => sub.unsubscribe();
    },
    callRecords: natsCallRecords(js, jsm, ns),
    publishSignal(msg: SignalMessage) {
      nc.publish(ns.subject(subjects.callSignal(msg.to)), encodeJson(msg));
    },
    subscribeSignals(to, handler) {
      const sub = nc.subscribe(ns.subject(subjects.callSignal(to)));
      void (async () => {
        for await (const m of sub) {
          const decoded = decodeJson(m.data, SignalMessageSchema);
          if (decoded.ok) handler(decoded.value);
          else log.warn({ subject: m.subject, reason: decoded.reason }, 'dropped an invalid call signal');
        }
      })();
      return () => sub.unsubscribe();
    },
    connected: () => !nc.isClosed() && !nc.isDraining(),
    async close() {
      if (ephemeral) await deleteStreams(jsm, ns).catch(() => undefined);
      await nc.drain();
    },
  };
}
