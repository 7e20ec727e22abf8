/**
 * @module connectors/safety/place
 * Pure: whether a position can be in Seoul (a box around the city's boundary, 126.765–127.184 E, 37.428–37.702 N,
 * with a margin of 1–3 km). Positions outside are source errors and go to quarantine.
 */

export const SEOUL_BOX = { west: 126.75, east: 127.2, south: 37.4, north: 37.73 } as const;

export const inSeoul = (lon: number, lat: number): boolean =>
  Number.isFinite(lon) && Number.isFinite(lat) && lon >= SEOUL_BOX.west && lon <= SEOUL_BOX.east && lat >= SEOUL_BOX.south && lat <= SEOUL_BOX.north;
