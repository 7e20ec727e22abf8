/**
 * @module wall/state/complaints
 * Reading the complaint channels: which feed this viewer gets, the feed of a gu, which complaints
 * are open or past their answer time, the KPIs of a scope, the departments furthest behind, the top
 * categories and the rising issues in the order the wall shows them. Pure.
 */
import {
  channels, OPEN_COMPLAINT_STATUSES, type ComplaintFeedItem, type ComplaintKpi, type ComplaintStatus, type RisingIssue,
} from '../../../server/contracts/index.ts';
import { slaDaysOf } from './complaint-categories.ts';
import type { WallState } from './wall-state.ts';

const DAY_MS = 86_400_000;

/** Status chips: new work blue, in hand teal, answered green, closed grey, reopened pink. */
export const COMPLAINT_STATUS_COLORS: Readonly<Record<ComplaintStatus, number>> = {
  received: 0x38bdf8,
  assigned: 0x60a5fa,
  'in-progress': 0x2dd4bf,
  answered: 0x22c55e,
  closed: 0x94a3b8,
  reopened: 0xf472b6,
};

/** Everyone but signed-in staff gets the feed with titles redacted of personal data. */
export const PUBLIC_COMPLAINTS_CHANNEL = channels.publicComplaintFeed();

/** Signed-in staff see titles as filed; everyone else the redacted feed. */
export const complaintFeedChannel = (state: Pick<WallState, 'signedIn'>): string => (state.signedIn ? channels.complaintFeed() : PUBLIC_COMPLAINTS_CHANNEL);

/** Every channel of the complaint service a panel may read. */
export const complaintChannels = (state: Pick<WallState, 'signedIn'>): string[] => [complaintFeedChannel(state), channels.complaintKpis(), channels.complaintRising()];

/** `dasan-120:2026-000123` → `dasan-120`. */
export const complaintSource = (id: string): string => id.slice(0, Math.max(0, id.indexOf(':')));

export const isOpenComplaint = (c: Pick<ComplaintFeedItem, 'status'>): boolean => OPEN_COMPLAINT_STATUSES.includes(c.status);

/** Filing plus the category's answer time (null for a category the wall does not know). */
export function dueOf(c: Pick<ComplaintFeedItem, 'category' | 'requestedAt'>): number | null {
  const days = slaDaysOf(c.category);
  return days === null ? null : Date.parse(c.requestedAt) + days * DAY_MS;
}

/** Open and past its category's answer time (a reopened complaint's clock restarts: the feed does not say when, so it counts from filing). */
export function isOverdue(c: ComplaintFeedItem, now: number): boolean {
  const due = dueOf(c);
  return isOpenComplaint(c) && due !== null && now > due;
}

/** The feed (of one gu when given, of the category asked for when there is one), newest first. */
export function feedOf(state: Pick<WallState, 'complaints'> & Partial<Pick<WallState, 'complaintCategory'>>, district: string | null): ComplaintFeedItem[] {
  const category = state.complaintCategory ?? null;
  return state.complaints
    .filter((c) => (district === null || c.district === district) && (category === null || c.category === category))
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || a.id.localeCompare(b.id));
}

export interface FeedCounts {
  shown: number;
  open: number;
  overdue: number;
}

export function feedCounts(items: readonly ComplaintFeedItem[], now: number): FeedCounts {
  return { shown: items.length, open: items.filter(isOpenComplaint).length, overdue: items.filter((c) => isOverdue(c, now)).length };
}

/** The KPIs of the city, or of one gu. */
export function complaintKpiOf(state: Pick<WallState, 'complaintKpis'>, district: string | null): ComplaintKpi | null {
  return state.complaintKpis.find((k) => (district === null ? k.scope.kind === 'city' : k.scope.kind === 'district' && k.scope.district === district)) ?? null;
}

/** Days the KPI window spans (30 by default). */
export const windowDays = (k: Pick<ComplaintKpi, 'from' | 'to'>): number => Math.max(1, Math.round((Date.parse(k.to) - Date.parse(k.from)) / DAY_MS));

/**
 * The departments furthest behind: the lowest share answered within the promised time (among those
 * that answered any), then the most overdue; departments with nothing answered come last, by overdue.
 */
export function worstDepartments(state: Pick<WallState, 'complaintKpis'>, limit: number): ComplaintKpi[] {
  const share = (k: ComplaintKpi): number => k.shareWithinSla ?? 2;
  return state.complaintKpis
    .filter((k) => k.scope.kind === 'department' && (k.answered > 0 || k.open > 0))
    .sort((a, b) => share(a) - share(b) || b.overdue - a.overdue || departmentName(a).localeCompare(departmentName(b)))
    .slice(0, limit);
}

export const departmentName = (k: ComplaintKpi, lang: 'ko' | 'en' = 'ko'): string => (k.scope.kind === 'department' ? k.scope.department[lang] : '');

export interface CategoryShare {
  category: string;
  count: number;
  /** Of everything received in the scope's window. */
  share: number | null;
}

/** The scope's most frequent categories, most first. */
export function topCategories(state: Pick<WallState, 'complaintKpis'>, district: string | null): CategoryShare[] {
  const k = complaintKpiOf(state, district);
  if (!k) return [];
  return [...k.topCategories]
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
    .map((c) => ({ category: c.category, count: c.count, share: k.received > 0 ? c.count / k.received : null }));
}

/** A rising issue counts as new (and flashes) for this long after it was raised. */
export const RISING_NEW_MS = 15 * 60_000;

export const isNewRising = (i: RisingIssue, now: number): boolean => now - Date.parse(i.raisedAt) < RISING_NEW_MS;

/** Strongest first; with a gu, that gu's issues lead. */
export function risingIssues(state: Pick<WallState, 'rising'>, district: string | null): RisingIssue[] {
  const mine = (i: RisingIssue): number => (district !== null && i.district === district ? 1 : 0);
  return [...state.rising].sort((a, b) => mine(b) - mine(a) || b.score - a.score || b.count - a.count || a.district.localeCompare(b.district) || a.category.localeCompare(b.category));
}

export const risingKey = (i: Pick<RisingIssue, 'district' | 'category' | 'day'>): string => `${i.day}|${i.district}|${i.category}`;
