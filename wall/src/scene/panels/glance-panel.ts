/**
 * @module wall/scene/panels/glance-panel
 * "Seoul at a glance": one tile per figure whose data exists — population (resident registration),
 * air quality now (every gu's CAI), incidents open now (from the live board), the integrated systems'
 * health — and a line naming the figures whose source systems are not connected yet (complaints, city
 * score; incidents until the board arrives), never a made-up number.
 */
import { Container, type Text } from 'pixi.js';
import { channels, type Language, type Panel } from '../../../../server/contracts/index.ts';
import type { MapAsset } from '../../map/map-asset.ts';
import { GRADE_COLORS, gradeOfIndex, PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { bigNumberText, GRADE_LABELS, METRIC_LABELS, numberText, t } from '../../state/i18n.ts';
import { escalationChannels, incidentBoardChannel, openCounts, openIncidents } from '../../state/incidents.ts';
import { provenanceOf, referenceProvenance } from '../../state/provenance.ts';
import { incidentProvenance, mergeProvenance } from '../../state/safety-provenance.ts';
import type { WallState } from '../../state/wall-state.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { Tile, type TileContent } from '../widgets/tile.ts';
import { healthProvenance } from './source-health-panel.ts';
import { complaintKpiProvenance } from '../../state/opinion-provenance.ts';

const AIR_SOURCE = 'seoul-air';

function populationTile(asset: MapAsset, lang: Language): TileContent {
  const p = asset.city.population;
  const share = ((p.age65plus / p.total) * 100).toFixed(1);
  return {
    caption: `${t(lang, 'population')} · ${lang === 'ko' ? '주민등록' : 'resident registration'}`,
    value: bigNumberText(lang, p.total),
    detail: `${t(lang, 'male')} ${numberText(lang, p.male)} · ${t(lang, 'female')} ${numberText(lang, p.female)} · ${t(lang, 'aged65')} ${share}%`,
    provenance: referenceProvenance(lang === 'ko' ? '행정안전부 주민등록 인구통계' : 'MOIS resident registration', p.asOf),
  };
}

type Names = ReadonlyMap<string, { ko: string; en: string }>;

function airTile(state: WallState, names: Names, lang: Language, now: number): TileContent | null {
  const rated = [...state.air.values()].filter((a) => a.cai !== null);
  if (rated.length === 0) return null;
  const mean = Math.round(rated.reduce((s, a) => s + (a.cai ?? 0), 0) / rated.length);
  const worst = rated.reduce((w, a) => ((a.cai ?? 0) > (w.cai ?? 0) ? a : w));
  const counts = new Map<string, number>();
  for (const a of rated) if (a.grade) counts.set(a.grade, (counts.get(a.grade) ?? 0) + 1);
  const grades = (['good', 'moderate', 'unhealthy', 'very-unhealthy'] as const).filter((g) => counts.has(g)).map((g) => `${GRADE_LABELS[g][lang]} ${counts.get(g)}`);
  return {
    caption: `${t(lang, 'airSummary')} · ${METRIC_LABELS.cai[lang]} (${t(lang, 'cityAverage')})`,
    value: `${mean} ${GRADE_LABELS[gradeOfIndex(mean)][lang]}`,
    valueColor: GRADE_COLORS[gradeOfIndex(mean)],
    detail: `${grades.join(' · ')} · ${t(lang, 'worst')} ${names.get(worst.district)?.[lang] ?? worst.district} ${worst.cai}`,
    provenance: provenanceOf(state, AIR_SOURCE, state.airAt, now),
  };
}

function sourcesTile(state: WallState, lang: Language): TileContent | null {
  if (state.health.size === 0 && state.catalog.size === 0) return null;
  const total = Math.max(state.catalog.size, state.health.size);
  const healthy = [...state.health.values()].filter((h) => h.status === 'healthy').length;
  const late = [...state.health.values()].filter((h) => h.stale).length;
  return {
    caption: t(lang, 'sourcesUp'),
    value: `${healthy} / ${total}`,
    valueColor: healthy === total ? PALETTE.ok : PALETTE.stale,
    detail: `${t(lang, 'healthy')} ${healthy}${late > 0 ? ` · ${t(lang, 'stale')} ${late}` : ''}`,
    provenance: healthProvenance(state, lang),
  };
}

/** Incidents open now, from the board (null until the board has arrived). */
export function incidentsTile(state: WallState, lang: Language, now: number): TileContent | null {
  if (state.incidentsAt === null) return null;
  const c = openCounts(state, null);
  return {
    caption: t(lang, 'openIncidents'),
    value: numberText(lang, c.total),
    valueColor: c.late > 0 ? PALETTE.stale : PALETTE.text,
    detail: `119 ${numberText(lang, c.fire)} · 112 ${numberText(lang, c.police)}${c.late > 0 ? ` · ${t(lang, 'pastTarget')} ${c.late}` : ''}`,
    provenance: mergeProvenance(incidentProvenance(state, openIncidents(state, null), now)),
  };
}

/** Open complaints and the share answered on time, from the city's complaint KPIs (null until they arrive). */
export function complaintsTile(state: WallState, lang: Language, now: number): TileContent | null {
  const city = state.complaintKpis.find((k) => k.scope.kind === 'city');
  if (state.complaintKpisAt === null || city === undefined) return null;
  const share = city.shareWithinSla === null ? '—' : `${Math.round(city.shareWithinSla * 100)}%`;
  return {
    caption: t(lang, 'openComplaints'),
    value: numberText(lang, city.open),
    valueColor: city.overdue > 0 ? PALETTE.stale : PALETTE.text,
    detail: `${t(lang, 'answeredOnTime')} ${share}`,
    provenance: mergeProvenance(complaintKpiProvenance(state, state.complaintKpisAt, now)),
  };
}

class GlanceView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly tiles = [new Tile(), new Tile(), new Tile(), new Tile(), new Tile()];
  private readonly pending: Text = label('', { size: 26, color: PALETTE.muted });
  private shown: Tile[] = [];
  private readonly names: Names;

  constructor(private readonly asset: MapAsset) {
    this.names = new Map(asset.districts.map((d) => [d.code, { ko: d.nameKo, en: d.nameEn }]));
    for (const tile of this.tiles) this.chrome.body.addChild(tile.root);
    this.chrome.body.addChild(this.pending);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? (lang === 'ko' ? '서울 한눈에 보기' : 'Seoul at a glance'));
    this.chrome.setProvenance(lang, [], now);
    const incidents = incidentsTile(state, lang, now);
    const complaints = complaintsTile(state, lang, now);
    const contents = [populationTile(this.asset, lang), airTile(state, this.names, lang, now), incidents, complaints, sourcesTile(state, lang)];
    const inner = this.chrome.inner;
    const shown = contents.filter((c): c is TileContent => c !== null);
    const w = (inner.w - 24 * (shown.length - 1)) / Math.max(1, shown.length);
    this.shown = [];
    this.tiles.forEach((tile, i) => {
      const c = shown[i];
      tile.root.visible = c !== undefined;
      if (!c) return;
      tile.update({ x: inner.x + i * (w + 24), y: inner.y, w, h: inner.h - 44 }, c, lang, now);
      this.shown.push(tile);
    });
    const missing = [...(incidents ? [] : [t(lang, 'incidents')]), ...(complaints ? [] : [t(lang, 'complaints')]), t(lang, 'cityScore')];
    fit(this.pending, `${t(lang, 'pendingDomains')}: ${missing.join(' · ')} — ${t(lang, 'notConnected')}`, inner.w);
    this.pending.position.set(inner.x, inner.y + inner.h - 34);
  }

  tap(): null {
    return null;
  }

  model(ctx: PanelContext) {
    return {
      id: '', kind: 'glance' as const, title: this.chrome.titleText,
      provenance: this.shown.map((tile) => tile.content!.provenance),
      items: this.shown.map((tile) => tile.model()),
      pending: this.pending.text,
      language: ctx.lang,
    };
  }

  destroy(): void {
    for (const tile of this.tiles) tile.destroy();
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const glancePanel: PanelKind = {
  channels: (_panel, state) => [channels.airCity(), channels.sources(), incidentBoardChannel(state), channels.complaintKpis(), ...escalationChannels(state)],
  create: (_panel, asset) => new GlanceView(asset),
};
