import { area } from "@turf/turf";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { TEST_BOW_TIE_HOLE, TEST_SHELL } from "@/tests/fixtures/regions";
import { repairedArea, topologyError } from "./geometry-check";

// Shapes drawn for these tests: a 1° square with holes, one of them a bow tie (its ring crosses itself).
/** A hole of about 50 m²: what cutting along a river leaves where two cuts nearly meet. */
const sliverHole = [
  [40.7, 36.7],
  [40.7001, 36.7],
  [40.7, 36.70001],
  [40.7, 36.7],
];
const polygon = (...rings: number[][][]): Polygon => ({ type: "Polygon", coordinates: rings });

describe("geometry as GIS tools check it (JTS)", () => {
  it("finds where a hole crosses itself, and passes a plain square", () => {
    expect(topologyError(polygon(TEST_SHELL))).toBeNull();
    expect(topologyError(polygon(TEST_SHELL, TEST_BOW_TIE_HOLE))).toBe("Self-intersection at 40.3000, 36.3000");
  });

  it("repairs a crossing hole and drops a sliver, keeping the area and RFC 7946 winding", () => {
    const repaired = repairedArea(polygon(TEST_SHELL, TEST_BOW_TIE_HOLE, sliverHole));
    expect(topologyError(repaired)).toBeNull();
    expect(repaired.type).toBe("Polygon");
    // A zero buffer keeps one lobe of the bow tie as the hole (JTS's rule, which GIS tools share): where
    // real cuts cross by metres, the ground that changes sides is metres wide. The sliver is gone.
    const lobe = polygon([
      [40.2, 36.2],
      [40.3, 36.3],
      [40.2, 36.4],
      [40.2, 36.2],
    ]);
    expect((repaired as Polygon).coordinates).toHaveLength(2);
    const expected = area(polygon(TEST_SHELL)) - area(lobe);
    expect(Math.abs(area(repaired) - expected) / expected).toBeLessThan(1e-4);
  });
});
