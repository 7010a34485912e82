import { asc, eq } from "drizzle-orm";
import { WRITE, type GeobriefDb } from "../client";
import { InvalidEditError, NotFoundError } from "../errors";
import { articles, eventReviews, events, evidence, type NewPlace, type ReviewAction } from "../schema";
import { sha256 } from "../text-hash";
import { precisionOfDate, type ActorRole, type EventStatus, type GeoPrecision, type PloverType } from "@/lib/vocabulary";
import { assertKnownActors } from "./actors";
import { insertEvent, placeIdFor, replaceEventActors, storedDate } from "./ingest";
import { mapFactsOf } from "./map-facts";
import { indexEvent } from "./search";
import { reportIdsOf, settleIncident } from "./incidents";

/** What a reviewer may change on an event. Absent fields stay as they are. */
export interface EventEdit {
  status?: EventStatus;
  type?: PloverType;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision follows from the form. */
  date?: string;
  place?: NewPlace & { gazetteerId: string };
  geoPrecision?: GeoPrecision;
  /** Initiator first. */
  actors?: { actorId: string; role: ActorRole }[];
  /** A narrower (or corrected) quote of the same article, by offsets. */
  quote?: { start: number; end: number };
  notes?: string;
}

type Transaction = Parameters<Parameters<GeobriefDb["transaction"]>[0]>[0];

function quoteOf(tx: Transaction, articleId: number, start: number, end: number) {
  const article = tx.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new NotFoundError(`no article with id ${articleId}`);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= article.body.length)) {
    throw new InvalidEditError(`quote ${start}–${end} is not a span of article ${articleId} (length ${article.body.length})`);
  }
  const quote = article.body.slice(start, end);
  if (!quote.trim()) throw new InvalidEditError("the quote is blank");
  return { start, end, quote, quoteSha256: sha256(quote) };
}

/**
 * Applies a reviewer's decision in one transaction and records it: every changed field
 * with its old and new value, who, and when. The evidence link is kept (a new quote must
 * come from the same article).
 */
export function reviewEvent(db: GeobriefDb, eventId: number, edit: EventEdit, reviewer: string) {
  return db.transaction((tx) => {
    const event = tx.select().from(events).where(eq(events.id, eventId)).get();
    if (!event) throw new NotFoundError(`no event with id ${eventId}`);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const update: Partial<typeof events.$inferInsert> = {};
    const change = <K extends keyof typeof events.$inferInsert>(key: K, to: (typeof events.$inferInsert)[K]) => {
      if (event[key as keyof typeof event] === to) return;
      changes[key] = { from: event[key as keyof typeof event], to };
      update[key] = to;
    };
    if (edit.status) change("status", edit.status);
    if (edit.type) change("type", edit.type);
    if (edit.notes !== undefined) change("notes", edit.notes);
    if (edit.date) {
      if (!precisionOfDate(edit.date)) throw new InvalidEditError(`date "${edit.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      const { precision, start, end } = storedDate(edit.date);
      change("dateValue", edit.date);
      change("datePrecision", precision);
      change("dateStart", start);
      change("dateEnd", end);
    }
    if (edit.place) {
      change("placeId", placeIdFor(tx, edit.place));
      change("lat", edit.place.lat);
      change("lon", edit.place.lon);
    }
    if (edit.geoPrecision) change("geoPrecision", edit.geoPrecision);
    if (edit.actors) {
      assertKnownActors(
        tx,
        edit.actors.map((actor) => actor.actorId),
      );
      const actorChange = replaceEventActors(tx, eventId, edit.actors);
      if (actorChange) changes.actors = actorChange;
    }
    if (edit.quote) {
      const current = tx.select().from(evidence).where(eq(evidence.eventId, eventId)).orderBy(asc(evidence.id)).get();
      if (!current) throw new InvalidEditError(`event ${eventId} has no evidence to correct`);
      const next = quoteOf(tx, current.articleId, edit.quote.start, edit.quote.end);
      if (next.start !== current.start || next.end !== current.end) {
        tx.update(evidence).set(next).where(eq(evidence.id, current.id)).run();
        changes.quote = { from: current.quote, to: next.quote };
      }
    }
    const action: ReviewAction = edit.status === "confirmed" ? "confirm" : edit.status === "rejected" ? "reject" : "edit";
    const reviewedAt = new Date().toISOString();
    const facts = edit.place && mapFactsOf(db)([edit.place.lon, edit.place.lat]);
    tx.update(events)
      .set({ ...update, ...facts, reviewedBy: reviewer, reviewedAt })
      .where(eq(events.id, eventId))
      .run();
    tx.insert(eventReviews).values({ eventId, reviewer, reviewedAt, action, changes }).run();
    indexEvent(db, eventId);
    // Its incident's lead, sources and disagreements may follow from what changed.
    if (event.incidentId !== null) settleIncident(db, event.incidentId);
    return { eventId, action, changes };
  }, WRITE);
}

export interface NewEventFromSelection {
  articleId: number;
  start: number;
  end: number;
  type: PloverType;
  date: string;
  place: NewPlace & { gazetteerId: string };
  geoPrecision: GeoPrecision;
  actors: { actorId: string; role: ActorRole }[];
}

/** An event the analyst adds by selecting its sentence in an article: confirmed, and logged as created. */
export function createEventFromSelection(db: GeobriefDb, input: NewEventFromSelection, reviewer: string): number {
  if (!precisionOfDate(input.date)) throw new InvalidEditError(`date "${input.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  assertKnownActors(
    db,
    input.actors.map((actor) => actor.actorId),
  );
  return db.transaction(
    (tx) =>
      insertEvent(db, {
        type: input.type,
        date: input.date,
        place: input.place,
        geoPrecision: input.geoPrecision,
        status: "confirmed",
        notes: "Added by a reviewer from a selected quote.",
        actors: input.actors,
        evidence: { articleId: input.articleId, ...quoteOf(tx, input.articleId, input.start, input.end) },
        createdBy: reviewer,
        reviewed: true,
      }),
    WRITE,
  );
}

/** An analyst confirms or rejects a whole incident: every report of it, each logged, in one transaction. */
export function reviewIncident(db: GeobriefDb, eventId: number, status: "confirmed" | "rejected", reviewer: string) {
  return db.transaction(() => {
    const reports = reportIdsOf(db, eventId);
    for (const id of reports) reviewEvent(db, id, { status }, reviewer);
    return { status, reports: reports.length };
  }, WRITE);
}

/** The review trail of an event, oldest first. */
export function listEventReviews(db: GeobriefDb, eventId: number) {
  return db.select().from(eventReviews).where(eq(eventReviews.eventId, eventId)).orderBy(asc(eventReviews.id)).all();
}
