/**
 * @module wall/state/incident-style
 * How an incident looks on the map, as data: the agency gives the shape (119 fire and EMS a circle,
 * 112 police a diamond), the type the colour (fire red, rescue orange, EMS amber, police blues and
 * violets), the severity the size; the stage the fill — a hollow pulsing ring while reported, half
 * filled and pulsing while dispatched, solid once arrived, faded when resolved. An incident running
 * late flashes. Also the hit test that finds the marker under a tap. Pure.
 */
import type { Agency, Incident, IncidentType, Severity } from '../../../server/contracts/index.ts';

export const INCIDENT_COLORS: Readonly<Record<IncidentType, number>> = {
  fire: 0xef4444,
  rescue: 0xf97316,
  ems: 0xfacc15,
  homicide: 0x7c3aed,
  robbery: 0x2563eb,
  'sexual-violence': 0xc026d3,
  theft: 0x38bdf8,
  violence: 0x4f46e5,
};

export const AGENCY_SHAPES: Readonly<Record<Agency, 'circle' | 'diamond'>> = { fire: 'circle', police: 'diamond' };

/** Marker radius in logical pixels. */
export const SEVERITY_RADIUS: Readonly<Record<Severity, number>> = { minor: 13, moderate: 17, major: 22, critical: 28 };

export const LATE_COLOR = 0xfde047;
export const RESOLVED_ALPHA = 0.35;

export type MarkerFill = 'hollow' | 'half' | 'solid' | 'faded';

export interface MarkerStyle {
  shape: 'circle' | 'diamond';
  color: number;
  radius: number;
  fill: MarkerFill;
  /** A ring that pulses with the clock while help is on its way. */
  pulse: boolean;
  /** Running late now: the marker flashes. */
  flashing: boolean;
  /** Ran late at some stage: a steady amber outline. */
  lateMark: boolean;
  selected: boolean;
}

const FILL_OF: Readonly<Record<Incident['stage'], MarkerFill>> = { reported: 'hollow', dispatched: 'half', arrived: 'solid', resolved: 'faded' };

export function markerStyle(i: Pick<Incident, 'agency' | 'type' | 'severity' | 'stage'>, o: { runningLate: boolean; wasLate: boolean; selected: boolean }): MarkerStyle {
  const open = i.stage !== 'resolved';
  return {
    shape: AGENCY_SHAPES[i.agency],
    color: INCIDENT_COLORS[i.type],
    radius: SEVERITY_RADIUS[i.severity],
    fill: FILL_OF[i.stage],
    pulse: i.stage === 'reported' || i.stage === 'dispatched',
    flashing: open && o.runningLate,
    lateMark: o.wasLate && !(open && o.runningLate),
    selected: o.selected,
  };
}

/** A key that changes exactly when the marker must be drawn again. */
export const styleKey = (s: MarkerStyle): string => `${s.shape}|${s.color}|${s.radius}|${s.fill}|${s.pulse}|${s.flashing}|${s.lateMark}|${s.selected}`;

/** Flashing and pulsing follow the wall clock (whole seconds), so they cost no extra redraws. */
export const flashOn = (clockS: number): boolean => clockS % 2 === 0;
export const pulseScale = (clockS: number): number => (clockS % 2 === 0 ? 1.6 : 1.25);

export interface PlacedMarker {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** Extra reach around a marker for a finger, in logical pixels. */
export const TAP_SLOP = 18;

/** The marker under (x, y): the nearest whose reach holds the point; among equals, the one drawn last (on top). */
export function markerAt(markers: readonly PlacedMarker[], x: number, y: number, slop = TAP_SLOP): PlacedMarker | null {
  let best: PlacedMarker | null = null;
  let bestD = Infinity;
  for (const m of markers) {
    const d = Math.hypot(m.x - x, m.y - y);
    if (d <= m.radius + slop && d <= bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}
