/**
 * @module wall/scene/panels/incident-detail-panel
 * The selected incident: type, severity and stage, where (gu, dong, the dispatcher's address), the
 * dispatch timeline with the duration of each stage, the responsible unit, casualties and property
 * damage once known, "est." on estimated figures, and where the record comes from. Bound to the
 * incident's own live channel while selected (staff), so it moves on after it leaves the board.
 * Signed in, a "call the station" button beside the responsible unit starts a video call to it.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { channels, INCIDENT_TYPE_NAMES, type Incident, type Language, type Panel } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { AGENCY_LABELS, damageText, numberText, SEVERITY_LABELS, STAGE_LABELS, t } from '../../state/i18n.ts';
import { INCIDENT_COLORS, LATE_COLOR } from '../../state/incident-style.ts';
import { timelineOf } from '../../state/incident-timeline.ts';
import { escalationChannels, incidentBoardChannel, incidentOf, isRunningLate } from '../../state/incidents.ts';
import { incidentProvenance } from '../../state/safety-provenance.ts';
import type { WallState } from '../../state/wall-state.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import type { WallAction } from '../../state/actions.ts';
import { fit, label, setText } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';
import { TIMELINE_H, TimelineView } from '../widgets/incident-timeline.ts';
import { placeOf } from './incidents-panel.ts';
import { callWord } from '../../calls/call-model.ts';

type Names = ReadonlyMap<string, { ko: string; en: string }>;

const CALL_W = 380;
const CALL_H = 64;

/** The facts under the timeline, as label/value pairs. */
export function incidentFacts(i: Incident, lang: Language): Array<[string, string]> {
  const c = i.casualties;
  return [
    [t(lang, 'responsible'), `${AGENCY_LABELS[i.agency][lang]} · ${i.responder.name[lang]}`],
    [t(lang, 'casualties'), c ? `${t(lang, 'deaths')} ${numberText(lang, c.deaths)} · ${t(lang, 'injuries')} ${numberText(lang, c.injuries)}` : '—'],
    [t(lang, 'damage'), i.damageKrwThousands !== null ? damageText(lang, i.damageKrwThousands) : '—'],
  ];
}

class IncidentDetailView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly band = new Graphics();
  private readonly type: Text = label('', { size: 52, weight: 'bold' });
  private readonly status: Text = label('', { size: 30, weight: 'bold' });
  private readonly where: Text = label('', { size: 28 });
  private readonly address: Text = label('', { size: 24, color: PALETTE.muted });
  private readonly timelineTitle: Text = label('', { size: 26, weight: 'bold', color: PALETTE.muted });
  private readonly timeline = new TimelineView();
  private readonly facts: Array<[Text, Text]>;
  private readonly hint: Text = label('', { size: 30, color: PALETTE.muted });
  private readonly body = new Container();
  private bandColor = -1;
  private shown: Incident | null = null;
  private readonly callButton = new Container();
  private readonly callBg = new Graphics().roundRect(0, 0, CALL_W, CALL_H, 14).fill({ color: PALETTE.accent });
  private readonly callLabel: Text = label('', { size: 28, weight: 'bold', color: PALETTE.background, align: 'center' });
  /** The call button in panel-local pixels, while shown. */
  private callRect: Rect | null = null;

  constructor(private readonly names: Names) {
    this.facts = Array.from({ length: 3 }, () => [label('', { size: 24, weight: 'bold', color: PALETTE.muted }), label('', { size: 30 })]);
    this.callLabel.position.set(CALL_W / 2, (CALL_H - 36) / 2);
    this.callButton.addChild(this.callBg, this.callLabel);
    this.body.addChild(this.band, this.type, this.status, this.where, this.address, this.timelineTitle, this.timeline.root, ...this.facts.flat(), this.callButton);
    this.chrome.body.addChild(this.body, this.hint);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const { state, lang, now } = ctx;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? t(lang, 'incidentDetail'));
    const i = incidentOf(state, state.selectedIncident);
    this.shown = i;
    this.chrome.setProvenance(lang, i ? incidentProvenance(state, [i], now) : [], now);
    const inner = this.chrome.inner;
    this.body.visible = i !== null;
    this.hint.visible = i === null;
    this.callRect = null;
    if (!i) {
      const failed = state.selectedIncident !== null && state.incidentRecord?.status === 'error';
      const loading = state.selectedIncident !== null && !failed;
      if (this.hint.style.wordWrapWidth !== inner.w) Object.assign(this.hint.style, { wordWrap: true, wordWrapWidth: inner.w });
      setText(this.hint, failed ? t(lang, 'incidentGone') : loading ? t(lang, 'loading') : t(lang, 'tapIncident'));
      this.hint.position.set(inner.x, inner.y);
      return;
    }
    this.body.position.set(inner.x, inner.y);
    this.updateHeader(i, state, lang, inner.w);
    fit(this.timelineTitle, t(lang, 'timeline'), inner.w);
    this.timelineTitle.position.set(0, 210);
    this.timeline.update(timelineOf(i, now), lang, 0, 256, inner.w);
    // The responsible unit on a line of its own (with the call button, signed in); casualties and damage side by side beneath.
    const top = 256 + TIMELINE_H;
    const half = inner.w / 2;
    const calling = state.signedIn !== null;
    this.callButton.visible = calling;
    if (calling) {
      const at = { x: inner.w - CALL_W, y: top };
      this.callButton.position.set(at.x, at.y);
      setText(this.callLabel, callWord(lang, 'callStation'));
      this.callRect = { x: inner.x + at.x, y: inner.y + at.y, w: CALL_W, h: CALL_H };
    }
    incidentFacts(i, lang).forEach(([k, v], n) => {
      const [name, value] = this.facts[n]!;
      const x = n === 2 ? half : 0;
      const y = top + (n === 0 ? 0 : 80);
      const w = n === 0 ? inner.w - (calling ? CALL_W + 24 : 0) : half - 20;
      fit(name, k, w);
      fit(value, v, w);
      name.position.set(x, y);
      value.position.set(x, y + 32);
    });
  }

  private updateHeader(i: Incident, state: WallState, lang: Language, w: number): void {
    const color = INCIDENT_COLORS[i.type];
    if (color !== this.bandColor) {
      this.bandColor = color;
      this.band.clear().roundRect(0, 4, 10, 150, 5).fill({ color });
    }
    fit(this.type, `${INCIDENT_TYPE_NAMES[i.type][lang]} · ${SEVERITY_LABELS[i.severity][lang]}`, w - 30);
    this.type.position.set(26, 0);
    const late = isRunningLate(i, state);
    setText(this.status, `${STAGE_LABELS[i.stage][lang]}${late ? ` · ${t(lang, 'pastTarget')}` : ''}${i.synthetic ? ` · ${t(lang, 'synthetic')}` : ''}`, late ? LATE_COLOR : PALETTE.accent);
    this.status.position.set(26, 66);
    fit(this.where, `${AGENCY_LABELS[i.agency][lang]} · ${placeOf(i, this.names, lang)}`, w - 30);
    this.where.position.set(26, 108);
    fit(this.address, i.address, w - 30);
    this.address.position.set(26, 146);
  }

  /** The call button calls the incident's responsible unit. */
  tap(x: number, y: number): WallAction | null {
    const r = this.callRect;
    const i = this.shown;
    if (!r || !i) return null;
    const lx = x - this.chrome.rect.x;
    const ly = y - this.chrome.rect.y;
    return lx >= r.x && lx <= r.x + r.w && ly >= r.y && ly <= r.y + r.h ? { type: 'call.start', target: { incident: i.id } } : null;
  }

  model(ctx: PanelContext) {
    const i = this.shown;
    return {
      id: '', kind: 'incident-detail' as const, title: this.chrome.titleText,
      provenance: i ? incidentProvenance(ctx.state, [i], ctx.now) : [],
      items: i
        ? [{
            incident: i.id, type: this.type.text, status: this.status.text, where: this.where.text, address: this.address.text, timeline: this.timeline.model(), facts: this.facts.map(([k, v]) => [k.text, v.text]),
            // the call button in logical canvas pixels, while shown
            call: this.callRect ? { label: this.callLabel.text, x: this.chrome.rect.x + this.callRect.x, y: this.chrome.rect.y + this.callRect.y, w: this.callRect.w, h: this.callRect.h } : null,
          }]
        : [{ incident: null, hint: this.hint.text }],
    };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const incidentDetailPanel: PanelKind = {
  channels: (_panel, state) => [
    incidentBoardChannel(state), ...escalationChannels(state), channels.sources(),
    ...(state.selectedIncident && state.signedIn ? [channels.incident(state.selectedIncident)] : []),
  ],
  create: (_panel, asset) => new IncidentDetailView(new Map(asset.districts.map((d) => [d.code, { ko: d.nameKo, en: d.nameEn }]))),
};
