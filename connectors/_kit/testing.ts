/**
 * @module connectors/kit/testing
 * Helpers for connector tests: fixtures, a silent logger, a fixed clock and a run into a recording publisher.
 */
import { readFileSync } from 'node:fs';
import { pino, type Logger } from 'pino';
import type { ConnectorRun } from '../../server/contracts/index.ts';
import type { AnyConnector } from './define-connector.ts';
import { RecordingPublisher } from './publisher.ts';
import { runConnector } from './runner.ts';

export { RecordingPublisher } from './publisher.ts';

/** Reads a fixture file next to the test: `loadFixture(import.meta.url, 'fixtures/page.json')`. */
export const loadFixture = (base: string | URL, relative: string): string => readFileSync(new URL(relative, base), 'utf8');

/** Parses a JSON fixture. */
export const loadJsonFixture = <T = unknown>(base: string | URL, relative: string): T => JSON.parse(loadFixture(base, relative)) as T;

export const silentLogger = (): Logger => pino({ level: 'silent' });

/** A clock that starts at `startMs` and moves only when told. */
export const fixedClock = (startMs: number): { now: () => number; advance: (ms: number) => void; set: (ms: number) => void } => {
  let t = startMs;
  return { now: () => t, advance: (ms) => void (t += ms), set: (ms) => void (t = ms) };
};

export interface TestRunOptions {
  fetch?: typeof fetch;
  config?: Record<string, string>;
  params?: unknown;
  now?: () => number;
  publisher?: RecordingPublisher;
  runId?: string;
  maxBatch?: number;
}

export interface TestRunResult {
  publisher: RecordingPublisher;
  run: ConnectorRun | null;
  error: unknown;
}

/** Runs a connector into a recording publisher; never throws (the error, if any, is returned). */
export const runIntoRecorder = async (connector: AnyConnector, o: TestRunOptions = {}): Promise<TestRunResult> => {
  const publisher = o.publisher ?? new RecordingPublisher();
  try {
    const run = await runConnector(connector, {
      publisher,
      log: silentLogger(),
      now: o.now ?? Date.now,
      fetch: o.fetch ?? globalThis.fetch,
      config: o.config ?? {},
      runId: o.runId ?? 'test-run',
      params: o.params,
      ...(o.maxBatch === undefined ? {} : { maxBatch: o.maxBatch }),
    });
    return { publisher, run, error: null };
  } catch (error) {
    return { publisher, run: publisher.runs.at(-1) ?? null, error };
  }
};
