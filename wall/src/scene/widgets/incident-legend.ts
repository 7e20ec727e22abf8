/**
 * @module wall/scene/widgets/incident-legend
 * The key of an incident map: the colour of each type (in the shape of its agency: 119 circle,
 * 112 diamond) and the look of each stage, and of a stage past its target. Drawn once; words
 * change with the language.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import { INCIDENT_STAGES, INCIDENT_TYPE_NAMES, INCIDENT_TYPES, type IncidentStage, type Language } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import { STAGE_LABELS, t } from '../../state/i18n.ts';
import { LATE_COLOR, markerStyle } from '../../state/incident-style.ts';
import { drawMarkerBody } from '../layers/incident-marker.ts';
import { label, setText } from '../text.ts';

const ROW = 36;
const COL = 250;
const POLICE_TYPES = new Set(['homicide', 'robbery', 'sexual-violence', 'theft', 'violence']);

export const LEGEND_SIZE = { w: 2 * COL + 20, h: 52 + INCIDENT_TYPES.length * ROW + 12 } as const;

const swatch = (x: number, y: number): Graphics => {
  const g = new Graphics();
  g.position.set(x + 14, y + 15);
  return g;
};

export class IncidentLegend {
  readonly root = new Container();
  private readonly title: Text = label('', { size: 24, weight: 'bold' });
  private readonly types: Text[] = [];
  private readonly stages: Text[] = [];
  private readonly late: Text;
  private lang: Language | null = null;

  constructor() {
    const backing = new Graphics().roundRect(-14, -12, LEGEND_SIZE.w + 8, LEGEND_SIZE.h, 12).fill({ color: PALETTE.background, alpha: 0.85 });
    this.root.addChild(backing, this.title);
    INCIDENT_TYPES.forEach((type, i) => {
      const y = 44 + i * ROW;
      const agency = POLICE_TYPES.has(type) ? 'police' : 'fire';
      const g = swatch(0, y);
      drawMarkerBody(g, { ...markerStyle({ agency, type, severity: 'minor', stage: 'arrived' }, { runningLate: false, wasLate: false, selected: false }), radius: 11 });
      const text = label('', { size: 22 });
      text.position.set(38, y + 2);
      this.types.push(text);
      this.root.addChild(g, text);
    });
    INCIDENT_STAGES.forEach((stage: IncidentStage, i) => {
      const y = 44 + i * ROW;
      const g = swatch(COL, y);
      drawMarkerBody(g, { ...markerStyle({ agency: 'fire', type: 'fire', severity: 'minor', stage }, { runningLate: false, wasLate: false, selected: false }), radius: 11, color: PALETTE.text });
      if (stage === 'resolved') g.alpha = 0.35;
      const text = label('', { size: 22 });
      text.position.set(COL + 38, y + 2);
      this.stages.push(text);
      this.root.addChild(g, text);
    });
    const y = 44 + INCIDENT_STAGES.length * ROW;
    const ring = swatch(COL, y).circle(0, 0, 13).fill({ color: LATE_COLOR, alpha: 0.35 }).stroke({ width: 4, color: LATE_COLOR });
    this.late = label('', { size: 22, color: LATE_COLOR });
    this.late.position.set(COL + 38, y + 2);
    this.root.addChild(ring, this.late);
  }

  update(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    setText(this.title, lang === 'ko' ? '사건·사고 (119 ●, 112 ◆)' : 'Incidents (119 ●, 112 ◆)');
    INCIDENT_TYPES.forEach((type, i) => setText(this.types[i]!, INCIDENT_TYPE_NAMES[type][lang]));
    INCIDENT_STAGES.forEach((stage, i) => setText(this.stages[i]!, STAGE_LABELS[stage][lang]));
    setText(this.late, t(lang, 'pastTarget'));
  }
}
