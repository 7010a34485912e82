import { count, desc, eq, max, sql } from "drizzle-orm";
import { regionColour } from "@/geo/region-colour";
import { regionChanges, summariseChanges } from "@/geo/region-changes";
import type { BriefingSnapshot, SnapshotEvent } from "@/lib/briefing-snapshot";
import type { BriefingInput } from "@/lib/briefing-input";
import type { GeobriefDb } from "../client";
import { InvalidEditError, NotFoundError } from "../errors";
import { describeFilters, isRegionVisible, type EventFilters } from "@/lib/event-filters";
import { actors, articles, briefings, eventReviews, events } from "../schema";
import { QUAD_CLASS_LABELS } from "@/lib/vocabulary";
import { eventConditions, findEvents, getEventDetail } from "./events";
import { listRegions } from "./region-versions";

export type NewBriefing = BriefingInput & { createdBy: string };

/** One line per event inside the filters, holding every field a briefing shows of it. */
function fingerprintOf(events: SnapshotEvent[]): Record<string, string> {
  return Object.fromEntries(
    events.map((event) => [
      String(event.id),
      JSON.stringify([
        event.type,
        event.dateValue,
        event.place,
        event.lat,
        event.lon,
        event.status,
        event.actors.map((actor) => `${actor.id}:${actor.role}`),
        event.evidence.map((quote) => quote.quote),
        // Only when present: a briefing saved before deaths and dataset rows were kept still matches its unchanged events.
        ...(event.fatalities != null ? [event.fatalities] : []),
        ...(event.dataset ? [event.dataset.eventIdCnty, event.dataset.notes] : []),
        ...(event.incident ? [event.incident.reports, event.incident.independentSources, event.incident.credibility] : []),
      ]),
    ]),
  );
}

/** A briefing is read and printed: beyond this many events its table stops being a briefing. */
export const MAX_BRIEFING_EVENTS = 1_000;

/** The events inside the filters now (at most `limit`), as a briefing shows them. */
function liveEvents(db: GeobriefDb, filters: EventFilters, limit: number): SnapshotEvent[] {
  return findEvents(db, filters, { limit }).features.map(({ properties }) => {
    const detail = getEventDetail(db, properties.id);
    return {
      id: detail.id,
      type: detail.type,
      quadLabel: QUAD_CLASS_LABELS[detail.quad],
      dateValue: detail.dateValue,
      datePrecision: detail.datePrecision,
      place: detail.place?.name ?? "unknown",
      geoPrecision: detail.geoPrecision,
      lat: detail.lat,
      lon: detail.lon,
      status: detail.status,
      actors: detail.actors,
      evidence: detail.evidence.map(({ quote, outlet, title, published, url }) => ({ quote, outlet, title, published, url })),
      fatalities: detail.fatalities,
      dataset: detail.dataset && { eventIdCnty: detail.dataset.eventIdCnty, source: detail.dataset.source, notes: detail.dataset.notes },
      incident: detail.incident && {
        reports: detail.incident.reports,
        independentSources: detail.incident.independentSources,
        outlets: [...new Set(detail.incident.reportList.map((report) => report.wire ?? report.article?.outlet ?? "dataset"))],
        credibility: detail.incident.credibility,
        contested: detail.incident.disagreements,
      },
    };
  });
}

/** The events a new briefing freezes: refused past MAX_BRIEFING_EVENTS, with the count. */
function snapshotEvents(db: GeobriefDb, filters: EventFilters): SnapshotEvent[] {
  const matching = db.select({ n: count() }).from(events).where(eventConditions(db, filters)).get()!.n;
  if (matching > MAX_BRIEFING_EVENTS) {
    throw new InvalidEditError(
      `these filters show ${matching.toLocaleString("en")} events; a briefing holds at most ${MAX_BRIEFING_EVENTS.toLocaleString("en")}: narrow the actors, types or dates`,
    );
  }
  return liveEvents(db, filters, MAX_BRIEFING_EVENTS);
}

/** When the data last changed: the newest ingest, extraction or review. */
function dataAsOf(db: GeobriefDb): string {
  const newest = [
    db
      .select({ at: max(articles.ingestedAt) })
      .from(articles)
      .get()?.at,
    db
      .select({ at: max(eventReviews.reviewedAt) })
      .from(eventReviews)
      .get()?.at,
  ].filter((at): at is string => Boolean(at));
  return newest.sort().at(-1) ?? new Date().toISOString();
}

/**
 * Saves a briefing with a frozen copy of what its filters show now — events with their
 * quotes and sources, regions with their basis, the actors' colours — and the map image.
 */
export function createBriefing(db: GeobriefDb, input: NewBriefing): number {
  // Reads, then one insert: the insert alone writes, and it is atomic.
  const actorRows = db.select({ id: actors.id, name: actors.name, colour: actors.colour }).from(actors).all();
  const actorById = new Map(actorRows.map((actor) => [actor.id, actor]));
  const frozenEvents = snapshotEvents(db, input.filters);
  // The versions the map showed: those of the date range's end, else today's.
  const regions = listRegions(db, input.filters.to)
    .filter(({ properties }) => isRegionVisible(input.filters, properties.controllingActor))
    .map(({ properties }) => ({
      id: properties.id,
      name: properties.name,
      status: properties.status,
      controllingActor: properties.controllingActor
        ? (actorById.get(properties.controllingActor)?.name ?? properties.controllingActor)
        : null,
      colour: regionColour(properties.kind, properties.controllingActor ? actorById.get(properties.controllingActor)?.colour : null),
      validFrom: properties.validFrom,
      validTo: properties.validTo,
      basis: properties.basis,
      sources: properties.sources.map((source) => `${source.publisher}: ${source.title}${source.licence ? ` (${source.licence})` : ""}`),
    }));
  const involved = new Set(frozenEvents.flatMap((event) => event.actors.map((actor) => actor.id)));
  const snapshot: BriefingSnapshot = {
    filters: input.filters,
    filtersInWords: describeFilters(input.filters, (id) => actorById.get(id)?.name ?? id),
    view: input.view,
    imageSize: input.imageSize,
    selectedEventIds: input.selectedEventIds.filter((id) => frozenEvents.some((event) => event.id === id)),
    events: frozenEvents,
    regions,
    actors: actorRows.filter((actor) => involved.has(actor.id)),
    ...(input.comparison && {
      comparison: {
        ...input.comparison,
        rows: summariseChanges(regionChanges(listRegions(db, input.comparison.from), listRegions(db, input.comparison.to))),
      },
    }),
  };
  return db
    .insert(briefings)
    .values({
      title: input.title,
      notes: input.notes,
      createdBy: input.createdBy,
      dataAsOf: dataAsOf(db),
      query: input.query,
      snapshot,
      fingerprint: fingerprintOf(frozenEvents),
      mapImage: input.mapImage,
    })
    .returning({ id: briefings.id })
    .get().id;
}

export function listBriefings(db: GeobriefDb) {
  return db
    .select({
      id: briefings.id,
      title: briefings.title,
      createdAt: briefings.createdAt,
      createdBy: briefings.createdBy,
      dataAsOf: briefings.dataAsOf,
      snapshot: briefings.snapshot,
    })
    .from(briefings)
    .orderBy(desc(briefings.createdAt), desc(briefings.id))
    .all()
    .map(({ snapshot, ...briefing }) => ({ ...briefing, eventCount: snapshot.events.length, filters: snapshot.filtersInWords }));
}

/** A briefing as saved (without its image): only its snapshot is read, never the live data. */
export function getBriefing(db: GeobriefDb, id: number) {
  const briefing = db
    .select({
      id: briefings.id,
      title: briefings.title,
      notes: briefings.notes,
      createdAt: briefings.createdAt,
      createdBy: briefings.createdBy,
      dataAsOf: briefings.dataAsOf,
      query: briefings.query,
      snapshot: briefings.snapshot,
    })
    .from(briefings)
    .where(eq(briefings.id, id))
    .get();
  if (!briefing) throw new NotFoundError(`no briefing with id ${id}`);
  return briefing;
}

/** How many live events the "changed since" check compares at most; past it, it says only that there are more. */
const CHANGE_CHECK_LIMIT = 2 * MAX_BRIEFING_EVENTS;

export type BriefingChanges =
  { compared: true; added: number[]; edited: number[]; removed: number[] } | { compared: false; liveMoreThan: number };

/** How the live data inside a briefing's filters differs from its snapshot, within CHANGE_CHECK_LIMIT live events. */
export function briefingChanges(db: GeobriefDb, id: number): BriefingChanges {
  const row = db
    .select({ snapshot: briefings.snapshot, fingerprint: briefings.fingerprint })
    .from(briefings)
    .where(eq(briefings.id, id))
    .get();
  if (!row) throw new NotFoundError(`no briefing with id ${id}`);
  const { filters } = row.snapshot;
  const [{ n }] = db.all<{ n: number }>(
    sql`select count(*) as n from (select 1 from ${events} where ${eventConditions(db, filters)} limit ${CHANGE_CHECK_LIMIT + 1})`,
  );
  if (n > CHANGE_CHECK_LIMIT) return { compared: false, liveMoreThan: CHANGE_CHECK_LIMIT };
  const live = fingerprintOf(liveEvents(db, filters, CHANGE_CHECK_LIMIT));
  const saved = row.fingerprint;
  return {
    compared: true,
    added: Object.keys(live)
      .filter((eventId) => !(eventId in saved))
      .map(Number),
    removed: Object.keys(saved)
      .filter((eventId) => !(eventId in live))
      .map(Number),
    edited: Object.keys(saved)
      .filter((eventId) => eventId in live && live[eventId] !== saved[eventId])
      .map(Number),
  };
}

export type BriefingDetail = ReturnType<typeof getBriefing>;

export function getBriefingImage(db: GeobriefDb, id: number): Buffer {
  const row = db.select({ mapImage: briefings.mapImage }).from(briefings).where(eq(briefings.id, id)).get();
  if (!row) throw new NotFoundError(`no briefing with id ${id}`);
  return row.mapImage;
}
