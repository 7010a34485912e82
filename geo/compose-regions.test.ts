import { readFileSync } from "node:fs";
import path from "node:path";
import { area, booleanValid } from "@turf/turf";
import { beforeAll, describe, expect, it } from "vitest";
import { composeRegions } from "./compose-regions";
import { topologyError } from "./geometry-check";
import { GEO_DATA_DIR, REGIONS_FILE } from "./data-files";
import { pointInArea } from "./derive-facts";
import { loadRegionSources } from "./load-region-sources";
import type { ComposedRegionId, LonLat, RegionFeature } from "./types";

/** Town coordinates from GeoNames cities500 (ids in comments). */
const TOWNS: Record<string, LonLat> = {
  Qamishli: [41.23142, 37.05215], // 173377
  Raqqa: [39.00788, 35.95283], // 172955
  Kobani: [38.35347, 36.89095], // 172256
  Tabqa: [38.54828, 35.83758], // 172374 Ath Thawrah
  Hasakah: [40.74772, 36.50237], // 173811
  AinIssa: [38.86228, 36.3855], // 172134
  Busayrah: [40.42716, 35.15618], // 173927, east bank of the Euphrates
  TalAbyad: [38.95382, 36.69648], // 163750
  RasAlAin: [40.07055, 36.85034], // 165509
  Manbij: [37.95495, 36.52815], // 167357
  DeirEzZor: [40.14084, 35.33588], // 170794, west bank
  Damascus: [36.29128, 33.5102], // 170654
  Azaz: [37.04628, 36.58662], // 172082
  Quneitra: [35.82461, 33.12595], // 173334
  Daraa: [36.10213, 32.61889], // 170905
  Sweida: [36.56951, 32.70896], // 172408
};

let regions: Record<ComposedRegionId, RegionFeature>;
beforeAll(() => {
  regions = Object.fromEntries(composeRegions(loadRegionSources()).map((region) => [region.properties.id, region])) as typeof regions;
});

const inside = (id: ComposedRegionId, town: string) => pointInArea(TOWNS[town], regions[id]);

describe("composeRegions", () => {
  it("builds the three regions as valid polygons with their basis and sources", () => {
    for (const region of Object.values(regions)) {
      expect(booleanValid(region.geometry), region.properties.id).toBe(true);
      expect(topologyError(region.geometry), region.properties.id).toBeNull();
      expect(region.properties.basis).not.toBe("");
      expect(region.properties.sources.length).toBeGreaterThan(0);
    }
    expect(regions["sdf-northeast"].properties.status).toBe("approximate");
  });

  it("gives the SDF the north-east and the Euphrates' east bank, not the Peace Spring strip or Manbij", () => {
    for (const town of ["Qamishli", "Raqqa", "Kobani", "Tabqa", "Hasakah", "AinIssa", "Busayrah"])
      expect(inside("sdf-northeast", town), town).toBe(true);
    for (const town of ["TalAbyad", "RasAlAin", "Manbij", "DeirEzZor", "Damascus", "Azaz"])
      expect(inside("sdf-northeast", town), town).toBe(false);
  });

  it("makes the border zone 30 km deep on the Syrian side only", () => {
    for (const town of ["Qamishli", "Kobani", "Azaz", "TalAbyad"]) expect(inside("turkey-syria-border", town), town).toBe(true);
    for (const town of ["Raqqa", "Hasakah", "Damascus"]) expect(inside("turkey-syria-border", town), town).toBe(false);
    // ~910 km of border × 30 km, less where the band is clipped by the Syrian outline's bends.
    const km2 = area(regions["turkey-syria-border"]) / 1e6;
    expect(km2).toBeGreaterThan(18_000);
    expect(km2).toBeLessThan(28_000);
  });

  it("makes the south-west Quneitra, Daraa and Sweida", () => {
    for (const town of ["Quneitra", "Daraa", "Sweida"]) expect(inside("southwest-syria", town), town).toBe(true);
    expect(inside("southwest-syria", "Damascus")).toBe(false);
  });

  it("matches the committed geo/data/regions.geojson (rerun `npm run geo:build` after changing a source)", () => {
    const committed = JSON.parse(readFileSync(path.join(GEO_DATA_DIR, REGIONS_FILE), "utf8"));
    expect(committed.features).toEqual(JSON.parse(JSON.stringify(Object.values(regions))));
  });
});
