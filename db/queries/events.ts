import { and, asc, eq, exists, gt, gte, inArray, lte, ne, not, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Feature, FeatureCollection, Point } from "@/geo/types";
import type { GeobriefDb } from "../client";
import { NotFoundError } from "../errors";
import type { EventFilters } from "@/lib/event-filters";
import { acledRecords, actors, articles, eventActors, eventExtractions, events, evidence, places } from "../schema";
import { quadClassOf, reliabilityRank, type ActorRole, type EventSourceKind, type QuadClass } from "@/lib/vocabulary";
import { regionBit, regionBounds } from "./map-facts";
import { getIncidentOfEvent, incidentBadges } from "./incidents";
import { inJsonList } from "./json-list";

export interface EventActorSummary {
  id: string;
  name: string;
  colour: string;
  role: ActorRole;
}

/** What a marker needs; the side panel asks for the rest by id. */
export interface EventMarkerProps {
  id: number;
  type: string;
  quad: QuadClass;
  dateValue: string;
  datePrecision: string;
  place: string | null;
  geoPrecision: number;
  status: string;
  /** Actor ids, initiator first. */
  actors: string[];
  /** The initiator's colour. */
  colour: string;
  /** Deaths its source reports; null when none is given. */
  fatalities: number | null;
  sourceKind: EventSourceKind;
  /** Reports of its incident (1 for an event alone), independent sources among them, and whether they disagree. */
  reports: number;
  sources: number;
  contested: boolean;
}

export type EventFeature = Feature<Point, EventMarkerProps>;

function involving(actorIds: string[]): SQL {
  return exists(
    sql`(select 1 from ${eventActors} where ${eventActors.eventId} = ${events.id} and ${inArray(eventActors.actorId, actorIds)})`,
  );
}

/** The actor_mask bits of these actors, or null when one has none (the 63rd actor on): then a join decides. */
export function actorMaskOf(db: GeobriefDb, actorIds: string[]): bigint | null {
  const bits = db.select({ bit: actors.bit }).from(actors).where(inArray(actors.id, actorIds)).all();
  if (bits.length < new Set(actorIds).size || bits.some(({ bit }) => bit === null)) return null;
  // Bits reach 61: BigInt, as JavaScript's own bitwise operators stop at 32.
  return bits.reduce((mask, { bit }) => mask | (1n << BigInt(bit!)), 0n);
}

/** The columns the filters read: the events table's, or the copy event_actor_facts keeps of them (actor-facts.ts). */
export type FilterColumns = Record<
  "type" | "dateStart" | "dateEnd" | "lon" | "lat" | "actorMask" | "fatalities" | "sourceKind" | "sources" | "reliability",
  SQLiteColumn
>;

/**
 * The filters but actors, region and border distance, on `on`: what a copy of the events' filter
 * columns answers as the events do.
 */
export function copiedFilterConditions(db: GeobriefDb, on: FilterColumns, filters: EventFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.excludedActors.length) {
    const mask = actorMaskOf(db, filters.excludedActors);
    where.push(mask === null ? not(involving(filters.excludedActors)) : sql`(${on.actorMask} & ${mask}) = 0`);
  }
  if (filters.types.length) where.push(inArray(on.type, filters.types));
  if (filters.from) {
    // A date is a day, a month or a year (lib/vocabulary.ts dateRange), so an event that ends on
    // or after `from` starts on or after the first day of from's year: a lower bound on date_start
    // that lets events_timeline_idx read just the range instead of everything before `to`
    // (366 days back, as it was, read twice the entries of a year's range).
    where.push(gte(on.dateEnd, filters.from), gte(on.dateStart, `${filters.from.slice(0, 4)}-01-01`));
  }
  if (filters.to) where.push(lte(on.dateStart, filters.to));
  if (filters.bbox) {
    const [west, south, east, north] = filters.bbox;
    where.push(gte(on.lon, west), lte(on.lon, east), gte(on.lat, south), lte(on.lat, north));
  }
  if (filters.killed) where.push(gte(on.fatalities, 1));
  if (filters.source) where.push(eq(on.sourceKind, filters.source));
  if (filters.minSources) where.push(gte(on.sources, filters.minSources));
  if (filters.minReliability) where.push(lte(on.reliability, reliabilityRank(filters.minReliability)));
  return where;
}

/**
 * The filters as SQL on the events table alone (rejected events never match, nor folded ones: an
 * incident's lead stands for its other reports, unless an export asks for every report). Actor, region, border, source and reliability
 * filters read the denormalised columns, so the covering indexes answer them.
 */
export function eventConditions(db: GeobriefDb, filters: EventFilters, options: { withFolded?: boolean } = {}): SQL | undefined {
  const where: (SQL | undefined)[] = [ne(events.status, "rejected"), options.withFolded ? undefined : eq(events.folded, false)];
  if (filters.actors.length) {
    const mask = actorMaskOf(db, filters.actors);
    where.push(mask === null ? involving(filters.actors) : sql`(${events.actorMask} & ${mask}) != 0`);
  }
  where.push(...copiedFilterConditions(db, events, filters));
  if (filters.region) {
    where.push(sql`(${events.regionMask} & ${regionBit(db, filters.region)}) != 0`);
    // The bit decides; the region's box only lets events_map_idx skip what lies outside it.
    const bounds = regionBounds(db, filters.region);
    if (bounds) where.push(gte(events.lon, bounds[0]), lte(events.lon, bounds[2]));
  }
  if (filters.borderKm) where.push(lte(events.borderKm, filters.borderKm));
  return and(...where);
}

/** Whether the filters would show this event. */
export function eventMatches(db: GeobriefDb, id: number, filters: EventFilters): boolean {
  return !!db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, id), eventConditions(db, filters)))
    .get();
}

function actorsOfEvent(db: GeobriefDb, eventId: number): EventActorSummary[] {
  return db
    .select({ id: actors.id, name: actors.name, colour: actors.colour, role: eventActors.role })
    .from(eventActors)
    .innerJoin(actors, eq(actors.id, eventActors.actorId))
    .where(eq(eventActors.eventId, eventId))
    .orderBy(asc(eventActors.position))
    .all();
}

/** The colours of these actors (a view's few dozen), by id. */
function actorColours(db: GeobriefDb, actorIds: string[]): Map<string, string> {
  const rows = db.select({ id: actors.id, colour: actors.colour }).from(actors).where(inJsonList(actors.id, actorIds)).all();
  return new Map(rows.map(({ id, colour }) => [id, colour]));
}

/**
 * The columns a marker shows, and no more: building a row object costs per column, and every row
 * (24 columns) made drawing 1,400 markers take 21 ms where these take 7–12 (10,000 and a million events).
 */
const MARKER_COLUMNS = {
  id: events.id,
  type: events.type,
  dateValue: events.dateValue,
  datePrecision: events.datePrecision,
  lon: events.lon,
  lat: events.lat,
  geoPrecision: events.geoPrecision,
  status: events.status,
  fatalities: events.fatalities,
  sourceKind: events.sourceKind,
  incidentId: events.incidentId,
  sources: events.sources,
  actorIds: events.actorIds,
};

type EventRow = { event: { [K in keyof typeof MARKER_COLUMNS]: (typeof events.$inferSelect)[K] }; placeName: string | null };

function eventRows(db: GeobriefDb, where: SQL | undefined) {
  return db
    .select({ event: MARKER_COLUMNS, placeName: places.name })
    .from(events)
    .leftJoin(places, eq(places.id, events.placeId))
    .where(where);
}

function toFeatures(db: GeobriefDb, rows: EventRow[]): EventFeature[] {
  const actorLists = rows.map(({ event }) => JSON.parse(event.actorIds) as string[]);
  const colours = actorColours(db, [...new Set(actorLists.map((ids) => ids[0]).filter((id) => id !== undefined))]);
  const badges = incidentBadges(
    db,
    rows.flatMap(({ event }) => (event.incidentId === null ? [] : [event.incidentId])),
  );
  return rows.map(({ event, placeName }, i) => {
    const actorIds = actorLists[i];
    const badge = event.incidentId === null ? undefined : badges.get(event.incidentId);
    return {
      type: "Feature",
      id: event.id,
      geometry: { type: "Point", coordinates: [event.lon, event.lat] },
      properties: {
        id: event.id,
        type: event.type,
        quad: quadClassOf(event.type),
        dateValue: event.dateValue,
        datePrecision: event.datePrecision,
        place: placeName,
        geoPrecision: event.geoPrecision,
        status: event.status,
        actors: actorIds,
        colour: colours.get(actorIds[0]) ?? "#555555",
        fatalities: event.fatalities,
        sourceKind: event.sourceKind,
        reports: badge?.reports ?? 1,
        sources: badge?.independentSources ?? event.sources,
        contested: badge?.contested ?? false,
      },
    };
  });
}

/**
 * Events matching the filters (rejected ones never), oldest first, as map features. For
 * callers that know the count is small (the map's view, a briefing); `limit` guards the rest.
 */
export function findEvents(db: GeobriefDb, filters: EventFilters, options: { limit: number }): FeatureCollection<Point, EventMarkerProps> {
  const rows = eventRows(db, eventConditions(db, filters))
    // Ordered by an expression, not the column: ordering by events_timeline_idx would walk
    // every event in date order to find the few in a small view (measured: 296 ms against
    // 9 ms at a million events). The filters choose the index; the matches are sorted after.
    .orderBy(sql`${events.dateStart} || ''`, asc(events.id))
    .limit(options.limit)
    .all();
  return { type: "FeatureCollection", features: toFeatures(db, rows) };
}

/** These events (a view's few: at most event-view.ts POINT_LIMIT), oldest first, as map features, read by primary key. */
export function findEventsByIds(db: GeobriefDb, ids: number[]): FeatureCollection<Point, EventMarkerProps> {
  const rows = eventRows(db, inJsonList(events.id, ids)).orderBy(asc(events.dateStart), asc(events.id)).all();
  return { type: "FeatureCollection", features: toFeatures(db, rows) };
}

/** A page of the events matching the filters, by id; `next` is the cursor of the page after, null on the last. */
export function findEventPage(db: GeobriefDb, filters: EventFilters, page: { after: number; limit: number }) {
  const rows = eventRows(db, and(gt(events.id, page.after), eventConditions(db, filters)))
    .orderBy(asc(events.id))
    .limit(page.limit + 1)
    .all();
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  return { type: "FeatureCollection" as const, features: toFeatures(db, shown), next: more ? shown.at(-1)!.event.id : null };
}

/** One event with its place, actors and evidence (each with its article's citation). */
export function getEventDetail(db: GeobriefDb, id: number) {
  const row = db
    .select({ event: events, place: places })
    .from(events)
    .leftJoin(places, eq(places.id, events.placeId))
    .where(eq(events.id, id))
    .get();
  if (!row) throw new NotFoundError(`no event with id ${id}`);
  const quotes = db
    .select({
      articleId: evidence.articleId,
      start: evidence.start,
      end: evidence.end,
      quote: evidence.quote,
      quoteSha256: evidence.quoteSha256,
      title: articles.title,
      outlet: articles.outlet,
      published: articles.published,
      url: articles.url,
    })
    .from(evidence)
    .innerJoin(articles, eq(articles.id, evidence.articleId))
    .where(eq(evidence.eventId, id))
    .orderBy(asc(evidence.id))
    .all();
  return {
    ...row.event,
    quad: quadClassOf(row.event.type),
    place: row.place && {
      gazetteerId: row.place.gazetteerId,
      name: row.place.name,
      admin1: row.place.admin1,
      countryCode: row.place.countryCode,
      precision: row.place.precision,
      coordinateSource: row.place.coordinateSource,
    },
    actors: actorsOfEvent(db, id),
    evidence: quotes,
    /** The ACLED row of a dataset event: its source, in place of a quote. */
    dataset: db.select().from(acledRecords).where(eq(acledRecords.eventId, id)).get() ?? null,
    /** Why the extractor drafted it, for an extracted event: confidence, planned, reasons. */
    extraction:
      db
        .select({ confidence: eventExtractions.confidence, planned: eventExtractions.planned, reasons: eventExtractions.reasons })
        .from(eventExtractions)
        .where(eq(eventExtractions.eventId, id))
        .get() ?? null,
    /** The incident it reports, with every report beside its own values; null for an event alone. */
    incident: getIncidentOfEvent(db, id),
  };
}

/**
 * The review queue: drafts the filters match, least sure first (then oldest), at most `limit`,
 * with `total` drafts matched. Extracted drafts carry a confidence (event_extractions); a draft
 * without one (imported, or drawn by hand) comes after them.
 */
export function findDraftQueue(db: GeobriefDb, filters: EventFilters, limit: number) {
  const where = and(eventConditions(db, filters), eq(events.status, "draft"));
  const rows = db
    .select({
      id: events.id,
      type: events.type,
      date: events.dateValue,
      place: places.name,
      confidence: eventExtractions.confidence,
      planned: eventExtractions.planned,
    })
    .from(events)
    .leftJoin(eventExtractions, eq(eventExtractions.eventId, events.id))
    .leftJoin(places, eq(places.id, events.placeId))
    .where(where)
    .orderBy(sql`${eventExtractions.confidence} is null`, asc(eventExtractions.confidence), asc(events.id))
    .limit(limit)
    .all();
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(events)
    .where(where)
    .get()!.n;
  return { total, drafts: rows };
}

export type DraftQueue = ReturnType<typeof findDraftQueue>;

export type EventDetail = ReturnType<typeof getEventDetail>;
