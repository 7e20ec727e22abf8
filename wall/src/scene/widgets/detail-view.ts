/**
 * @module wall/scene/widgets/detail-view
 * A district's drill-down: its index and grade, every pollutant, its monitoring stations and the
 * last 24 hours of PM10 and PM2.5. Used by the district-detail panel and over the map.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import { AIR_METRICS, METRIC_UNITS, type AirMetric, type Language } from '../../../../server/contracts/index.ts';
import type { Area } from '../../map/geometry.ts';
import { GRADE_COLORS, gradeOfIndex, PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { GRADE_LABELS, METRIC_LABELS, metricValueText, t } from '../../state/i18n.ts';
import type { HistoryPoint, WallState } from '../../state/wall-state.ts';
import { figure, fit, label, setText } from '../text.ts';
import { Sparkline } from './sparkline.ts';

const DAY_MS = 86_400_000;
const NO_SERIES: Record<string, HistoryPoint[]> = {};
const NO_POINTS: HistoryPoint[] = [];
export const SPARK_COLORS = { pm10: 0x38bdf8, pm25: 0xf472b6 } as const;

interface MetricRow {
  metric: AirMetric;
  name: Text;
  value: BitmapText;
}

export interface DetailModel {
  district: string | null;
  name: string;
  cai: string;
  stations: string[];
  historyPoints: number;
  history: 'none' | 'loading' | 'ready' | 'error';
}

export class DetailView {
  readonly root = new Container();
  private readonly name = label('', { size: 48, weight: 'bold' });
  private readonly sub = label('', { size: 26, color: PALETTE.muted });
  private readonly pill = new Graphics();
  private readonly cai = figure('—', { size: 64, weight: 'bold' });
  private readonly grade = label('', { size: 30, weight: 'bold' });
  private readonly rows: MetricRow[];
  private readonly stationsTitle = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly stationList = label('', { size: 24 });
  private readonly historyTitle = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly spark = new Sparkline();
  private readonly hint = label('', { size: 30, color: PALETTE.muted });
  private pillColor = -1;
  private stationNames: string[] = [];
  private historyPoints = 0;

  constructor() {
    this.rows = AIR_METRICS.map((metric) => ({ metric, name: label('', { size: 24, color: PALETTE.muted }), value: figure('—', { size: 34, weight: 'bold' }) }));
    this.root.addChild(this.name, this.sub, this.pill, this.cai, this.grade, this.stationsTitle, this.stationList, this.historyTitle, this.spark.root, this.hint);
    for (const r of this.rows) this.root.addChild(r.name, r.value);
  }

  update(state: WallState, area: Area | null, rect: Rect, now: number): void {
    this.root.position.set(rect.x, rect.y);
    const lang = state.language;
    const showing = area !== null;
    for (const c of this.root.children) c.visible = showing;
    this.hint.visible = !showing;
    if (!area) {
      fit(this.hint, t(lang, 'tapDistrict'), rect.w);
      this.stationNames = [];
      return;
    }
    this.updateHeader(state, area, lang, rect);
    this.updateMetrics(state, area.code, lang, rect);
    this.updateStations(state, area.code, lang, rect);
    this.updateHistory(state, area.code, lang, rect, now);
  }

  private updateHeader(state: WallState, area: Area, lang: Language, rect: Rect): void {
    fit(this.name, lang === 'en' && area.nameEn ? area.nameEn : area.nameKo, rect.w - 300);
    const air = state.air.get(area.code);
    fit(this.sub, `${lang === 'en' ? area.nameKo : (area.nameEn ?? '')} · ${METRIC_LABELS.cai[lang]}${air?.dominant ? ` · ${t(lang, 'dominant')} ${METRIC_LABELS[air.dominant][lang]}` : ''}`, rect.w);
    this.sub.y = 58;
    const color = air?.cai != null ? GRADE_COLORS[gradeOfIndex(air.cai)] : PALETTE.noData;
    if (color !== this.pillColor) {
      this.pillColor = color;
      this.pill.clear().roundRect(0, 0, 260, 130, 18).fill({ color });
    }
    this.pill.position.set(rect.w - 260, 0);
    setText(this.cai, air?.cai != null ? String(air.cai) : '—', PALETTE.background);
    this.cai.anchor.set(0.5, 0);
    this.cai.position.set(rect.w - 130, 6);
    setText(this.grade, air?.grade ? GRADE_LABELS[air.grade][lang] : t(lang, 'noData'), PALETTE.background);
    this.grade.anchor.set(0.5, 0);
    this.grade.position.set(rect.w - 130, 82);
  }

  private updateMetrics(state: WallState, code: string, lang: Language, rect: Rect): void {
    const air = state.air.get(code);
    const colW = rect.w / 3;
    this.rows.forEach((r, i) => {
      const x = (i % 3) * colW;
      const y = 160 + Math.floor(i / 3) * 92;
      setText(r.name, `${METRIC_LABELS[r.metric][lang]} (${METRIC_UNITS[r.metric]})`);
      r.name.position.set(x, y);
      const sub = air?.subIndices[r.metric];
      setText(r.value, metricValueText(r.metric, air?.values[r.metric]), sub != null ? GRADE_COLORS[gradeOfIndex(sub)] : PALETTE.text);
      r.value.position.set(x, y + 32);
    });
  }

  private updateStations(state: WallState, code: string, lang: Language, rect: Rect): void {
    const air = state.air.get(code);
    const used = new Set(air?.stations ?? []);
    const stations = state.stations.filter((s) => s.district === code);
    this.stationNames = stations.map((s) => (lang === 'en' ? s.nameEn : s.nameKo));
    setText(this.stationsTitle, `${t(lang, 'stations')} (${stations.length})`);
    this.stationsTitle.y = 360;
    const lines = stations.map((s) => `${used.has(s.code) ? '●' : '○'} ${lang === 'en' ? s.nameEn : s.nameKo} · ${s.kind} · ${s.code}`);
    fit(this.stationList, lines.join('\n') || t(lang, 'noData'), rect.w);
    this.stationList.y = 400;
  }

  private updateHistory(state: WallState, code: string, lang: Language, rect: Rect, now: number): void {
    const top = 400 + Math.max(this.stationList.height, 30) + 30;
    const entry = state.history.get(code);
    const status = entry?.status === 'ready' ? '' : entry?.status === 'error' ? ` — ${entry.message}` : ` — ${t(lang, 'loading')}`;
    fit(this.historyTitle, `${t(lang, 'history24h')}: ${METRIC_LABELS.pm10[lang]} / ${METRIC_LABELS.pm25[lang]} (µg/m³)${status}`, rect.w);
    this.historyTitle.y = top;
    const h = Math.max(60, rect.h - top - 50);
    this.spark.root.position.set(0, top + 40);
    this.spark.root.visible = h > 0;
    const series = entry?.status === 'ready' ? entry.series : NO_SERIES;
    const end = Math.ceil(now / 60_000) * 60_000;
    this.historyPoints = (series['pm10']?.length ?? 0) + (series['pm25']?.length ?? 0);
    this.spark.draw(
      [
        { points: series['pm10'] ?? NO_POINTS, color: SPARK_COLORS.pm10 },
        { points: series['pm25'] ?? NO_POINTS, color: SPARK_COLORS.pm25 },
      ],
      end - DAY_MS, end, rect.w, h,
    );
  }

  model(state: WallState, area: Area | null): DetailModel {
    return {
      district: area?.code ?? null,
      name: area ? this.name.text : '',
      cai: area ? this.cai.text : '',
      stations: this.stationNames,
      historyPoints: this.historyPoints,
      history: area ? (state.history.get(area.code)?.status ?? 'none') : 'none',
    };
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
