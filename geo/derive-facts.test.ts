import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GEO_DATA_DIR, REGIONS_FILE } from "./data-files";
import { deriveEventFacts } from "./derive-facts";
import { loadReferenceLines } from "./reference-lines";
import type { RegionFeature } from "./types";

const regions: RegionFeature[] = JSON.parse(readFileSync(path.join(GEO_DATA_DIR, REGIONS_FILE), "utf8")).features;

describe("deriveEventFacts", () => {
  it("puts Qamishli in the SDF area and the border zone, on the border", () => {
    const facts = deriveEventFacts([41.23142, 37.05215], regions, loadReferenceLines());
    expect(facts.regions.map((region) => region.id).sort()).toEqual(["sdf-northeast", "turkey-syria-border"]);
    expect(facts.borderDistanceKm).toBeLessThan(3);
  });

  it("puts Quneitra in the south-west, a few km from the 1974 line and far from Türkiye", () => {
    const facts = deriveEventFacts([35.82461, 33.12595], regions, loadReferenceLines());
    expect(facts.regions.map((region) => region.id)).toEqual(["southwest-syria"]);
    expect(facts.ceasefireLineDistanceKm).toBeLessThan(8);
    // The nearest border point is its western end by Kassab, about 300 km north.
    expect(facts.borderDistanceKm).toBeGreaterThan(250);
  });
});
