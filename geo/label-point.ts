import { booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type { AreaFeature, LonLat } from "./types";

/**
 * Where to write an area's name: its centre of mass when that falls inside it, else a
 * point surely on it (a crescent's centre lies outside). Polygon labels placed by the map
 * itself are cut at tile edges and often dropped; one point per region is not.
 */
export function labelPoint(area: AreaFeature | AreaFeature["geometry"]): LonLat {
  const centre = centerOfMass(area);
  const chosen = booleanPointInPolygon(centre, area) ? centre : pointOnFeature(area);
  return chosen.geometry.coordinates as LonLat;
}
