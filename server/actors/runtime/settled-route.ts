/**
 * @module actors/runtime/settled-route
 * Hands validated events to a parent actor and waits until each is settled — stored, or refused —
 * so that the bus consumer acks a delivery only once everything in it is persisted (else it naks
 * and the delivery comes again). Invalid events are counted and reported, never routed; an event
 * not settled within `settleTimeoutMs` counts as not persisted.
 */
import type { ActorSystem } from './system.ts';

export type Parsed<E> = { ok: true; event: E } | { ok: false; reason: string };

/** The message a parent receives: route this event and call `settle` once it is stored (or not). */
export interface RouteMsg<E> {
  type: 'route';
  event: E;
  settle: (persisted: boolean) => void;
}

export interface ObserveResult {
  routed: number;
  invalid: number;
  /** Every routed event was stored: the delivery may be acknowledged. */
  persisted: boolean;
}

export interface SettledRouteOptions<E> {
  system: ActorSystem;
  parentId: string;
  parse: (raw: unknown) => Parsed<E>;
  onInvalid: (reason: string) => void;
  settleTimeoutMs?: number;
}

export function settledRoute<E>(o: SettledRouteOptions<E>): (envelopes: readonly unknown[]) => Promise<ObserveResult> {
  const settleTimeoutMs = o.settleTimeoutMs ?? 10_000;
  const route = (envelope: unknown): Promise<boolean> | null => {
    const parsed = o.parse(envelope);
    if (!parsed.ok) {
      o.onInvalid(parsed.reason);
      return null;
    }
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), settleTimeoutMs);
      timer.unref();
      const settle = (persisted: boolean): void => {
        clearTimeout(timer);
        resolve(persisted);
      };
      if (!o.system.tell(o.parentId, { type: 'route', event: parsed.event, settle } satisfies RouteMsg<E>)) settle(false);
    });
  };
  return async (envelopes) => {
    const pending = envelopes.map(route);
    const routed = pending.filter((p): p is Promise<boolean> => p !== null);
    const results = await Promise.all(routed);
    return { routed: routed.length, invalid: pending.length - routed.length, persisted: results.every(Boolean) };
  };
}
