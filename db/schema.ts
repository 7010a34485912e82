/**
 * The whole database, in one file. TypeScript names are camelCase, SQL names snake_case.
 * Offsets (start/end) index an article body as JavaScript string indices (UTF-16 code
 * units), so `body.slice(start, end) === quote` is checkable anywhere.
 */
import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Area, RegionKind, RegionStatus, SourceCitation } from "@/geo/types";
import type { BriefingSnapshot } from "@/lib/briefing-snapshot";
import type { UndatedEvent } from "@/lib/extraction-types";
import type {
  ActorRole,
  Credibility,
  DatePrecision,
  EventSourceKind,
  EventStatus,
  GeoPrecision,
  PlacePrecision,
  PloverType,
  ReliabilityGrade,
} from "@/lib/vocabulary";

/** An ISO timestamp column that defaults to the moment of insertion. */
const insertedAt = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/**
 * A quote pinned to its article: offsets into the verbatim body and the quote's hash, so
 * `body.slice(start, end) === quote` can be checked anywhere. Evidence and region mentions
 * are both this.
 */
const quotedSpan = () => ({
  articleId: integer("article_id")
    .notNull()
    .references(() => articles.id),
  start: integer("start").notNull(),
  end: integer("end").notNull(),
  quote: text("quote").notNull(),
  quoteSha256: text("quote_sha256").notNull(),
});

/**
 * Who published an article, as one entity however its name is written: found by URL domain, else
 * by its folded name (db/queries/outlets.ts). The grade is an analyst's (Admiralty scale, A–F).
 */
export const outlets = sqliteTable("outlets", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  /** The name folded for matching ("The Hürriyet Daily News" → "hurriyet daily news"). */
  nameKey: text("name_key").notNull().unique(),
  /** Its URL's host without "www.", when an article gave a URL. */
  domain: text("domain").unique(),
  grade: text("grade").$type<ReliabilityGrade>().notNull().default("F"),
  gradedBy: text("graded_by"),
  gradedAt: text("graded_at"),
});

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    /** As the source wrote it; `outletId` is the entity it names. */
    outlet: text("outlet").notNull(),
    /** Null only until start-up links an article stored before outlets existed (server/start-up.ts). */
    outletId: integer("outlet_id").references(() => outlets.id),
    /** The wire service it carries ("AP", from "(AP) —" or "as published by"), per ingest/wire-credit.ts; null for the outlet's own report. */
    wire: text("wire"),
    url: text("url").unique(),
    /** YYYY-MM-DD; null when the source gave none. */
    published: text("published"),
    language: text("language").notNull().default("en"),
    /** Verbatim, never altered: evidence offsets point into it. */
    body: text("body").notNull(),
    bodySha256: text("body_sha256").notNull().unique(),
    ingestedAt: insertedAt("ingested_at"),
  },
  (table) => [index("articles_published_idx").on(table.published, table.id)],
);

export const actors = sqliteTable("actors", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  /** #rrggbb, from an accessible palette. */
  colour: text("colour").notNull(),
  parentId: text("parent_id"),
  aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull(),
  members: text("members", { mode: "json" }).$type<string[]>().notNull(),
  /**
   * Its bit in `events.actor_mask` (0-61, given in order of creation by a trigger, migration
   * 0005); null for actors beyond the 62nd, whose filters fall back to a join.
   */
  bit: integer("bit").unique(),
});

export const places = sqliteTable(
  "places",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    geonamesId: integer("geonames_id").unique(),
    /** The extractor's gazetteer id ("geonames:170654", "ocha:C4268", "area:northern Syria"). */
    gazetteerId: text("gazetteer_id").unique(),
    name: text("name").notNull(),
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull(),
    lat: real("lat").notNull(),
    lon: real("lon").notNull(),
    /** ISO 3166-1 alpha-2. */
    countryCode: text("country_code").notNull(),
    admin1: text("admin1"),
    population: integer("population"),
    precision: text("precision").$type<PlacePrecision>().notNull(),
    /** Where the coordinates come from, e.g. "GeoNames 170654" or how an area's point was computed. */
    coordinateSource: text("coordinate_source").notNull(),
  },
  // A country's own point, which every report in that country asks for when looking for its incident.
  (table) => [
    index("places_country_point_idx")
      .on(table.countryCode)
      .where(sql`precision = 'country'`),
  ],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type").$type<PloverType>().notNull(),
    /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows. */
    dateValue: text("date_value").notNull(),
    datePrecision: text("date_precision").$type<DatePrecision>().notNull(),
    /** First and last day the date can mean (YYYY-MM-DD), for range filters. */
    dateStart: text("date_start").notNull(),
    dateEnd: text("date_end").notNull(),
    placeId: integer("place_id").references(() => places.id),
    lat: real("lat").notNull(),
    lon: real("lon").notNull(),
    geoPrecision: integer("geo_precision").$type<GeoPrecision>().notNull(),
    status: text("status").$type<EventStatus>().notNull().default("draft"),
    notes: text("notes"),
    createdAt: insertedAt("created_at"),
    /** Who last confirmed, edited or rejected it, and when (the full trail is in event_reviews). */
    reviewedBy: text("reviewed_by"),
    reviewedAt: text("reviewed_at"),
    /**
     * Denormalised for the map's filters, so a view over a million events needs no join and
     * no geometry test per row. actor_mask: bit `actors.bit` set for each actor taking part
     * (kept by triggers on event_actors, migration 0005).
     */
    actorMask: integer("actor_mask").notNull().default(0),
    /**
     * Its actors' ids as a JSON array in event_actors order, which a marker shows (kept by triggers
     * on event_actors, migration 0026): drawing 1,400 markers read 2,300 event_actors rows otherwise.
     */
    actorIds: text("actor_ids").notNull().default("[]"),
    /** Bit `regions.bit` set for each region whose current version holds the point; null until computed. */
    regionMask: integer("region_mask"),
    /** Distance to the Türkiye–Syria boundary line in km; null until computed. */
    borderKm: real("border_km"),
    /** Deaths its source reports; null when it reports none (an article rarely counts, ACLED always does). */
    fatalities: integer("fatalities"),
    /** "article" when a quote of a stored article states it; "dataset" when a coded dataset row does (ACLED, acled_records). */
    sourceKind: text("source_kind").$type<EventSourceKind>().notNull().default("article"),
    /** The incident it reports (db/queries/incidents.ts); null while it is the only report of its happening. */
    incidentId: integer("incident_id").references(() => incidents.id, { onDelete: "set null" }),
    /**
     * A report shown under another event's marker: its incident's lead stands for it. Folded
     * events count nowhere (the counted tables' triggers, migration 0017) and match no filter.
     */
    folded: integer("folded", { mode: "boolean" }).notNull().default(false),
    /** Independent sources of its incident (reprints of one wire count once); 1 for an event alone. */
    sources: integer("sources").notNull().default(1),
    /** The best grade among its incident's outlets, A–F as 1–6 (lib/vocabulary.ts); 6 "cannot be judged" by default. */
    reliability: integer("reliability").notNull().default(6),
  },
  (table) => [
    // Both cover every filter column, so a map or timeline query never reads the table itself.
    // (No index on type alone: it lured the planner into reading 30% of the table for ASSAULT.)
    index("events_timeline_idx").on(
      table.dateStart,
      table.datePrecision,
      table.status,
      table.type,
      table.dateEnd,
      table.actorMask,
      table.regionMask,
      table.borderKm,
      table.lon,
      table.lat,
      table.sourceKind,
      table.fatalities,
      table.folded,
      table.sources,
      table.reliability,
    ),
    index("events_map_idx").on(
      table.lon,
      table.lat,
      table.status,
      table.type,
      table.dateStart,
      table.dateEnd,
      table.actorMask,
      table.regionMask,
      table.borderKm,
      table.sourceKind,
      table.fatalities,
      table.folded,
      table.sources,
      table.reliability,
    ),
    // What a report's incident lookup reads (db/queries/incidents.ts): the unfolded reports of one type,
    // source kind and date precision in a range of days, a few dozen entries at a million events where
    // events_timeline_idx held every type's and kind's (a dataset row looks among articles' only).
    index("events_report_lookup_idx")
      .on(
        table.type,
        table.sourceKind,
        table.datePrecision,
        table.dateStart,
        table.dateEnd,
        table.lon,
        table.lat,
        table.status,
        table.geoPrecision,
      )
      .where(sql`folded = 0`),
    // Reports of an incident, for its panel and for settling its lead.
    index("events_incident_idx")
      .on(table.incidentId)
      .where(sql`incident_id is not null`),
    // Empty but for events whose map facts are still to compute: finding them at start-up is instant.
    index("events_missing_facts_idx")
      .on(table.lon, table.lat)
      .where(sql`border_km is null`),
  ],
);

export const eventActors = sqliteTable(
  "event_actors",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    role: text("role").$type<ActorRole>().notNull(),
    /** Order within the event: the initiator first. */
    position: integer("position").notNull(),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.actorId, table.role] }), index("event_actors_actor_idx").on(table.actorId)],
);

export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    ...quotedSpan(),
  },
  (table) => [
    index("evidence_event_idx").on(table.eventId),
    index("evidence_article_idx").on(table.articleId),
    // Finds an event by its quote: how an import recognises events it already holds.
    index("evidence_quote_idx").on(table.quoteSha256),
  ],
);

/**
 * The ACLED row a dataset event was imported from, kept whole but for what the event itself
 * holds (date, place, type, actors, fatalities): so a newer export of the same row
 * (`event_id_cnty`, a later `timestamp`) updates the event, and an export writes it back as ACLED wrote it.
 */
export const acledRecords = sqliteTable("acled_records", {
  eventId: integer("event_id")
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  eventIdCnty: text("event_id_cnty").notNull().unique(),
  /** ACLED's last change to the row, Unix seconds. */
  timestamp: integer("timestamp").notNull(),
  eventDate: text("event_date").notNull(),
  timePrecision: integer("time_precision").notNull(),
  disorderType: text("disorder_type").notNull(),
  eventType: text("event_type").notNull(),
  subEventType: text("sub_event_type").notNull(),
  /** The names as ACLED writes them; event_actors holds what they mean in the registry. */
  actor1: text("actor1").notNull(),
  assocActor1: text("assoc_actor_1").notNull(),
  inter1: text("inter1").notNull(),
  actor2: text("actor2").notNull(),
  assocActor2: text("assoc_actor_2").notNull(),
  inter2: text("inter2").notNull(),
  interaction: text("interaction").notNull(),
  civilianTargeting: text("civilian_targeting").notNull(),
  iso: text("iso").notNull(),
  region: text("region").notNull(),
  country: text("country").notNull(),
  admin1: text("admin1").notNull(),
  admin2: text("admin2").notNull(),
  admin3: text("admin3").notNull(),
  location: text("location").notNull(),
  /** The outlets the coders read, semicolon-separated as ACLED writes them. */
  source: text("source").notNull(),
  sourceScale: text("source_scale").notNull(),
  /** The coder's summary: shown as "ACLED coder's note", never as an article's sentence. */
  notes: text("notes").notNull(),
  tags: text("tags").notNull(),
});

/**
 * How an analyst said a dataset's actor name reads ("Local tribal militia" → DRUZE): every later
 * import maps the name so (and any spelling that normalises alike, ingest/normalise-name.ts).
 */
export const actorNameMappings = sqliteTable("actor_name_mappings", {
  /** As the dataset wrote it. */
  name: text("name").primaryKey(),
  actorId: text("actor_id")
    .notNull()
    .references(() => actors.id),
  mappedBy: text("mapped_by").notNull(),
  mappedAt: insertedAt("mapped_at"),
});

export type ReviewAction = "create" | "confirm" | "reject" | "edit" | "merge" | "split";

/**
 * One happening, many reports: the events that report it (events.incident_id), one of which leads
 * (its marker stands for all). Kept by db/queries/incidents.ts whenever a report joins or leaves.
 */
export const incidents = sqliteTable("incidents", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  leadEventId: integer("lead_event_id").notNull(),
  reports: integer("reports").notNull(),
  independentSources: integer("independent_sources").notNull(),
  /** Its reports differ in date, place, actors or figures. */
  contested: integer("contested", { mode: "boolean" }).notNull().default(false),
  /** 1–6 (Admiralty): derived from corroboration, or an analyst's override below. */
  credibility: integer("credibility").$type<Credibility>().notNull(),
  credibilityOverride: integer("credibility_override").$type<Credibility>(),
  overrideReason: text("override_reason"),
  overriddenBy: text("overridden_by"),
  createdAt: insertedAt("created_at"),
});

/** Why an event joined its incident: the report it matched, the fields that agreed, the score, and who grouped it. */
export const incidentLinks = sqliteTable("incident_links", {
  eventId: integer("event_id")
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  matchedEventId: integer("matched_event_id").notNull(),
  score: real("score").notNull(),
  agreed: text("agreed", { mode: "json" }).$type<string[]>().notNull(),
  linkedBy: text("linked_by").notNull(),
  linkedAt: insertedAt("linked_at"),
});

/**
 * Article reports stored before incidents existed, still to be grouped (server/start-up.ts): those
 * from `next_event_id` to `last_event_id`. Its one row is written by migration 0019 and deleted once
 * they all are; each batch moves `next_event_id` on, so an interrupted start-up resumes.
 */
export const incidentBackfill = sqliteTable("incident_backfill", {
  nextEventId: integer("next_event_id").notNull(),
  lastEventId: integer("last_event_id").notNull(),
});

/**
 * Why the extractor drafted an event (ingest/extract/events.ts): how sure it is, 0–1, and its reasons
 * (the trigger, how the place was resolved and the runner-up, where the date came from). Kept beside
 * the event, not on it, so the map's covering indexes stay as narrow; drafts are reviewed by it.
 */
export const eventExtractions = sqliteTable(
  "event_extractions",
  {
    eventId: integer("event_id")
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    confidence: real("confidence").notNull(),
    planned: integer("planned", { mode: "boolean" }).notNull().default(false),
    reasons: text("reasons", { mode: "json" }).$type<string[]>().notNull(),
  },
  (table) => [index("event_extractions_confidence_idx").on(table.confidence)],
);

/**
 * Happenings an article told with a date it cannot fix ("on Friday", with no publication day) that no stored report
 * dated when it was stored: each waits for the report of another article that will, and is drafted then
 * (db/queries/ingest.ts dateWaitingReports; docs/incidents.md, "Reports with no date of their own").
 */
export const undatedReports = sqliteTable(
  "undated_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    type: text("type").$type<PloverType>().notNull(),
    lat: real("lat").notNull(),
    lon: real("lon").notNull(),
    countryCode: text("country_code").notNull(),
    placePrecision: text("place_precision").$type<PlacePrecision>().notNull(),
    /** The extractor's draft, with what its words say of the day (`UndatedEvent`). */
    draft: text("draft", { mode: "json" }).$type<UndatedEvent>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: insertedAt("created_at"),
  },
  (table) => [index("undated_reports_lookup_idx").on(table.type, table.lat)],
);

/** Every review decision on an event: who, when, what changed (from → to). */
export const eventReviews = sqliteTable(
  "event_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    reviewer: text("reviewer").notNull(),
    reviewedAt: insertedAt("reviewed_at"),
    action: text("action").$type<ReviewAction>().notNull(),
    changes: text("changes", { mode: "json" }).$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (table) => [index("event_reviews_event_idx").on(table.eventId)],
);

/** One row per version of a region: a new front line is a new version, not an edit. */
export const regions = sqliteTable(
  "regions",
  {
    id: text("id").notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    kind: text("kind").$type<RegionKind>().notNull(),
    controllingActorId: text("controlling_actor_id").references(() => actors.id),
    status: text("status").$type<RegionStatus>().notNull(),
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
    basis: text("basis").notNull(),
    sources: text("sources", { mode: "json" }).$type<SourceCitation[]>().notNull(),
    geometry: text("geometry", { mode: "json" }).$type<Area>().notNull(),
    /** Who stored this version, drawn in the dashboard or imported; null for the seeded ones. */
    recordedBy: text("recorded_by"),
    /**
     * The km² this version gained and lost against the version before it (geo/region-changes.ts),
     * measured when it is stored, off the request thread; null for a first version.
     */
    gainedKm2: real("gained_km2"),
    lostKm2: real("lost_km2"),
    /**
     * The region's bit in events.region_mask: the same for every version of a region, given when
     * its first version is stored (db/queries/regions.ts) and never reordered, so no list's order
     * decides what stored masks mean. No default: every insert must say it (migration 0015's
     * DEFAULT 0 only lets ALTER TABLE add the column before it sets the old bits).
     */
    bit: integer("bit").notNull(),
  },
  (table) => [primaryKey({ columns: [table.id, table.version] })],
);

/** Sentences of stored articles that speak of a region ("along the Syrian border"). */
export const regionMentions = sqliteTable(
  "region_mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regionId: text("region_id").notNull(),
    ...quotedSpan(),
  },
  (table) => [
    index("region_mentions_region_idx").on(table.regionId),
    uniqueIndex("region_mentions_span_idx").on(table.articleId, table.start, table.end, table.regionId),
  ],
);

/**
 * A briefing as it was printed: never updated. `snapshot` is the frozen data shown; the
 * live data is compared with `fingerprint` to say whether it has changed since.
 */
export const briefings = sqliteTable("briefings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  notes: text("notes").notNull(),
  createdAt: insertedAt("created_at"),
  createdBy: text("created_by").notNull(),
  /** The newest change to the data when it was saved (ingest or review), ISO. */
  dataAsOf: text("data_as_of").notNull(),
  /** The dashboard query (filters and view) it was saved from, to reopen live. */
  query: text("query").notNull(),
  snapshot: text("snapshot", { mode: "json" }).$type<BriefingSnapshot>().notNull(),
  /** One line per event inside its filters: id and every shown field, to detect later changes. */
  fingerprint: text("fingerprint", { mode: "json" }).$type<Record<string, string>>().notNull(),
  mapImage: blob("map_image", { mode: "buffer" }).notNull(),
});

/**
 * A browser signed in with the edit token. The cookie holds a random secret; only its sha256
 * is stored, so the table alone signs nobody in. Signing out deletes the row; a session is
 * live only under the token it was opened with, so changing the token signs everyone out.
 */
export const editSessions = sqliteTable("edit_sessions", {
  secretSha256: text("secret_sha256").primaryKey(),
  tokenSha256: text("token_sha256").notNull(),
  createdAt: insertedAt("created_at"),
  expiresAt: text("expires_at").notNull(),
});

export type Article = typeof articles.$inferSelect;
export type Outlet = typeof outlets.$inferSelect;
export type Incident = typeof incidents.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Actor = typeof actors.$inferSelect;
export type NewActor = typeof actors.$inferInsert;
export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type EventActor = typeof eventActors.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type EventReview = typeof eventReviews.$inferSelect;
export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
export type RegionMention = typeof regionMentions.$inferSelect;
export type Briefing = typeof briefings.$inferSelect;
export type AcledRecord = typeof acledRecords.$inferSelect;
