import { count, desc, eq, max } from "drizzle-orm";
import { regionColour } from "@/geo/region-colour";
import type { BriefingSnapshot, SnapshotEvent } from "../briefing-snapshot";
import type { GeobriefDb } from "../client";
import { InvalidEditError, NotFoundError } from "../errors";
import { describeFilters, isRegionVisible, type EventFilters } from "../event-filters";
import { actors, articles, briefings, eventReviews, events } from "../schema";
import { QUAD_CLASS_LABELS } from "../vocabulary";
import { eventConditions, findEvents, getEventDetail } from "./events";
import { listRegions } from "./regions";

export interface NewBriefing {
  title: string;
  notes: string;
  createdBy: string;
  /** The dashboard query it was saved from (filters and view). */
  query: string;
  filters: EventFilters;
  view: BriefingSnapshot["view"];
  imageSize: BriefingSnapshot["imageSize"];
  selectedEventIds: number[];
  mapImage: Buffer;
}

/** One line per event inside the filters, holding every field a briefing shows of it. */
function fingerprintOf(events: SnapshotEvent[]): Record<string, string> {
  return Object.fromEntries(
    events.map((event) => [
      String(event.id),
      JSON.stringify([event.type, event.dateValue, event.place, event.lat, event.lon, event.status, event.actors.map((actor) => `${actor.id}:${actor.role}`), event.evidence.map((quote) => quote.quote)]),
    ]),
  );
}

/** A briefing is read and printed: beyond this many events its table stops being a briefing. */
export const MAX_BRIEFING_EVENTS = 1_000;

/** The events inside the filters now, as a briefing shows them. */
function snapshotEvents(db: GeobriefDb, filters: EventFilters): SnapshotEvent[] {
  const matching = db.select({ n: count() }).from(events).where(eventConditions(db, filters)).get()!.n;
  if (matching > MAX_BRIEFING_EVENTS) {
    throw new InvalidEditError(
      `these filters show ${matching.toLocaleString("en")} events; a briefing holds at most ${MAX_BRIEFING_EVENTS.toLocaleString("en")}: narrow the actors, types or dates`,
    );
  }
  return findEvents(db, filters, { limit: MAX_BRIEFING_EVENTS }).features.map(({ properties }) => {
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
    };
  });
}

/** When the data last changed: the newest ingest, extraction or review. */
function dataAsOf(db: GeobriefDb): string {
  const newest = [
    db.select({ at: max(articles.ingestedAt) }).from(articles).get()?.at,
    db.select({ at: max(eventReviews.reviewedAt) }).from(eventReviews).get()?.at,
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
  const regions = listRegions(db)
    .filter(({ properties }) => isRegionVisible(input.filters, properties.controllingActor))
    .map(({ properties }) => ({
      id: properties.id,
      name: properties.name,
      status: properties.status,
      controllingActor: properties.controllingActor ? (actorById.get(properties.controllingActor)?.name ?? properties.controllingActor) : null,
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
  };
  return db
    .insert(briefings)
    .values({
      title: input.title, notes: input.notes, createdBy: input.createdBy, dataAsOf: dataAsOf(db), query: input.query,
      snapshot, fingerprint: fingerprintOf(frozenEvents), mapImage: input.mapImage,
    })
    .returning({ id: briefings.id })
    .get().id;
}

export function listBriefings(db: GeobriefDb) {
  return db
    .select({ id: briefings.id, title: briefings.title, createdAt: briefings.createdAt, createdBy: briefings.createdBy, dataAsOf: briefings.dataAsOf, snapshot: briefings.snapshot })
    .from(briefings)
    .orderBy(desc(briefings.createdAt), desc(briefings.id))
    .all()
    .map(({ snapshot, ...briefing }) => ({ ...briefing, eventCount: snapshot.events.length, filters: snapshot.filtersInWords }));
}

/** A briefing as saved (without its image), and how the live data inside its filters has changed since. */
export function getBriefing(db: GeobriefDb, id: number) {
  const briefing = db
    .select({ id: briefings.id, title: briefings.title, notes: briefings.notes, createdAt: briefings.createdAt, createdBy: briefings.createdBy, dataAsOf: briefings.dataAsOf, query: briefings.query, snapshot: briefings.snapshot, fingerprint: briefings.fingerprint })
    .from(briefings)
    .where(eq(briefings.id, id))
    .get();
  if (!briefing) throw new NotFoundError(`no briefing with id ${id}`);
  const { fingerprint, ...saved } = briefing;
  const live = fingerprintOf(snapshotEvents(db, saved.snapshot.filters));
  const changes = {
    added: Object.keys(live).filter((eventId) => !(eventId in fingerprint)).map(Number),
    removed: Object.keys(fingerprint).filter((eventId) => !(eventId in live)).map(Number),
    edited: Object.keys(fingerprint).filter((eventId) => eventId in live && live[eventId] !== fingerprint[eventId]).map(Number),
  };
  return { ...saved, changes };
}

export type BriefingDetail = ReturnType<typeof getBriefing>;

export function getBriefingImage(db: GeobriefDb, id: number): Buffer {
  const row = db.select({ mapImage: briefings.mapImage }).from(briefings).where(eq(briefings.id, id)).get();
  if (!row) throw new NotFoundError(`no briefing with id ${id}`);
  return row.mapImage;
}

