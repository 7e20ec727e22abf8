/**
 * @module wall/scene/layers/incidents
 * Incidents on the map: one marker per incident on the board (shape by agency, colour by type, size
 * by severity, fill by stage, a flash while a stage is past its target) with its age. Markers are
 * created when an incident appears and destroyed when it leaves the board; a marker is redrawn only
 * when its look changes, moved only when the map moves. Resolved ones lie under open ones, the most
 * severe on top. A tap on a marker selects its incident (a second tap clears it).
 */
import { Container } from 'pixi.js';
import type { Incident } from '../../../../server/contracts/index.ts';
import { project } from '../../map/projection.ts';
import type { WallAction } from '../../state/actions.ts';
import { ageText } from '../../state/i18n.ts';
import { markerAt, markerStyle, type PlacedMarker } from '../../state/incident-style.ts';
import { isOpen, isRunningLate, reportedAt, severityIndex, visibleIncidents, wasLate } from '../../state/incidents.ts';
import { IncidentMarker } from './incident-marker.ts';
import type { LayerContext, MapLayer } from './map-layer.ts';

interface Held {
  incident: Incident;
  marker: IncidentMarker;
  at: [number, number];
  lonLat: string;
  screen: [number, number];
  shown: boolean;
}

/** Drawing order: resolved lowest, then by severity; the selected one on top. */
const zOf = (i: Incident, selected: boolean): number => (selected ? 100 : 0) + (isOpen(i) ? 10 : 0) + severityIndex(i.severity);

export function incidentsLayer(): MapLayer {
  const overlay = new Container({ sortableChildren: true });
  const held = new Map<string, Held>();
  let placedKey = '';

  const sync = (incidents: readonly Incident[]): boolean => {
    const ids = new Set(incidents.map((i) => i.id));
    let changed = false;
    for (const [id, h] of held) {
      if (ids.has(id)) continue;
      h.marker.destroy();
      held.delete(id);
    }
    for (const incident of incidents) {
      const lonLat = `${incident.lon},${incident.lat}`;
      const h = held.get(incident.id);
      if (h && h.lonLat === lonLat) {
        h.incident = incident;
        continue;
      }
      changed = true;
      if (h) {
        Object.assign(h, { incident, lonLat, at: project(incident.lon, incident.lat) });
        continue;
      }
      const marker = new IncidentMarker();
      overlay.addChild(marker.root);
      held.set(incident.id, { incident, marker, at: project(incident.lon, incident.lat), lonLat, screen: [0, 0], shown: false });
    }
    return changed;
  };

  const place = (ctx: LayerContext): void => {
    const { viewport } = ctx;
    for (const h of held.values()) {
      const [x, y] = viewport.toScreen(h.at[0], h.at[1]);
      h.screen = [x, y];
      const m = 40;
      h.shown = x > -m && y > -m && x < viewport.width + m && y < viewport.height + m;
      h.marker.root.visible = h.shown;
      h.marker.root.position.set(Math.round(x), Math.round(y));
    }
  };

  const placed = (): PlacedMarker[] =>
    [...held.values()].filter((h) => h.shown).sort((a, b) => a.marker.root.zIndex - b.marker.root.zIndex).map((h) => ({ id: h.incident.id, x: h.screen[0], y: h.screen[1], radius: h.marker.style?.radius ?? 0 }));

  return {
    id: 'incidents',
    world: null,
    overlay,
    update(ctx) {
      const { state } = ctx;
      const moved = sync(visibleIncidents(state));
      const now = state.clock * 1000;
      for (const h of held.values()) {
        const i = h.incident;
        const selected = i.id === state.selectedIncident;
        const style = markerStyle(i, { runningLate: isRunningLate(i, state), wasLate: wasLate(i, state), selected });
        h.marker.update(style, isOpen(i) ? ageText(ctx.lang, now - reportedAt(i)) : '', state.clock);
        const z = zOf(i, selected);
        if (h.marker.root.zIndex !== z) h.marker.root.zIndex = z;
      }
      if (!moved && placedKey === ctx.viewport.key) return;
      placedKey = ctx.viewport.key;
      place(ctx);
    },
    incidentAt(x, y): string | null {
      return markerAt(placed(), x, y)?.id ?? null;
    },
    tap(x, y, ctx): WallAction | null {
      const hit = markerAt(placed(), x, y);
      if (!hit) return null;
      return hit.id === ctx.state.selectedIncident ? { type: 'incident.clear' } : { type: 'incident.select', id: hit.id };
    },
    model(ctx) {
      return [...held.values()].map((h) => {
        const s = h.marker.style;
        return {
          layer: 'incidents', id: h.incident.id, agency: h.incident.agency, type: h.incident.type, severity: h.incident.severity,
          stage: h.incident.stage, district: h.incident.district, x: h.screen[0], y: h.screen[1], radius: s?.radius ?? 0, visible: h.shown,
          shape: s?.shape, fill: s?.fill, flashing: s?.flashing ?? false, selected: h.incident.id === ctx.state.selectedIncident, age: h.marker.age.text,
        };
      });
    },
    destroy() {
      overlay.destroy({ children: true });
    },
  };
}
