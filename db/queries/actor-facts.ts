/**
 * Reading an actor filter from event_actor_facts (migration 0024): each visible event's filter
 * columns once per actor, keyed by actor, type and first day. "Events involving any of these
 * actors", with types, dates, a box or grades besides, reads each actor's own entries, where the
 * events' covering indexes hold every actor's (db/README.md, docs/performance.md).
 */
import { and, sql, type SQL } from "drizzle-orm";
import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { GeobriefDb } from "../client";
import type { EventFilters } from "@/lib/event-filters";
import { PLOVER_TYPES, type EventSourceKind } from "@/lib/vocabulary";
import { actorMaskOf, copiedFilterConditions } from "./events";

/** The copy's columns, named as the events' are, for copiedFilterConditions. Made by migration 0024, not by schema.ts. */
const actorFacts = sqliteTable("event_actor_facts", {
  actorId: text("actor_id").notNull(),
  type: text("type").notNull(),
  dateStart: text("date_start").notNull(),
  eventId: integer("event_id").notNull(),
  datePrecision: text("date_precision").notNull(),
  dateEnd: text("date_end").notNull(),
  lon: real("lon").notNull(),
  lat: real("lat").notNull(),
  actorMask: integer("actor_mask").notNull(),
  sourceKind: text("source_kind").$type<EventSourceKind>().notNull(),
  fatalities: integer("fatalities"),
  sources: integer("sources").notNull(),
  reliability: integer("reliability").notNull(),
});

/** The select of some columns of the events the filters match, each once, from the copy. */
export type ActorFactRows = (columns: string) => SQL;

/**
 * The copy's rows of the events the filters match, each once; undefined when the copy cannot answer:
 * no actor filter, a region or border filter (not copied), or an actor without a bit. An event of two
 * of the actors is read under the first of them only: its row under a later one is skipped when its
 * mask holds an earlier one's bit. The actors' bits are looked up once, whatever columns are selected.
 */
export function actorFactRows(db: GeobriefDb, filters: EventFilters): ActorFactRows | undefined {
  if (!filters.actors.length || filters.region || filters.borderKm) return undefined;
  const actorIds = [...new Set(filters.actors)];
  const bits = actorIds.map((id) => actorMaskOf(db, [id]));
  if (bits.some((bit) => bit === null) || (filters.excludedActors.length && actorMaskOf(db, filters.excludedActors) === null))
    return undefined;
  // Every type named when none is filtered: a seek per type then reads only the dates in range
  // (SQLite skips over leading columns only, so "this actor, any type" read the actor's every date).
  const shared = copiedFilterConditions(db, actorFacts, { ...filters, types: filters.types.length ? filters.types : [...PLOVER_TYPES] });
  let earlier = 0n;
  const perActor = actorIds.map((actorId, index) => {
    const where = and(
      sql`${actorFacts.actorId} = ${actorId}`,
      earlier ? sql`(${actorFacts.actorMask} & ${earlier}) = 0` : undefined,
      ...shared,
    );
    earlier |= bits[index]!;
    return where;
  });
  return (columns) =>
    sql.join(
      perActor.map((where) => sql`select ${sql.raw(columns)} from ${actorFacts} where ${where}`),
      sql` union all `,
    );
}
