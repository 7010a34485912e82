import { asc, eq, or } from "drizzle-orm";
import { DATE_NOT_STATED, type ExtractedEvent, type Extraction, type UndatedEvent } from "@/lib/extraction-types";
import type { ArticleInput } from "@/lib/extraction-types";
import { WRITE, type GeobriefDb } from "../client";
import { chunks } from "@/lib/chunks";
import { QuoteMismatchError } from "../errors";
import {
  articles,
  eventActors,
  eventExtractions,
  eventReviews,
  events,
  evidence,
  places,
  regionMentions,
  undatedReports,
  type NewPlace,
} from "../schema";
import { sha256 } from "../text-hash";
import { mapFactsOf } from "./map-facts";
import { indexArticle, indexNewEvent, indexPlace } from "./search";
import { dateByOtherReports, groupReport, mayMean, type DatedByReport } from "./incidents";
import { outletIdFor, reliabilityOfArticle } from "./outlets";
import { wireOfArticle } from "@/lib/source-credit";
import {
  ACTOR_ROLES,
  dateRange,
  precisionOfDate,
  type ActorRole,
  type DatePrecision,
  type EventSourceKind,
  type EventStatus,
  type GeoPrecision,
  type PloverType,
} from "@/lib/vocabulary";

/** What an assumed date stands for, as the extractor's reason says it (ingest/extract/events.ts): "the publication month". */
const assumedDateOf = (reasons: string[]) =>
  reasons.find((reason) => reason.startsWith(`date: ${DATE_NOT_STATED}`))?.slice(`date: ${DATE_NOT_STATED}`.length);

type Transaction = Parameters<Parameters<GeobriefDb["transaction"]>[0]>[0];

/** The stored article with this body or this URL, if any: the same article is never stored twice. */
export function findDuplicateArticle(db: GeobriefDb, body: string, url: string | null) {
  const hash = sha256(body);
  return db
    .select({ id: articles.id, title: articles.title, bodySha256: articles.bodySha256 })
    .from(articles)
    .where(url ? or(eq(articles.bodySha256, hash), eq(articles.url, url)) : eq(articles.bodySha256, hash))
    .get();
}

/** The place row for a gazetteer entry, created the first time an event uses it. */
export function placeIdFor(tx: Transaction | GeobriefDb, place: NewPlace & { gazetteerId: string }): number {
  const existing = tx.select({ id: places.id }).from(places).where(eq(places.gazetteerId, place.gazetteerId)).get();
  if (existing) return existing.id;
  const { id } = tx.insert(places).values(place).returning({ id: places.id }).get();
  indexPlace(tx, id, place.name, place.aliases ?? []);
  return id;
}

export interface NewEventRecord {
  type: PloverType;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision follows from the form. */
  date: string;
  /** The seven days a week-precision date means (ACLED's time_precision 2, lib/acled.ts); then `date` is their middle day. */
  week?: { start: string; end: string };
  place: NewPlace & { gazetteerId: string };
  geoPrecision: GeoPrecision;
  status: EventStatus;
  notes: string | null;
  /** Initiator first. */
  actors: { actorId: string; role: ActorRole }[];
  /** Its evidence, already checked against the article; none for a dataset's event, whose source is its row (acled_records). */
  evidence: { articleId: number; start: number; end: number; quote: string; quoteSha256: string } | null;
  /** What search should read beside the notes (a dataset row's coder's note and names), when the notes are not all. */
  searchNotes?: string | null;
  /** Deaths the source reports; null when it gives no figure. */
  fatalities?: number | null;
  sourceKind?: EventSourceKind;
  /** Who created it; a reviewer who adds or imports an event has also reviewed it. */
  createdBy: string;
  reviewed: boolean;
  /** What the review log should say of its origin, beside its status. */
  origin?: string;
}

/**
 * Writes one event with its place, actors, evidence and "create" review, indexes it for search,
 * and groups it with a stored report of the same happening (db/queries/incidents.ts). Every way an
 * event enters (extraction, a reviewer's selection, an import) comes here; run it inside the
 * caller's transaction.
 */
export function insertEvent(db: GeobriefDb, record: NewEventRecord): number {
  const { precision, start, end } = storedDate(record.date, record.week);
  const reviewedAt = new Date().toISOString();
  const { id: eventId } = db
    .insert(events)
    .values({
      type: record.type,
      dateValue: record.date,
      datePrecision: precision,
      dateStart: start,
      dateEnd: end,
      placeId: placeIdFor(db, record.place),
      lat: record.place.lat,
      lon: record.place.lon,
      geoPrecision: record.geoPrecision,
      status: record.status,
      notes: record.notes,
      fatalities: record.fatalities ?? null,
      sourceKind: record.sourceKind ?? "article",
      ...(record.evidence && { reliability: reliabilityOfArticle(db, record.evidence.articleId) }),
      ...mapFactsOf(db)([record.place.lon, record.place.lat]),
      ...(record.reviewed && { reviewedBy: record.createdBy, reviewedAt }),
    })
    .returning({ id: events.id })
    .get();
  if (record.actors.length)
    db.insert(eventActors)
      .values(record.actors.map((actor, position) => ({ eventId, ...actor, position })))
      .run();
  if (record.evidence)
    db.insert(evidence)
      .values({ eventId, ...record.evidence })
      .run();
  const changes: Record<string, { from: unknown; to: unknown }> = { status: { from: null, to: record.status } };
  if (record.origin) changes.origin = { from: null, to: record.origin };
  db.insert(eventReviews).values({ eventId, reviewer: record.createdBy, reviewedAt, action: "create", changes }).run();
  if (record.status !== "rejected") {
    indexNewEvent(db, eventId, {
      type: record.type,
      dateValue: record.date,
      placeName: record.place.name,
      actorIds: [...new Set(record.actors.map((actor) => actor.actorId))],
      notes: record.searchNotes ?? record.notes,
    });
  }
  // Another report of the same happening may be stored already: then this one joins its incident.
  groupReport(db, eventId, record.createdBy);
  // And a happening another article could not date may wait for this report's date.
  dateWaitingReports(db, record, precision);
  return eventId;
}

/** The stored form of an event's date: its precision and the first and last day it can mean. */
export function storedDate(date: string, week?: { start: string; end: string }): { precision: DatePrecision; start: string; end: string } {
  const precision = precisionOfDate(date);
  if (!precision) throw new Error(`event date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  if (week && precision === "day") return { precision: "week", ...week };
  return { precision, ...dateRange(date) };
}

/**
 * Sets an event's actors, initiator first, when they differ from what it holds; returns the change
 * for its review log, or null. Delete and insert, never update: the triggers keeping actor masks and
 * counts watch those (migration 0005).
 */
export function replaceEventActors(db: Transaction | GeobriefDb, eventId: number, next: { actorId: string; role: ActorRole }[]) {
  const before = db
    .select({ actorId: eventActors.actorId, role: eventActors.role })
    .from(eventActors)
    .where(eq(eventActors.eventId, eventId))
    .orderBy(asc(eventActors.position))
    .all();
  if (JSON.stringify(before) === JSON.stringify(next)) return null;
  db.delete(eventActors).where(eq(eventActors.eventId, eventId)).run();
  if (next.length)
    db.insert(eventActors)
      .values(next.map((actor, position) => ({ eventId, ...actor, position })))
      .run();
  return { from: before, to: next };
}

/** Who did what in an event, by position: the initiator first, then the target, then anyone else. */
export function rolesByPosition(actorIds: string[]): { actorId: string; role: ActorRole }[] {
  return actorIds.map((actorId, position) => ({ actorId, role: ACTOR_ROLES[Math.min(position, 2)] }));
}

function checkedQuote(body: string, start: number, end: number, quote: string, where: string) {
  const found = body.slice(start, end);
  if (found !== quote) throw new QuoteMismatchError(where, quote, found);
  return { start, end, quote, quoteSha256: sha256(quote) };
}

/**
 * How many happenings of one article with no publication day are dated by other reports: each looks through up to
 * 157 days (each Friday of three years) of the report index, and no article tells of more (the densest dev article: 7).
 */
export const MAX_UNDATED_LOOKUPS = 20;

const today = () => new Date().toISOString().slice(0, 10);

/** An undated happening as the draft the report that dated it makes of it: that date, and a reason naming the report. */
function datedDraft(db: GeobriefDb, event: UndatedEvent, found: DatedByReport): ExtractedEvent {
  const { when, ...told } = event;
  const source = db
    .select({ title: articles.title, outlet: articles.outlet })
    .from(evidence)
    .innerJoin(articles, eq(articles.id, evidence.articleId))
    .where(eq(evidence.eventId, found.eventId))
    .get();
  const reason =
    `date: "${when.text}" read as ${found.date}, the date of event ${found.eventId}` +
    `${source ? ` (${source.outlet}, "${source.title}")` : ""}, another report of this happening (agreeing in ${found.agreed.join(", ")}):` +
    " the article gives no publication day";
  return { ...told, date: found.date, dateAssumed: false, reasons: [...told.reasons.filter((line) => !line.startsWith("date: ")), reason] };
}

/**
 * Writes one extracted draft of a stored article: the event through `insertEvent`, and why it was drafted.
 * `datedByAnother` says its date came from another report (`datedDraft`).
 */
function insertDraft(
  db: GeobriefDb,
  articleId: number,
  body: string,
  extracted: ExtractedEvent,
  reviewer: string,
  datedByAnother: boolean,
) {
  const { start: quoteStart, end: quoteEnd, text } = extracted.evidence;
  // The extractor gives a reason for every date its sentence does not state (dateAssumed).
  const assumedDate = assumedDateOf(extracted.reasons);
  const eventId = insertEvent(db, {
    type: extracted.type,
    date: extracted.date,
    place: {
      gazetteerId: extracted.placeId,
      geonamesId: extracted.placeId.startsWith("geonames:") ? Number(extracted.placeId.slice(9)) : null,
      name: extracted.place,
      aliases: [],
      lat: extracted.lat,
      lon: extracted.lon,
      countryCode: extracted.country,
      precision: extracted.placePrecision,
      coordinateSource: extracted.coordinateSource,
    },
    geoPrecision: extracted.geoPrecision,
    status: "draft",
    notes: `Extracted from "${extracted.trigger}".${assumedDate ? ` No date in the sentence: ${assumedDate}, assumed.` : ""}${
      datedByAnother ? " Dated by another report of it: the article gives no publication day." : ""
    }`,
    actors: rolesByPosition(extracted.actors),
    evidence: { articleId, ...checkedQuote(body, quoteStart, quoteEnd, text, `event at ${quoteStart}`) },
    createdBy: reviewer,
    reviewed: false,
  });
  db.insert(eventExtractions)
    .values({ eventId, confidence: extracted.confidence, planned: extracted.planned, reasons: extracted.reasons })
    .run();
  return eventId;
}

/** A box around a report as wide as grouping reaches (150 km, a governorate's), in degrees. */
const WAITING_REACH_DEGREES = 150 / 111;

/**
 * Drafts the happenings waiting for a date (undated_reports) that a newly stored report dates: those of its type
 * whose words allow its day, in its reach (or told of its whole country), of other articles, each dated by
 * `dateByOtherReports` as on storing, so the one-day rule holds with every report stored since. Runs in the caller's
 * transaction, for every event stored (`insertEvent`); the index on type and latitude keeps it short.
 */
function dateWaitingReports(db: GeobriefDb, record: NewEventRecord, precision: DatePrecision) {
  const client = db.$client;
  // The event as it was just written, read from its record.
  const stored = {
    type: record.type,
    dateValue: record.date,
    datePrecision: precision,
    lat: record.place.lat,
    lon: record.place.lon,
    countryCode: record.place.countryCode ?? null,
    articleId: record.evidence?.articleId ?? null,
  };
  if (stored.datePrecision !== "day" && stored.datePrecision !== "month") return;
  const waiting = client
    .prepare(
      `select undated_reports.id as id, article_id as articleId, draft, created_by as createdBy, articles.body as body
      from undated_reports join articles on articles.id = undated_reports.article_id
      where type = ? and article_id is not ? and (
        (lat between ? and ? and lon between ? and ?) or (place_precision = 'country' and country_code = ?))
      limit 50`,
    )
    .all(
      stored.type,
      stored.articleId,
      stored.lat - WAITING_REACH_DEGREES,
      stored.lat + WAITING_REACH_DEGREES,
      stored.lon - WAITING_REACH_DEGREES * 2,
      stored.lon + WAITING_REACH_DEGREES * 2,
      stored.countryCode,
    ) as { id: number; articleId: number; draft: string; createdBy: string; body: string }[];
  for (const row of waiting) {
    const draft = JSON.parse(row.draft) as UndatedEvent;
    if (!mayMean(draft.when, stored.dateValue, today())) continue;
    const found = dateByOtherReports(db, draft, today());
    if (!found) continue;
    client.prepare("delete from undated_reports where id = ?").run(row.id);
    insertDraft(db, row.articleId, row.body, datedDraft(db, draft, found), row.createdBy, true);
  }
}

/**
 * Stores an article with everything extracted from it — draft events with their evidence,
 * actors and places, and region mentions — in one transaction: all of it or none.
 * Happenings it could not date are dated by other reports first, so that none of its own is taken for one; those
 * none dates wait for one (undated_reports), and the warning says how many.
 */
export function storeExtractedArticle(db: GeobriefDb, article: ArticleInput, extraction: Extraction, options: { reviewer: string }) {
  // Read before the write begins: the lookups hold no lock another writer waits on.
  const looked = extraction.undated
    .slice(0, MAX_UNDATED_LOOKUPS)
    .map((event) => ({ event, found: dateByOtherReports(db, event, today()) }));
  const waiting = looked.filter(({ found }) => !found).map(({ event }) => event);
  const dropped = extraction.undated.length - looked.length;
  const warnings = [
    ...(waiting.length
      ? [
          `${waiting.length} happening(s) dated only by words that need the publication day ("${waiting[0].when.text}"), and no stored ` +
            "report of them gives their date: drafted when one does (or give the article's publication date)",
        ]
      : []),
    ...(dropped ? [`${dropped} more such happening(s) not kept: at most ${MAX_UNDATED_LOOKUPS} per article are looked up`] : []),
  ];
  return db.transaction((tx) => {
    const { id: articleId } = tx
      .insert(articles)
      .values({
        ...article,
        bodySha256: sha256(article.body),
        outletId: outletIdFor(tx, article.outlet, article.url),
        wire: wireOfArticle(article.outlet, article.body),
      })
      .returning({ id: articles.id })
      .get();
    indexArticle(tx, articleId, article.title, article.body);
    const eventIds = [
      ...extraction.events.map((extracted) => insertDraft(db, articleId, article.body, extracted, options.reviewer, false)),
      ...looked.flatMap(({ event, found }) =>
        found ? [insertDraft(db, articleId, article.body, datedDraft(db, event, found), options.reviewer, true)] : [],
      ),
    ];
    for (const event of waiting)
      tx.insert(undatedReports)
        .values({
          articleId,
          type: event.type,
          lat: event.lat,
          lon: event.lon,
          countryCode: event.country,
          placePrecision: event.placePrecision,
          draft: event,
          createdBy: options.reviewer,
        })
        .run();
    const mentions = extraction.regions.map((mention, index) => ({
      regionId: mention.region,
      articleId,
      ...checkedQuote(article.body, mention.start, mention.end, mention.text, `region mention ${index}`),
    }));
    for (const chunk of chunks(mentions)) tx.insert(regionMentions).values(chunk).onConflictDoNothing().run();
    return { articleId, eventIds, warnings };
  }, WRITE);
}
