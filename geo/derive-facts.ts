import { booleanPointInPolygon, point, pointToLineDistance } from "@turf/turf";
import type { AreaFeature, LineFeature, LineString, LonLat } from "./types";

/** Whether the point lies inside the area (on the edge counts as inside). */
export function pointInArea(position: LonLat, area: AreaFeature | AreaFeature["geometry"]): boolean {
  return booleanPointInPolygon(point(position), area);
}

/** Shortest distance in km from the point to a line or any part of a multi-line. */
export function distanceToLineKm(position: LonLat, line: LineFeature): number {
  const parts: LineString[] =
    line.geometry.type === "LineString"
      ? [line.geometry]
      : line.geometry.coordinates.map((coordinates) => ({ type: "LineString", coordinates }));
  return Math.min(...parts.map((part) => pointToLineDistance(point(position), part, { units: "kilometers" })));
}
