/** Drawn parts and the area they make, on squares written for these tests (no claim about any real line). */
import { describe, expect, it } from "vitest";
import { area } from "@turf/turf";
import { areaKm2, composeDrawnArea, drawnParts } from "./drawn-area";
import type { Polygon } from "./types";

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe("a drawn area", () => {
  it("is the union of its added parts less its cuts, measured as turf measures it", () => {
    const composed = composeDrawnArea({ add: [square(40, 36, 1), square(40.5, 36, 1)], cut: [square(40.2, 36.2, 0.2)] })!;
    const rectangle = [
      [40, 36],
      [41.5, 36],
      [41.5, 37],
      [40, 37],
      [40, 36],
    ];
    const whole = area({ type: "Polygon", coordinates: [rectangle] } satisfies Polygon);
    const hole = area({ type: "Polygon", coordinates: [square(40.2, 36.2, 0.2)] } satisfies Polygon);
    expect(composed.type).toBe("Polygon");
    expect(areaKm2(composed)).toBeCloseTo(Math.round((whole - hole) / 1e5) / 10, 1);
  });

  it("comes back as the parts it was made of, holes as cuts, and is empty when cut away whole", () => {
    const composed = composeDrawnArea({ add: [square(40, 36, 1), square(42, 36, 1)], cut: [square(40.2, 36.2, 0.2)] })!;
    expect(composed.type).toBe("MultiPolygon");
    const parts = drawnParts(composed);
    expect([parts.add.length, parts.cut.length]).toEqual([2, 1]);
    expect(areaKm2(composeDrawnArea(parts)!)).toBe(areaKm2(composed));
    expect(composeDrawnArea({ add: [square(40, 36, 1)], cut: [square(39, 35, 3)] })).toBeNull();
    expect(composeDrawnArea({ add: [], cut: [] })).toBeNull();
  });
});
