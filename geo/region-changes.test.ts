import { area, polygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { formatNetKm2 } from "@/lib/comparison";
import { regionChanges, summariseChanges } from "./region-changes";
import type { RegionFeature } from "./types";

// Squares drawn for this test, no claim about any real line: a 0.2° square that moves 0.1° east.
const square = (west: number): RegionFeature =>
  ({
    type: "Feature",
    id: "sdf-northeast",
    geometry: polygon([
      [
        [west, 36.3],
        [west + 0.2, 36.3],
        [west + 0.2, 36.5],
        [west, 36.5],
        [west, 36.3],
      ],
    ]).geometry,
    properties: { id: "sdf-northeast", name: "Test area" },
  }) as RegionFeature;
const strip = (west: number, east: number) =>
  area(
    polygon([
      [
        [west, 36.3],
        [east, 36.3],
        [east, 36.5],
        [west, 36.5],
        [west, 36.3],
      ],
    ]),
  ) / 1e6;

describe("what changed hands between two dates", () => {
  it("gives the ground gained and lost in km², as turf measures it", () => {
    const changes = regionChanges([square(40.7)], [square(40.8)]);
    expect(changes.features.map((feature) => feature.properties.change)).toEqual(["gained", "lost"]);
    const [gained, lost] = changes.features.map((feature) => feature.properties.areaKm2);
    // Each side is a 0.1° × 0.2° strip at 36.4° N: about 200 km².
    expect(gained).toBeCloseTo(strip(40.9, 41.0), 0);
    expect(lost).toBeCloseTo(strip(40.7, 40.8), 0);
    expect(gained).toBeGreaterThan(190);
    expect(gained).toBeLessThan(210);
  });

  it("counts a region that appears as all gained, and one unchanged as nothing", () => {
    expect(regionChanges([], [square(40.7)]).features.map((feature) => feature.properties)).toEqual([
      { region: "sdf-northeast", name: "Test area", change: "gained", areaKm2: Math.round(strip(40.7, 40.9) * 10) / 10 },
    ]);
    expect(regionChanges([square(40.7)], [square(40.7)]).features).toEqual([]);
  });

  it("totals each region's change, net of what it lost, and writes the sign a reader expects", () => {
    const [row] = summariseChanges(regionChanges([square(40.7)], [square(40.75)]));
    expect(row.region).toBe("sdf-northeast");
    expect(row.netKm2).toBeCloseTo(row.gainedKm2 - row.lostKm2, 1);
    expect(summariseChanges(regionChanges([square(40.7)], [])).map((summary) => formatNetKm2(summary.netKm2))).toEqual([
      `−${(Math.round(strip(40.7, 40.9) * 10) / 10).toLocaleString("en")} km²`,
    ]);
    expect(formatNetKm2(4210)).toBe("+4,210 km²");
  });
});
