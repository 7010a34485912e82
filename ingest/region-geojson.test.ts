import { booleanClockwise } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { TEST_SQUARE_CLOCKWISE, testRegionProperties } from "@/tests/fixtures/regions";
import { MAX_FEATURE_POSITIONS, parseRegionGeoJson } from "./region-geojson";

const feature = (geometry: unknown, properties: Record<string, unknown> = testRegionProperties) => ({
  type: "Feature",
  properties,
  geometry,
});
const parse = (...features: unknown[]) => parseRegionGeoJson(JSON.stringify({ type: "FeatureCollection", features }));

describe("region GeoJSON import", () => {
  it("accepts a valid version and rewinds a clockwise outer ring to RFC 7946's anticlockwise", () => {
    const result = parse(feature({ type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ringsRewound).toBe(1);
    const geometry = result.value.regions[0].geometry;
    expect(geometry.type).toBe("Polygon");
    const [ring] = geometry.coordinates as [number, number][][];
    expect(booleanClockwise(ring)).toBe(false);
    expect(result.value.regions[0].properties.validTo).toBeNull();
  });

  it("names the problem and the feature for each kind of bad geometry", () => {
    const open = [
      [40.7, 36.5],
      [40.9, 36.5],
      [40.9, 36.3],
      [40.7, 36.3],
    ];
    const bowTie = [
      [40, 36],
      [41, 37],
      [41, 36],
      [40, 37],
      [40, 36],
    ];
    const cases: [unknown, string][] = [
      [{ type: "Polygon", coordinates: [[...open, [40.7, 36.4]]] }, "is not closed"],
      [{ type: "Polygon", coordinates: [bowTie] }, "crosses itself near"],
      [
        {
          type: "Polygon",
          coordinates: [
            [
              [40, 36],
              [41, 36],
              [40, 36],
            ],
          ],
        },
        "at least 4 positions",
      ],
      [
        {
          type: "Polygon",
          coordinates: [
            [
              [40, 36],
              [200, 36],
              [41, 37],
              [40, 36],
            ],
          ],
        },
        "off the globe",
      ],
      [
        {
          type: "LineString",
          coordinates: [
            [40, 36],
            [41, 37],
          ],
        },
        "must be a Polygon or MultiPolygon, not LineString",
      ],
      [null, "no geometry"],
    ];
    for (const [geometry, message] of cases) {
      const result = parse(feature({ type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] }), feature(geometry));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join("\n")).toContain(message);
      // Only the bad feature is blamed, and nothing of the file is taken.
      if (!result.ok) expect(result.errors.map((error) => error.slice(0, 9))).toEqual(["feature 1"]);
    }
  });

  it("refuses a version without a source, a start date, or a well-formed region id", () => {
    const square = { type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] };
    const unsourced = { ...testRegionProperties, sources: undefined };
    const checks: [Record<string, unknown>, string][] = [
      [unsourced, '"sources"'],
      [{ ...testRegionProperties, sources: [] }, "at least one source"],
      [{ ...testRegionProperties, validFrom: undefined }, '"validFrom"'],
      [{ ...testRegionProperties, id: "Atlantis Bay" }, "a region id: lower-case words joined by hyphens"],
      [{ ...testRegionProperties, validTo: "2025-01-01" }, "validTo must come after validFrom"],
    ];
    for (const [properties, message] of checks) {
      const result = parse(feature(square, properties));
      expect(result.ok ? "accepted" : result.errors.join("\n")).toContain(message);
    }
    expect(parseRegionGeoJson("{").ok).toBe(false);
    expect(parseRegionGeoJson('{"type":"FeatureCollection","features":[]}')).toEqual({
      ok: false,
      errors: ["the FeatureCollection has no features"],
    });
  });

  it("refuses a feature with more positions than the check can afford, at once and naming the limit", () => {
    // A circle of 16,000 points near Al Hasakah: valid, but 16 s of pairwise checks before the cap.
    const ring = Array.from({ length: 16_000 }, (_, index) => {
      const angle = (2 * Math.PI * index) / 16_000;
      return [40.8 + 0.1 * Math.cos(angle), 36.4 + 0.1 * Math.sin(angle)];
    });
    ring.push(ring[0]);
    const started = performance.now();
    const result = parseRegionGeoJson(
      JSON.stringify({ type: "Feature", properties: testRegionProperties, geometry: { type: "Polygon", coordinates: [ring] } }),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining(`at most ${MAX_FEATURE_POSITIONS.toLocaleString("en")} a feature`)],
    });
  });
});
