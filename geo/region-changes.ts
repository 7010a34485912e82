/**
 * What changed hands between two dates: per region, the ground its version on the later date holds
 * and its version on the earlier one did not (gained), and the reverse (lost), each with its area.
 * Pure: the regions as they stood on each date come in (db/queries/region-versions.ts, listRegions).
 */
import { area, difference, featureCollection } from "@turf/turf";
import { SLIVER_KM2 } from "./geometry-check";
import type { Area, Feature, FeatureCollection, RegionFeature } from "./types";

export interface RegionChangeProps {
  region: string;
  name: string;
  change: "gained" | "lost";
  /** Square kilometres, to one decimal. */
  areaKm2: number;
}

const minus = (from: RegionFeature | undefined, taken: RegionFeature | undefined): Feature<Area> | null => {
  if (!from) return null;
  if (!taken) return from;
  return difference(featureCollection<Area>([from, taken]));
};

export function regionChanges(before: RegionFeature[], after: RegionFeature[]): FeatureCollection<Area, RegionChangeProps> {
  const ids = [...new Set([...before, ...after].map((region) => region.properties.id))].sort();
  const features: Feature<Area, RegionChangeProps>[] = [];
  for (const id of ids) {
    const then = before.find((region) => region.properties.id === id);
    const now = after.find((region) => region.properties.id === id);
    const name = (now ?? then)!.properties.name;
    for (const [change, part] of [
      ["gained", minus(now, then)],
      ["lost", minus(then, now)],
    ] as const) {
      if (!part) continue;
      const km2 = area(part) / 1e6;
      // Smaller, it is where two drawings of one line disagree by metres, not ground that moved.
      if (km2 < SLIVER_KM2) continue;
      features.push({
        type: "Feature",
        geometry: part.geometry,
        properties: { region: id, name, change, areaKm2: Math.round(km2 * 10) / 10 },
      });
    }
  }
  return { type: "FeatureCollection", features };
}

/** One region's change between the two dates, in km² to one decimal. */
export interface RegionChangeSummary {
  region: string;
  name: string;
  gainedKm2: number;
  lostKm2: number;
  netKm2: number;
}

/** GET /api/regions/changes: the parts, and their totals per region. */
export type RegionChangesAnswer = FeatureCollection<Area, RegionChangeProps> & { summary: RegionChangeSummary[] };

const tenth = (km2: number) => Math.round(km2 * 10) / 10;

/** Per region, the ground gained and lost and the net change, largest change first. */
export function summariseChanges(changes: FeatureCollection<Area, RegionChangeProps>): RegionChangeSummary[] {
  const byRegion = new Map<string, RegionChangeSummary>();
  for (const { properties } of changes.features) {
    const row = byRegion.get(properties.region) ?? {
      region: properties.region,
      name: properties.name,
      gainedKm2: 0,
      lostKm2: 0,
      netKm2: 0,
    };
    if (properties.change === "gained") row.gainedKm2 = tenth(row.gainedKm2 + properties.areaKm2);
    else row.lostKm2 = tenth(row.lostKm2 + properties.areaKm2);
    row.netKm2 = tenth(row.gainedKm2 - row.lostKm2);
    byRegion.set(properties.region, row);
  }
  return [...byRegion.values()].sort((a, b) => b.gainedKm2 + b.lostKm2 - (a.gainedKm2 + a.lostKm2));
}
