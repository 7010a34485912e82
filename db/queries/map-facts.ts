import { count, isNull, sql } from "drizzle-orm";
import { distanceToLineKm, pointInArea } from "@/geo/derive-facts";
import { loadReferenceLines } from "@/geo/reference-lines";
import { bbox } from "@turf/turf";
import { type BoundingBox, type LonLat, type RegionId } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { events, regions } from "../schema";
import { InvalidEditError } from "../errors";
import { listRegions } from "./region-versions";

/** What an event's point says for the map's spatial filters, stored on the event (schema: regionMask, borderKm). */
export interface MapFacts {
  regionMask: number;
  borderKm: number;
}

/** What a filter on a region no version of which is stored is told (any slug is a well-formed region id). */
export const unknownRegionMessage = (id: RegionId) => `invalid parameter "region": no region "${id}" is stored`;

/** Whether any version of the region is stored. */
export function isStoredRegion(db: GeobriefDb, id: RegionId): boolean {
  return calculatorFor(db).bits.has(id);
}

/** The bit of `events.region_mask` that stands for the region; an unknown region is the caller's mistake (400). */
export function regionBit(db: GeobriefDb, id: RegionId): number {
  const bit = calculatorFor(db).bits.get(id);
  if (bit === undefined) throw new InvalidEditError(unknownRegionMessage(id));
  return 2 ** bit;
}

type FactsOf = (position: LonLat) => MapFacts;
const MAX_REMEMBERED_PLACES = 50_000;

// Region polygons are parsed once per database handle and kept while the regions table has
// the same number of rows: an import (a new version is a new row), even from another
// process such as `npm run import`, makes the next call parse them afresh.
const calculators = new WeakMap<
  GeobriefDb,
  { rows: number; factsOf: FactsOf; bounds: Map<string, BoundingBox>; bits: Map<string, number> }
>();

/** The calculator for this database's current regions and the Türkiye–Syria boundary line. */
export function mapFactsOf(db: GeobriefDb): FactsOf {
  return calculatorFor(db).factsOf;
}

/** A current region's bounding box: an event inside the region is inside it too (a cheap index range). */
export function regionBounds(db: GeobriefDb, id: RegionId): BoundingBox | undefined {
  return calculatorFor(db).bounds.get(id);
}

function calculatorFor(db: GeobriefDb) {
  const rows = db.select({ n: count() }).from(regions).get()!.n;
  let cached = calculators.get(db);
  if (!cached || cached.rows !== rows) {
    const current = listRegions(db);
    const border = loadReferenceLines().find((line) => line.properties.id === "turkey-syria-border-line")!;
    // Datasets name the same towns again and again: a place's facts are computed once (a fifth of
    // an ACLED import's time went to the border distance, measured with --cpu-prof).
    const known = new Map<string, MapFacts>();
    const bits = new Map(
      db
        .selectDistinct({ id: regions.id, bit: regions.bit })
        .from(regions)
        .all()
        .map(({ id, bit }) => [id, bit]),
    );
    cached = {
      rows,
      bits,
      bounds: new Map(current.map((region) => [region.properties.id, bbox(region) as BoundingBox])),
      factsOf: (position) => {
        const key = `${position[0]},${position[1]}`;
        let facts = known.get(key);
        if (!facts) {
          if (known.size >= MAX_REMEMBERED_PLACES) known.clear();
          facts = {
            // A sum of distinct bits, not |: JavaScript's bitwise operators stop at 32 bits.
            regionMask: current.reduce(
              (mask, region) => (pointInArea(position, region) ? mask + 2 ** bits.get(region.properties.id)! : mask),
              0,
            ),
            borderKm: distanceToLineKm(position, border),
          };
          known.set(key, facts);
        }
        return facts;
      },
    };
    calculators.set(db, cached);
  }
  return cached;
}

/** After the regions change: every stored event's facts are computed afresh. */
export function recomputeMapFacts(db: GeobriefDb): void {
  db.$client
    .transaction(() => {
      db.run(sql`update ${events} set region_mask = null, border_km = null`);
      fillMissingMapFacts(db);
    })
    .immediate();
}

/**
 * Computes the facts of events that have none (a database older than migration 0004, or
 * after recomputeMapFacts), one distinct point at a time: events share their places' points.
 */
export function fillMissingMapFacts(db: GeobriefDb): number {
  const points = db.selectDistinct({ lon: events.lon, lat: events.lat }).from(events).where(isNull(events.borderKm)).all();
  if (!points.length) return 0;
  const factsOf = mapFactsOf(db);
  const update = db.$client.prepare("update events set region_mask = ?, border_km = ? where lon = ? and lat = ? and border_km is null");
  db.$client
    .transaction(() => {
      for (const { lon, lat } of points) {
        const facts = factsOf([lon, lat]);
        update.run(facts.regionMask, facts.borderKm, lon, lat);
      }
    })
    .immediate();
  return points.length;
}
