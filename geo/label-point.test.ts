import { booleanPointInPolygon, point, polygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { labelPoint } from "./label-point";

describe("labelPoint", () => {
  it("uses the centre of a convex area", () => {
    expect(
      labelPoint(
        polygon([
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ]),
      ),
    ).toEqual([1, 1]);
  });

  it("stays inside a U-shaped area whose centre of mass is outside it", () => {
    const u = polygon([
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ]);
    expect(booleanPointInPolygon(point(labelPoint(u)), u)).toBe(true);
  });
});
