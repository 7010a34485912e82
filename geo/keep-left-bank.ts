import { difference, featureCollection, polygon } from "@turf/turf";
import type { AreaFeature, LineString, LonLat } from "./types";

/**
 * Keeps the part of `area` on the river's left bank (the bank on your left looking
 * downstream: for the Euphrates in Syria, the north and east bank that the SDF holds).
 *
 * The right bank is closed with a frame from the river's mouth end straight south, west,
 * north, then east along the source end's latitude back to the river: this suits a river
 * flowing from north-west to south-east, as the Euphrates does through Syria. The river
 * must cross the area fully (start and end outside it).
 */
export function keepLeftBank(area: AreaFeature, river: LineString, options: { frameMarginDegrees?: number } = {}): AreaFeature | null {
  const { frameMarginDegrees = 5 } = options;
  const coordinates = river.coordinates as LonLat[];
  const source = coordinates[0];
  const mouth = coordinates[coordinates.length - 1];
  const west = Math.min(...coordinates.map(([lon]) => lon)) - frameMarginDegrees;
  const south = Math.min(...coordinates.map(([, lat]) => lat)) - frameMarginDegrees;
  const rightBank = polygon([[...coordinates, [mouth[0], south], [west, south], [west, source[1]], source]]);
  return difference(featureCollection([area, rightBank])) as AreaFeature | null;
}
