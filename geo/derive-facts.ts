import { booleanPointInPolygon, point, pointToLineDistance } from "@turf/turf";
import type { AreaFeature, LineFeature, LineString, LonLat, RegionFeature } from "./types";

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

export interface EventFacts {
  /** Regions whose current polygon contains the event's point. */
  regions: { id: string; name: string }[];
  borderDistanceKm: number;
  ceasefireLineDistanceKm: number;
}

/** Facts computed from an event's point, never typed in (docs/regions-and-sources.md, "Derived facts"). */
export function deriveEventFacts(position: LonLat, regions: RegionFeature[], referenceLines: LineFeature<{ id: string }>[]): EventFacts {
  const line = (id: string) => {
    const found = referenceLines.find((candidate) => candidate.properties.id === id);
    if (!found) throw new Error(`reference line ${id} is missing`);
    return found;
  };
  return {
    regions: regions
      .filter((region) => pointInArea(position, region))
      .map((region) => ({ id: region.properties.id, name: region.properties.name })),
    borderDistanceKm: Math.round(distanceToLineKm(position, line("turkey-syria-border-line"))),
    ceasefireLineDistanceKm: Math.round(distanceToLineKm(position, line("ceasefire-1974"))),
  };
}
