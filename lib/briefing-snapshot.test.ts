import { describe, expect, it } from "vitest";
import { metresPerPixel, scaleBar } from "@/lib/briefing-snapshot";

describe("scale bar", () => {
  it("knows a pixel's ground size: 156 km at zoom 0 on the equator for 256-px tiles, 78 km for MapLibre's 512", () => {
    expect(metresPerPixel(0, 0) / 1000).toBeCloseTo(78.27, 1);
    expect(metresPerPixel(60, 1)).toBeCloseTo(metresPerPixel(0, 0) / 4, 0);
  });

  it("picks a round length that fits", () => {
    const bar = scaleBar(35, 5.4, 160);
    expect([1, 2, 5].some((step) => [1, 10, 100, 1000].some((unit) => bar.km === step * unit))).toBe(true);
    expect(bar.pixels).toBeLessThanOrEqual(160);
    expect(bar.pixels).toBeGreaterThan(160 / 2.5);
  });
});
