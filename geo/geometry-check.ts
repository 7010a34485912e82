import { area, booleanValid, coordEach, rewind, truncate } from "@turf/turf";
import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import GeometryFactory from "jsts/org/locationtech/jts/geom/GeometryFactory.js";
import GeoJSONReader from "jsts/org/locationtech/jts/io/GeoJSONReader.js";
import GeoJSONWriter from "jsts/org/locationtech/jts/io/GeoJSONWriter.js";
import BufferOp from "jsts/org/locationtech/jts/operation/buffer/BufferOp.js";
import IsValidOp from "jsts/org/locationtech/jts/operation/valid/IsValidOp.js";

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
    const problem = geometry.type === "Polygon" || geometry.type === "MultiPolygon" ? topologyError(geometry) : null;
    if (problem) throw new InvalidGeometryError(`${where} (${geometry.type}): ${problem}`);
  });
}

const jtsReader = new GeoJSONReader(new GeometryFactory());

/** Holes and parts smaller than this (a 200 m square, the regions' simplification) are slivers, not ground. */
export const SLIVER_KM2 = 0.04;
/** Five decimals of a degree is about 1 m: more is noise from a source's digitising. */
const COORDINATE_DECIMALS = 5;

/**
 * Why JTS — whose C++ port GEOS is the engine under QGIS, GDAL and PostGIS — would refuse an area
 * ("Self-intersection at 38.7548, 35.8881"), or null when it is valid. turf's booleanValid passes a
 * hole that crosses itself; GIS tools do not, so every area the product stores passes this too.
 */
export function topologyError(geometry: Polygon | MultiPolygon): string | null {
  const error = new IsValidOp(jtsReader.read(geometry)).getValidationError();
  if (!error) return null;
  const at = error.getCoordinate();
  return at ? `${error.getMessage()} at ${at.x.toFixed(4)}, ${at.y.toFixed(4)}` : error.getMessage();
}

/**
 * An area made valid the way GIS tools do it (a zero buffer re-nodes a crossing ring), without the
 * holes and parts under SLIVER_KM2 (left where two cuts nearly meet), at COORDINATE_DECIMALS and
 * RFC 7946 winding. Throws when it still is not valid.
 */
export function repairedArea(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const buffered = new GeoJSONWriter().write(BufferOp.bufferOp(jtsReader.read(geometry), 0)) as Polygon | MultiPolygon;
  const big = (ring: number[][]) => area({ type: "Polygon", coordinates: [ring] }) / 1e6 >= SLIVER_KM2;
  const polygons = (buffered.type === "Polygon" ? [buffered.coordinates] : buffered.coordinates)
    .filter(([outer]) => big(outer))
    .map(([outer, ...holes]) => [outer, ...holes.filter(big)]);
  if (!polygons.length) throw new InvalidGeometryError(`nothing of the area is larger than ${SLIVER_KM2} km²`);
  const kept: Polygon | MultiPolygon =
    polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0] } : { type: "MultiPolygon", coordinates: polygons };
  const repaired = rewind(truncate(kept, { precision: COORDINATE_DECIMALS })) as Polygon | MultiPolygon;
  const problem = topologyError(repaired);
  if (problem) throw new InvalidGeometryError(`the repaired area is still invalid: ${problem}`);
  return repaired;
}
