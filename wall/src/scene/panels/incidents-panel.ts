/**
 * @module wall/scene/panels/incidents-panel
 * The live list of open incidents — type, gu and dong, stage, age; those past a target first —
 * under the response-time figures (fire arrivals within 7 minutes, median travel time, open count).
 * A district head's wall lists their gu. Rows belong to incidents: created when one opens, moved when
 * the order changes, destroyed when it closes. Tapping a row selects the incident (again: clears it).
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Incident, type Language, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import type { WallAction } from '../../state/actions.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import { markerStyle } from '../../state/incident-style.ts';
import { incidentSummary } from '../../state/incident-summary.ts';
import { escalationChannels, incidentBoardChannel, isRunningLate, openIncidents, wasLate } from '../../state/incidents.ts';
import { incidentProvenance } from '../../state/safety-provenance.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { IncidentRow } from '../widgets/incident-row.ts';
import { KpiStrip } from '../widgets/kpi-strip.ts';

const SUMMARY_H = 150;
const MIN_ROW = 76;
const MAX_ROW = 88;

type Names = ReadonlyMap<string, { ko: string; en: string }>;

export function placeOf(i: Incident, names: Names, lang: Language): string {
  const gu = names.get(i.district)?.[lang] ?? i.district;
  return i.dong ? `${gu} ${i.dong}` : gu;
}

class IncidentsView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly summary = new KpiStrip(3);
  private readonly empty: Text = label('', { size: 30, color: PALETTE.muted });
  private readonly rows = new Map<string, IncidentRow>();
  private order: string[] = [];
  private rowsTop = 0;
  private rowH = MIN_ROW;
  private readonly names: Names;

  constructor(asset: MapAsset) {
    this.names = new Map(asset.districts.map((d) => [d.code, { ko: d.nameKo, en: d.nameEn }]));
    this.chrome.body.addChild(this.summary.root, this.empty);
    this.root.addChild(this.chrome.root);
  }

  private district(ctx: PanelContext): string | null {
    return ctx.state.layout.focusDistrict;
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    const district = this.district(ctx);
    this.chrome.layout(rect);
    const gu = district ? ` — ${this.names.get(district)?.[lang] ?? district}` : '';
    this.chrome.setTitle(`${panel.title?.[lang] ?? t(lang, 'openIncidents')}${gu}`);
    const open = openIncidents(state, district);
    this.chrome.setProvenance(lang, incidentProvenance(state, open, now), now);
    const inner = this.chrome.inner;
    this.summary.update({ x: inner.x, y: inner.y, w: inner.w, h: SUMMARY_H - 20 }, incidentSummary(state, lang, district));
    this.rowsTop = inner.y + SUMMARY_H;
    // The last line says what did not fit ("and 4 more") or why there is nothing.
    const room = inner.h - SUMMARY_H - 44;
    const limit = Math.max(0, Math.min(panel.limit ?? 50, Math.floor(room / MIN_ROW)));
    this.rowH = limit > 0 ? Math.min(MAX_ROW, room / Math.max(1, Math.min(limit, open.length))) : MIN_ROW;
    const shown = open.slice(0, limit);
    this.order = shown.map((i) => i.id);
    this.syncRows(shown);
    shown.forEach((i, n) => {
      const row = this.rows.get(i.id)!;
      const runningLate = isRunningLate(i, state);
      const selected = i.id === state.selectedIncident;
      row.root.position.set(inner.x, this.rowsTop + n * this.rowH);
      row.update(i, { style: markerStyle(i, { runningLate, wasLate: wasLate(i, state), selected: false }), place: placeOf(i, this.names, lang), runningLate, selected }, lang, inner.w, this.rowH, state.clock * 1000);
    });
    const more = open.length - shown.length;
    const message = state.incidentsAt === null ? t(lang, 'awaiting') : open.length === 0 ? t(lang, 'noIncidents') : more > 0 ? (lang === 'ko' ? `외 ${more}건` : `and ${more} more`) : '';
    this.empty.visible = message !== '';
    fit(this.empty, message, inner.w);
    this.empty.position.set(inner.x, this.rowsTop + shown.length * this.rowH + 8);
  }

  private syncRows(shown: readonly Incident[]): void {
    const ids = new Set(shown.map((i) => i.id));
    for (const [id, row] of this.rows) {
      if (ids.has(id)) continue;
      row.destroy();
      this.rows.delete(id);
    }
    for (const i of shown) {
      if (this.rows.has(i.id)) continue;
      const row = new IncidentRow(i.id);
      this.rows.set(i.id, row);
      this.chrome.body.addChild(row.root);
    }
  }

  tap(_x: number, y: number, ctx: PanelContext): WallAction | null {
    const n = Math.floor((y - this.chrome.rect.y - this.rowsTop) / this.rowH);
    const id = n >= 0 ? this.order[n] : undefined;
    if (!id) return null;
    return id === ctx.state.selectedIncident ? { type: 'incident.clear' } : { type: 'incident.select', id };
  }

  model(ctx: PanelContext) {
    const open = openIncidents(ctx.state, this.district(ctx));
    return {
      id: '', kind: 'incidents' as const, title: this.chrome.titleText,
      provenance: incidentProvenance(ctx.state, open, ctx.now),
      summary: this.summary.model(),
      items: this.order.map((id, n) => ({
        ...this.rows.get(id)!.model(), row: n,
        x: this.chrome.rect.x + this.chrome.inner.x + this.chrome.inner.w / 2, y: this.chrome.rect.y + this.rowsTop + (n + 0.5) * this.rowH,
      })),
      message: this.empty.visible ? this.empty.text : '',
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const incidentsPanel: PanelKind = {
  channels: (_panel, state) => [incidentBoardChannel(state), channels.incidentKpis(), ...escalationChannels(state), channels.sources()],
  create: (_panel, asset) => new IncidentsView(asset),
};
