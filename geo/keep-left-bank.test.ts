import { area, booleanPointInPolygon, booleanValid, point, polygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { keepLeftBank } from "./keep-left-bank";

describe("keepLeftBank", () => {
  it("keeps the north-east side of a square cut by a river flowing south-east", () => {
    const square = polygon([
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ]);
    const river = {
      type: "LineString" as const,
      coordinates: [
        [-1, 3],
        [3, -1],
      ],
    };
    const kept = keepLeftBank(square, river)!;
    expect(booleanValid(kept.geometry)).toBe(true);
    expect(booleanPointInPolygon(point([1.8, 1.8]), kept)).toBe(true);
    expect(booleanPointInPolygon(point([0.2, 0.2]), kept)).toBe(false);
    expect(area(kept) / area(square)).toBeCloseTo(0.5, 1);
  });

  it("returns null when the area lies wholly on the right bank", () => {
    const square = polygon([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ]);
    expect(
      keepLeftBank(square, {
        type: "LineString",
        coordinates: [
          [0, 5],
          [5, 0],
        ],
      }),
    ).toBeNull();
  });
});
