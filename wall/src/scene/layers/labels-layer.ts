/**
 * @module wall/scene/layers/labels-layer
 * Names and figures on the map, in panel pixels so they stay readable at any zoom: every gu's name
 * (Korean or English) with its current index (on a neutral map, the name only); dong names once the
 * map is zoomed in far enough, created on first need and shown only inside the view.
 */
import { BitmapText, Container, Text } from 'pixi.js';
import type { Area, MapGeometry } from '../../map/geometry.ts';
import { indexOf } from '../../state/colors.ts';
import { figure, label, setText } from '../text.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';

const DONG_LABEL_ZOOM = 3;

interface GuLabel {
  area: Area;
  root: Container;
  name: Text;
  value: BitmapText;
}

const nameOf = (a: Area, lang: 'ko' | 'en'): string => (lang === 'en' && a.nameEn ? a.nameEn : a.nameKo);

function guLabel(area: Area): GuLabel {
  const root = new Container();
  const name = label(area.nameKo, { size: 30, weight: 'bold', align: 'center', color: 0xffffff });
  const value = figure('—', { size: 34, weight: 'bold', align: 'center', color: 0xffffff });
  value.y = 36;
  root.addChild(name, value);
  return { area, root, name, value };
}

export function labelsLayer(geometry: MapGeometry): MapLayer {
  const overlay = new Container();
  const guRoot = new Container();
  const dongRoot = new Container();
  overlay.addChild(dongRoot, guRoot);
  const gu = geometry.districts.map(guLabel);
  for (const l of gu) guRoot.addChild(l.root);
  let dong: Array<{ area: Area; text: Text }> | null = null;
  let placedKey = '';
  let lang: string | null = null;

  const ensureDong = (ctx: LayerContext): Array<{ area: Area; text: Text }> => {
    dong ??= geometry.neighborhoods.map((area) => {
      const text = label(nameOf(area, ctx.lang), { size: 20, align: 'center', color: 0xe2e8f0 });
      dongRoot.addChild(text);
      return { area, text };
    });
    return dong;
  };

  return {
    id: 'labels',
    world: null,
    overlay,
    update(ctx) {
      const { viewport } = ctx;
      const showDong = viewport.view.zoom >= DONG_LABEL_ZOOM;
      dongRoot.visible = showDong;
      const langChanged = lang !== ctx.lang;
      lang = ctx.lang;
      for (const l of gu) {
        if (langChanged) setText(l.name, nameOf(l.area, ctx.lang));
        const index = indexOf(ctx.state.air.get(l.area.code), ctx.metric);
        l.value.visible = !ctx.neutral;
        setText(l.value, index === null ? '—' : String(index));
      }
      const key = `${viewport.key}|${ctx.lang}|${showDong}`;
      if (key === placedKey) return;
      placedKey = key;
      for (const l of gu) {
        const [x, y] = viewport.toScreen(l.area.label[0], l.area.label[1]);
        l.root.position.set(Math.round(x), Math.round(y - 34));
      }
      if (!showDong) return;
      for (const d of ensureDong(ctx)) {
        if (langChanged) setText(d.text, nameOf(d.area, ctx.lang));
        const [x, y] = viewport.toScreen(d.area.label[0], d.area.label[1]);
        d.text.visible = x > 0 && y > 0 && x < viewport.width && y < viewport.height;
        d.text.position.set(Math.round(x), Math.round(y + 40));
      }
    },
    model(ctx) {
      return gu.map((l) => {
        const [x, y] = ctx.viewport.toScreen(l.area.label[0], l.area.label[1]);
        return { layer: 'labels', code: l.area.code, name: l.name.text, value: l.value.text, x, y };
      });
    },
    destroy() {
      overlay.destroy({ children: true });
    },
  };
}
