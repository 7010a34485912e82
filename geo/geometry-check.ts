import { booleanValid, coordEach } from "@turf/turf";
import type { Feature, Geometry } from "geojson";

export class InvalidGeometryError extends Error {}

/**
 * Throws unless every feature carries a geometry that turf considers valid (closed rings,
 * no self-intersections) with every coordinate a finite longitude/latitude. Used wherever
 * geometry enters the app: region builds, seeding, and later imports.
 */
export function assertValidGeometry(features: Feature<Geometry | null>[], label: string): void {
  features.forEach((feature, index) => {
    const where = `${label}[${index}]`;
    const geometry = feature.geometry;
    if (!geometry) throw new InvalidGeometryError(`${where} has no geometry`);
    coordEach(geometry, ([lon, lat]) => {
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw new InvalidGeometryError(`${where} has a coordinate out of range: ${lon}, ${lat}`);
      }
    });
    if (!booleanValid(geometry)) throw new InvalidGeometryError(`${where} (${geometry.type}) is not valid geometry`);
  });
}
