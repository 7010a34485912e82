import { isNull, sql } from "drizzle-orm";
import { distanceToLineKm, pointInArea } from "@/geo/derive-facts";
import { loadReferenceLines } from "@/geo/reference-lines";
import { REGION_IDS, type LonLat, type RegionId } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { events } from "../schema";
import { listRegions } from "./regions";

/** What an event's point says for the map's spatial filters, stored on the event (schema: regionMask, borderKm). */
export interface MapFacts {
  regionMask: number;
  borderKm: number;
}

/** The bit of `events.region_mask` that stands for the region. */
export function regionBit(id: RegionId): number {
  return 1 << REGION_IDS.indexOf(id);
}

type FactsOf = (position: LonLat) => MapFacts;

// Region polygons are parsed once per database handle; a region import calls forgetMapFacts.
const calculators = new WeakMap<GeobriefDb, FactsOf>();

/** The calculator for this database's current regions and the Türkiye–Syria boundary line. */
export function mapFactsOf(db: GeobriefDb): FactsOf {
  let factsOf = calculators.get(db);
  if (!factsOf) {
    const regions = listRegions(db).filter((region) => REGION_IDS.includes(region.properties.id));
    const border = loadReferenceLines().find((line) => line.properties.id === "turkey-syria-border-line")!;
    factsOf = (position) => ({
      regionMask: regions.reduce((mask, region) => (pointInArea(position, region) ? mask | regionBit(region.properties.id) : mask), 0),
      borderKm: distanceToLineKm(position, border),
    });
    calculators.set(db, factsOf);
  }
  return factsOf;
}

/** After the regions change: facts are computed afresh, and every stored event's are redone. */
export function forgetMapFacts(db: GeobriefDb): void {
  calculators.delete(db);
  db.run(sql`update ${events} set region_mask = null, border_km = null`);
  fillMissingMapFacts(db);
}

/**
 * Computes the facts of events that have none (a database older than migration 0004, or
 * after forgetMapFacts), one distinct point at a time: events share their places' points.
 */
export function fillMissingMapFacts(db: GeobriefDb): number {
  const points = db.selectDistinct({ lon: events.lon, lat: events.lat }).from(events).where(isNull(events.borderKm)).all();
  if (!points.length) return 0;
  const factsOf = mapFactsOf(db);
  const update = db.$client.prepare("update events set region_mask = ?, border_km = ? where lon = ? and lat = ? and border_km is null");
  db.$client.transaction(() => {
    for (const { lon, lat } of points) {
      const facts = factsOf([lon, lat]);
      update.run(facts.regionMask, facts.borderKm, lon, lat);
    }
  })();
  return points.length;
}
