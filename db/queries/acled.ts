/**
 * Dataset events and the ACLED rows they come from (acled_records): a row is known by its
 * event_id_cnty, and a newer export of it (a later timestamp) updates its event in place, so
 * reviews, briefings and links to the event keep pointing at it.
 */
import { eq } from "drizzle-orm";
import type { GeobriefDb } from "../client";
import { acledRecords, eventReviews, events, type AcledRecord } from "../schema";
import type { AcledRecordFields } from "@/lib/acled";
import { placeIdFor, replaceEventActors, storedDate, type NewEventRecord } from "./ingest";
import { mapFactsOf } from "./map-facts";
import { indexEvent } from "./search";

/** The table and lib/acled.ts's shape must agree both ways: a column added to one and not the other fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const recordShapeAgrees: Same<Omit<AcledRecord, "eventId">, AcledRecordFields> = true;
void recordShapeAgrees;

export function findAcledRecord(db: GeobriefDb, eventIdCnty: string): { eventId: number; timestamp: number } | undefined {
  return db
    .select({ eventId: acledRecords.eventId, timestamp: acledRecords.timestamp })
    .from(acledRecords)
    .where(eq(acledRecords.eventIdCnty, eventIdCnty))
    .get();
}

export function insertAcledRecord(db: GeobriefDb, eventId: number, record: AcledRecordFields): void {
  db.insert(acledRecords)
    .values({ eventId, ...record })
    .run();
}

/** What a newer row may change on its event: the fields an insert takes (ingest.ts), and the row itself. */
export type DatasetEventUpdate = Pick<NewEventRecord, "type" | "date" | "week" | "place" | "geoPrecision" | "actors"> & {
  fatalities: number | null;
  record: AcledRecordFields;
};

/**
 * Rewrites a dataset event from a newer row of the same id, logging every field that changed as
 * an edit by the importer. The event's review status is kept: the analyst sees the change in its log.
 */
export function updateDatasetEvent(db: GeobriefDb, eventId: number, update: DatasetEventUpdate, reviewer: string): void {
  const before = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!before) throw new Error(`dataset event ${eventId} is missing`);
  const { precision, start, end } = storedDate(update.date, update.week);
  const next = {
    type: update.type,
    dateValue: update.date,
    datePrecision: precision,
    dateStart: start,
    dateEnd: end,
    placeId: placeIdFor(db, update.place),
    lat: update.place.lat,
    lon: update.place.lon,
    geoPrecision: update.geoPrecision,
    fatalities: update.fatalities,
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(next)) {
    const old = before[key as keyof typeof before];
    if (old !== value) changes[key] = { from: old, to: value };
  }
  const actorChange = replaceEventActors(db, eventId, update.actors);
  if (actorChange) changes.actors = actorChange;
  const moved = before.lon !== update.place.lon || before.lat !== update.place.lat;
  db.update(events)
    .set({ ...next, ...(moved && mapFactsOf(db)([update.place.lon, update.place.lat])) })
    .where(eq(events.id, eventId))
    .run();
  db.update(acledRecords).set(update.record).where(eq(acledRecords.eventId, eventId)).run();
  changes.origin = { from: null, to: `ACLED ${update.record.eventIdCnty} updated (timestamp ${update.record.timestamp})` };
  db.insert(eventReviews).values({ eventId, reviewer, action: "edit", changes }).run();
  indexEvent(db, eventId);
}
