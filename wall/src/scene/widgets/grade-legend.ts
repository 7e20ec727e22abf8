/**
 * @module wall/scene/widgets/grade-legend
 * The key of an air-quality map: the CAI grade bands and their colours, titled by the map's metric.
 */
import { Container, Graphics } from 'pixi.js';
import type { MapMetric } from '../../../../server/contracts/layout.ts';
import { GRADE_COLORS, PALETTE } from '../../state/colors.ts';
import { GRADE_LABELS, METRIC_LABELS } from '../../state/i18n.ts';
import { label, setText } from '../text.ts';

export function gradeLegend(): { root: Container; update(lang: 'ko' | 'en', metric: MapMetric): void } {
  const root = new Container();
  const title = label('', { size: 24, weight: 'bold' });
  // A backing so the legend reads over a zoomed map; small, so cheap to fill.
  const backing = new Graphics().roundRect(-14, -12, 330, 252, 12).fill({ color: PALETTE.background, alpha: 0.85 });
  root.addChild(backing, title);
  const rows = (Object.keys(GRADE_COLORS) as Array<keyof typeof GRADE_COLORS>).map((grade, i) => {
    const sw = new Graphics().roundRect(0, 0, 30, 30, 6).fill({ color: GRADE_COLORS[grade] });
    const text = label('', { size: 22 });
    sw.position.set(0, 40 + i * 40);
    text.position.set(42, 42 + i * 40);
    root.addChild(sw, text);
    return { grade, text };
  });
  const none = new Graphics().roundRect(0, 40 + 4 * 40, 30, 30, 6).fill({ color: PALETTE.noData });
  const noneText = label('—', { size: 22 });
  noneText.position.set(42, 42 + 4 * 40);
  root.addChild(none, noneText);
  const RANGES = { good: '0–50', moderate: '51–100', unhealthy: '101–250', 'very-unhealthy': '251–500' } as const;
  return {
    root,
    update(lang, metric) {
      setText(title, metric === 'cai' ? METRIC_LABELS.cai[lang] : `${METRIC_LABELS[metric][lang]} (${lang === 'ko' ? '지수' : 'index'})`);
      for (const r of rows) setText(r.text, `${GRADE_LABELS[r.grade][lang]} ${RANGES[r.grade]}`);
      setText(noneText, lang === 'ko' ? '자료 없음' : 'No data');
    },
  };
}
