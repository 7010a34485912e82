import { distance, lineString, point, pointToLineDistance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { locateAreaPlaces, type BoundaryLines } from "./area-places";
import { loadRegionSources, readGeoJson } from "./load-region-sources";

const places = locateAreaPlaces(loadRegionSources().districts, readGeoJson<BoundaryLines>("syria_boundary_lines_naturalearth.geojson"));
const placeNamed = (name: string) => places.find((place) => place.name === name)!;

describe("points of named areas", () => {
  it("puts a border area on the boundary line itself, far from both its ends", () => {
    const border = point([placeNamed("Lebanon–Syria border").lon, placeNamed("Lebanon–Syria border").lat]);
    const parts = readGeoJson<BoundaryLines>("syria_boundary_lines_naturalearth.geojson")
      .features.filter(({ properties }) => [properties.adm0_a3_l, properties.adm0_a3_r].includes("LBN"))
      .flatMap(({ geometry }) => (geometry.type === "MultiLineString" ? geometry.coordinates : []));
    expect(Math.min(...parts.map((part) => pointToLineDistance(border, lineString(part))))).toBeLessThan(0.1);
    // The boundary's ends: at the sea (its westernmost vertex) and by Mount Hermon (its southernmost).
    const vertices = parts.flat();
    const seaEnd = vertices.reduce((west, vertex) => (vertex[0] < west[0] ? vertex : west));
    const hermonEnd = vertices.reduce((south, vertex) => (vertex[1] < south[1] ? vertex : south));
    expect(distance(border, point(seaEnd))).toBeGreaterThan(50);
    expect(distance(border, point(hermonEnd))).toBeGreaterThan(50);
  });

  it("puts the Syrian coast between Latakia and Tartus, inland of the sea", () => {
    const coast = placeNamed("Syrian coast");
    // Tartus (34.889° N, GeoNames 163345) and Latakia (35.532° N), geo/sources/cities500.
    expect(coast.lat).toBeGreaterThan(34.889);
    expect(coast.lat).toBeLessThan(35.532);
    expect(coast.lon).toBeGreaterThan(35.8);
  });
});
