/**
 * @module http/deps
 * What the HTTP layer needs from the rest of the server: plain data ports, wired in main.ts.
 */
import type { Logger } from 'pino';
import type { ConnectorRun, Station } from '../contracts/index.ts';
import type { LiveHub } from '../live/hub.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { SessionStore } from '../auth/sessions.ts';
import type { LoginThrottle } from '../auth/throttle.ts';
import type { UserStore } from '../auth/users.ts';
import type { KeyStore } from '../keys/port.ts';
import type { RateLimiter } from '../keys/rate-limit.ts';
import type { LayoutPort } from '../layouts/port.ts';
import type { IncidentPort } from './routes/incidents.ts';
import type { CameraPort, PlaySettings } from '../cameras/port.ts';
import type { Complaint } from '../contracts/complaint.ts';
import type { Open311Port } from '../open311/port.ts';
import type { ComplaintPort } from './routes/complaints.ts';
import type { TrendsPort } from './routes/trends.ts';
import type { BudgetPort } from './routes/budget.ts';
import type { IndicatorPort } from './routes/indicators.ts';
import type { Catalogue, Plan } from '../contracts/indicator.ts';
import type { PairingStore } from '../walls/pairings.ts';
import type { CallService } from '../calls/service.ts';

export interface Localized {
  ko: string;
  en: string;
}

export interface SourceInfo {
  id: string;
  title: Localized;
  department: Localized;
  protocol: string;
  cadence: string;
  staleAfterSeconds: number;
  synthetic: boolean;
  attribution: string;
  /** Payloads from this source that were rejected and kept in quarantine. */
  quarantined: number;
}

export interface DistrictInfo {
  code: string;
  nameKo: string;
  nameEn: string;
  centroid: [number, number];
  geometry: unknown;
}

export type StationInfo = Station;

export interface HistoryQuery {
  district: string;
  from: Date;
  to: Date;
  bucketSeconds: number;
  station?: string;
}

export interface HistoryRow {
  bucket: Date;
  metric: string;
  avg: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

export interface Modes {
  database: 'postgresql' | 'pglite';
  storage: 'timescaledb' | 'postgres';
  bus: 'nats' | 'memory';
  scheduler: 'bullmq' | 'in-process' | 'none';
  /** Components running on embedded stand-ins instead of the real services. */
  embedded: string[];
  roles: string[];
}

/** People, sessions, API keys and the audit log: who is asking, and the record of what they did. */
export interface AccessDeps {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  keys: KeyStore;
  rateLimiter: RateLimiter;
  audit: AuditLog;
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted (0: use the socket address). */
  trustedProxies: number;
}

export interface ApiDeps {
  log: Logger;
  access: AccessDeps;
  /** Where the built wall is (dist/wall); without it `/wall` answers 503. */
  wallDir?: string;
  version: string;
  now(): number;
  hub: LiveHub;
  modes: Modes;
  /** Live reachability of the backing services. */
  checks(): Promise<Record<string, boolean>>;
  sources(): Promise<SourceInfo[]>;
  /** The newest runs of one source's connector, newest first. */
  runs(source: string, limit: number): Promise<ConnectorRun[]>;
  districts(): Promise<DistrictInfo[]>;
  stations(district?: string): Promise<StationInfo[]>;
  airHistory(q: HistoryQuery): Promise<{ rows: HistoryRow[]; servedFrom: 'rollup' | 'raw' }>;
  /** Wall layouts stored per role or user. */
  layouts: LayoutPort;
  /** Stored emergency incidents (119, 112). */
  incidents: IncidentPort;
  /** The camera registry and the nearest-camera query. */
  cameras: CameraPort;
  /** How signed play addresses for the media server are made. */
  play: PlaySettings;
  /** Stored civil complaints and their categories. */
  complaints: ComplaintPort;
  /** Administration indicators: vintaged values, the catalogue and the four-year plan. */
  indicators: IndicatorPort;
  indicatorCatalogue: Catalogue;
  plan: Plan;
  /** Budget execution by department and programme. */
  budget: BudgetPort;
  /** Tablets paired with walls by short codes. */
  pairings: PairingStore;
  /** Media trends: a day's board and the items behind a term. */
  trends: TrendsPort;
  /** Complaints as the Open311 GeoReport v2 server serves them (/open311/v2). */
  open311: { port: Open311Port; publicView(c: Complaint): Complaint; jurisdictionId?: string };
  /** Video and voice calls: placing, reading, hanging up, and the signals of each live session. */
  calls: CallService;
  /**
   * Sends a live value to every API replica's hub (through the bus); without it, to this process's hub.
   * A replica's own hub receives the value back from the bus.
   */
  publishLive?(channel: string, data: unknown, at: string): void;
}
