/**
 * @module wall/scene/panels/domain-panel
 * Administration status: the panel of a domain whose source systems are integrated by later work.
 * Until a source of the domain reports, the panel names the systems it will show and says plainly
 * that there is no data — no figures are invented. (Citizen opinion has its own panels.)
 */
import { Container, type Text } from 'pixi.js';
import type { Language, Panel } from '../../../../server/contracts/index.ts';
import { PALETTE } from '../../state/colors.ts';
import type { Rect } from '../../state/frame.ts';
import { t } from '../../state/i18n.ts';
import type { PanelContext, PanelKind, PanelView } from '../panel-view.ts';
import { fit, label } from '../text.ts';
import { PanelChrome } from '../widgets/chrome.ts';

interface Domain {
  kind: 'administration';
  title: { ko: string; en: string };
  systems: Array<{ ko: string; en: string }>;
}

const ADMINISTRATION: Domain = {
  kind: 'administration',
  title: { ko: '시정 현황', en: 'Administration status' },
  systems: [
    { ko: '정책 지표 62종', en: '62 policy indicators' },
    { ko: '공약·4개년 계획 과제', en: 'Pledges and four-year plan tasks' },
    { ko: '예산 집행', en: 'Budget execution' },
    { ko: '도시 점수', en: 'City score' },
  ],
};

class DomainView implements PanelView {
  readonly root = new Container();
  private readonly chrome = new PanelChrome();
  private readonly heading: Text = label('', { size: 30, weight: 'bold', color: PALETTE.muted });
  private readonly lines: Text[];

  constructor(private readonly domain: Domain) {
    this.lines = domain.systems.map(() => label('', { size: 30 }));
    this.chrome.body.addChild(this.heading, ...this.lines);
    this.root.addChild(this.chrome.root);
  }

  update(panel: Panel, rect: Rect, ctx: PanelContext): void {
    const lang: Language = ctx.lang;
    this.chrome.layout(rect);
    this.chrome.setTitle(panel.title?.[lang] ?? this.domain.title[lang]);
    this.chrome.setProvenance(lang, [], ctx.now);
    const inner = this.chrome.inner;
    fit(this.heading, `${t(lang, 'sourceSystems')} — ${t(lang, 'notConnected')}`, inner.w);
    this.heading.position.set(inner.x, inner.y);
    this.lines.forEach((line, i) => {
      fit(line, `○  ${this.domain.systems[i]![lang]}`, inner.w);
      line.position.set(inner.x, inner.y + 70 + i * 56);
    });
  }

  tap(): null {
    return null;
  }

  model() {
    return { id: '', kind: this.domain.kind, title: this.chrome.titleText, provenance: [], items: this.lines.map((l) => ({ system: l.text, connected: false })) };
  }

  destroy(): void {
    this.chrome.destroy();
    this.root.destroy({ children: true });
  }
}

export const administrationPanel: PanelKind = { channels: () => [], create: () => new DomainView(ADMINISTRATION) };
