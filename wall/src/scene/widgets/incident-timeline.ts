/**
 * @module wall/scene/widgets/incident-timeline
 * The dispatch timeline: reported → dispatched → arrived → resolved as four nodes on a line, each
 * named above and timed below, and between them the recorded duration ("est." when estimated), or the
 * time elapsed so far towards the stage being waited for, amber once past its target.
 */
import { BitmapText, Container, Graphics, type Text } from 'pixi.js';
import type { Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import { clockText, durationText, STAGE_LABELS, t } from '../../state/i18n.ts';
import { LATE_COLOR } from '../../state/incident-style.ts';
import type { Timeline, TimelineSegment } from '../../state/incident-timeline.ts';
import { figure, fit, label, setText } from '../text.ts';

interface Node {
  name: Text;
  time: BitmapText;
}

interface Gap {
  value: BitmapText;
  note: Text;
}

const NODE_R = 16;

function segmentColor(s: TimelineSegment, reached: boolean): number {
  if (s.late && (s.running || reached)) return LATE_COLOR;
  return reached ? PALETTE.accent : s.running ? PALETTE.text : PALETTE.faint;
}

/** The timeline's height in logical pixels. */
export const TIMELINE_H = 200;

export class TimelineView {
  readonly root = new Container();
  private readonly lines = new Graphics();
  private readonly nodes: Node[];
  private readonly gaps: Gap[];
  private drawn = '';
  private texts: string[] = [];

  constructor() {
    this.root.addChild(this.lines);
    this.nodes = Array.from({ length: 4 }, () => {
      const n = { name: label('', { size: 24, weight: 'bold', align: 'center', color: PALETTE.muted }), time: figure('', { size: 28, weight: 'bold', align: 'center' }) };
      this.root.addChild(n.name, n.time);
      return n;
    });
    this.gaps = Array.from({ length: 3 }, () => {
      const g = { value: figure('', { size: 28, weight: 'bold', align: 'center' }), note: label('', { size: 20, align: 'center', color: PALETTE.muted }) };
      this.root.addChild(g.value, g.note);
      return g;
    });
  }

  update(tl: Timeline, lang: Language, x: number, y: number, w: number): void {
    this.root.position.set(x, y);
    const pad = 70;
    const step = (w - 2 * pad) / 3;
    const nodeX = (k: number): number => pad + k * step;
    const lineY = 108;
    const key = `${w}|${tl.steps.map((s) => s.at !== null).join()}|${tl.segments.map((s) => `${s.running}${s.late !== null}`).join()}`;
    if (key !== this.drawn) {
      this.drawn = key;
      const g = this.lines.clear();
      tl.segments.forEach((s, k) => {
        const reached = tl.steps[k + 1]?.at != null;
        g.moveTo(nodeX(k) + NODE_R, lineY).lineTo(nodeX(k + 1) - NODE_R, lineY).stroke({ width: reached || s.running ? 6 : 3, color: segmentColor(s, reached) });
      });
      tl.steps.forEach((s, k) => {
        g.circle(nodeX(k), lineY, NODE_R);
        if (s.at !== null) g.fill({ color: PALETTE.accent });
        else g.fill({ color: PALETTE.background }).stroke({ width: 4, color: PALETTE.faint });
      });
    }
    tl.steps.forEach((s, k) => {
      const n = this.nodes[k]!;
      fit(n.name, STAGE_LABELS[s.stage][lang], step - 10);
      n.name.position.set(nodeX(k), 0);
      setText(n.time, s.at === null ? '—' : clockText(s.at, true), s.at === null ? PALETTE.faint : PALETTE.text);
      n.time.position.set(nodeX(k), lineY + 26);
    });
    this.texts = tl.segments.map((s, k) => this.updateGap(this.gaps[k]!, s, lang, (nodeX(k) + nodeX(k + 1)) / 2, lineY, step));
  }

  private updateGap(g: Gap, s: TimelineSegment, lang: Language, cx: number, lineY: number, w: number): string {
    const value = s.seconds !== null ? durationText(lang, s.seconds) : s.running && s.elapsedS !== null ? durationText(lang, s.elapsedS) : '';
    const color = s.late ? LATE_COLOR : s.seconds !== null ? PALETTE.text : PALETTE.muted;
    setText(g.value, value, color);
    g.value.position.set(cx, 34);
    const notes = [
      s.seconds !== null && s.estimated ? t(lang, 'estimated') : '',
      s.seconds === null && s.running ? (lang === 'ko' ? '경과' : 'elapsed') : '',
      s.late ? (lang === 'ko' ? `목표 ${durationText(lang, s.late.targetS)} 초과` : `over ${durationText(lang, s.late.targetS)}`) : '',
    ].filter(Boolean);
    fit(g.note, notes.join(' · '), w - 20);
    setText(g.note, g.note.text, s.late ? LATE_COLOR : PALETTE.muted);
    g.note.position.set(cx, 70);
    return [value, notes.join(' · ')].filter(Boolean).join(' ');
  }

  /** Each gap's words, e.g. "5분 12초 추정". */
  model(): string[] {
    return this.texts;
  }
}
