import { buffer, featureCollection, intersect } from "@turf/turf";
import type { Area, AreaFeature, LineFeature } from "./types";

/**
 * The depth of the zone Türkiye has long named for its "safe zone" along the Syrian border
 * (docs/regions-and-sources.md).
 */
export const BORDER_ZONE_DEPTH_KM = 30;

/**
 * The band of `country` within `depthKm` of `borderLine`: the line buffered on both sides,
 * then clipped to the country so only its own side remains.
 */
export function bufferBorder(
  borderLine: LineFeature,
  country: AreaFeature,
  options: { depthKm?: number; steps?: number } = {},
): AreaFeature {
  const { depthKm = BORDER_ZONE_DEPTH_KM, steps = 16 } = options;
  const band = buffer(borderLine, depthKm, { units: "kilometers", steps });
  if (!band) throw new Error("buffering the border line produced no geometry");
  const zone = intersect<Record<string, unknown>>(featureCollection<Area>([band, country]));
  if (!zone) throw new Error("the border band does not overlap the country");
  return zone;
}
