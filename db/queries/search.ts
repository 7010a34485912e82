import { eq, inArray, sql } from "drizzle-orm";
import { splitSentences } from "@/lib/sentences";
import { WRITE, type GeobriefDb } from "../client";
import { actors, articles, events, places } from "../schema";
import { getEventDetail } from "./events";

type Writer = Pick<GeobriefDb, "run" | "select">;

/**
 * The search index (an FTS5 table, migration 0002) holds one row per article sentence,
 * event, place and actor: `kind`, a `ref` to open it by, a `label` to show, and the `text`
 * searched. Writers call these inside their own transactions, so it never lags the data.
 */
export function indexArticle(db: Writer, articleId: number, title: string, body: string): void {
  for (const sentence of splitSentences(body)) {
    db.run(
      sql`insert into search_index (kind, ref, label, text) values ('sentence', ${`${articleId}:${sentence.start}:${sentence.end}`}, ${title}, ${sentence.text})`,
    );
  }
}

/**
 * An event's row has rowid = -event id (migration 0009): found by rowid, as FTS5 cannot find
 * rows by its UNINDEXED columns without reading them all. Other rows take positive rowids.
 */
export const eventSearchRowid = (eventId: number) => -eventId;

export function indexEvent(db: GeobriefDb, eventId: number): void {
  db.run(sql`delete from search_index where rowid = ${eventSearchRowid(eventId)}`);
  const event = getEventDetail(db, eventId);
  if (event.status === "rejected") return;
  // A dataset event is found by its coder's note and its ACLED names too.
  const notes = [event.notes, event.dataset?.notes, event.dataset?.actor1, event.dataset?.actor2].filter(Boolean).join(" ") || null;
  const { label, text } = eventSearchEntry({
    ...event,
    notes,
    placeName: event.place?.name,
    actorNames: event.actors.map((actor) => actor.name),
  });
  db.run(
    sql`insert into search_index (rowid, kind, ref, label, text) values (${eventSearchRowid(eventId)}, 'event', ${String(eventId)}, ${label}, ${text})`,
  );
}

/** A new event's row, from what its writer already holds (no read back: an import writes thousands). */
export function indexNewEvent(
  db: Writer,
  eventId: number,
  event: { type: string; dateValue: string; placeName: string; actorIds: string[]; notes: string | null },
): void {
  const names = event.actorIds.length
    ? db.select({ id: actors.id, name: actors.name }).from(actors).where(inArray(actors.id, event.actorIds)).all()
    : [];
  const byId = new Map(names.map(({ id, name }) => [id, name]));
  const { label, text } = eventSearchEntry({ ...event, actorNames: event.actorIds.map((id) => byId.get(id) ?? id) });
  db.run(
    sql`insert into search_index (rowid, kind, ref, label, text) values (${eventSearchRowid(eventId)}, 'event', ${String(eventId)}, ${label}, ${text})`,
  );
}

/** What the index shows and searches for an event (the generator writes the same rows in bulk). */
export function eventSearchEntry(event: {
  type: string;
  dateValue: string;
  placeName?: string | null;
  actorNames: string[];
  notes: string | null;
}) {
  return {
    label: `${event.type} ${event.dateValue} · ${event.placeName ?? "unplaced"}`,
    text: [event.type, event.placeName, ...event.actorNames, event.notes].filter(Boolean).join(" "),
  };
}

export function indexPlace(db: Writer, placeId: number, name: string, aliases: string[]): void {
  db.run(
    sql`insert into search_index (kind, ref, label, text) values ('place', ${String(placeId)}, ${name}, ${[name, ...aliases].join(" · ")})`,
  );
}

/** Actors and places are few: their rows are rebuilt whole. */
export function indexActorsAndPlaces(db: GeobriefDb): void {
  db.run(sql`delete from search_index where kind in ('actor', 'place')`);
  for (const actor of db.select().from(actors).all()) {
    db.run(
      sql`insert into search_index (kind, ref, label, text) values ('actor', ${actor.id}, ${actor.name}, ${[actor.name, ...actor.aliases, ...actor.members].join(" · ")})`,
    );
  }
  for (const place of db.select().from(places).all()) indexPlace(db, place.id, place.name, place.aliases);
}

export interface SearchResult {
  kind: "sentence" | "event" | "place" | "actor";
  label: string;
  /** The matching text with the hit wrapped in [[ ]] (plain text: the client marks it up). */
  snippet: string;
  eventId?: number;
  articleId?: number;
  start?: number;
  end?: number;
  actorId?: string;
  lon?: number;
  lat?: number;
}

/** A one-letter prefix ("s*") matches nearly every row of the index: only longer words are completed. */
const MIN_PREFIX_LETTERS = 2;
/**
 * How many matches are ranked. Ranking reads every match; a common word matches millions of
 * rows at a million events (6 s), so the first RANKED_MATCHES in index order are ranked.
 */
const RANKED_MATCHES = 2_000;

/** Words of the query, each quoted (so FTS5 syntax in user text is inert), the last a prefix when long enough. */
export function toMatchQuery(query: string): string | null {
  const words = query.normalize("NFC").match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  const last = words.length - 1;
  return words.map((word, index) => `"${word}"${index === last && [...word].length >= MIN_PREFIX_LETTERS ? "*" : ""}`).join(" ");
}

/** The best matches (bm25) among the first RANKED_MATCHES, events and actors before sentences at equal rank. */
export function search(db: GeobriefDb, query: string, limit = 20): SearchResult[] {
  const match = toMatchQuery(query);
  if (!match) return [];
  const best = db.all<{ id: number }>(
    sql`select id from (select rowid as id, bm25(search_index) as score from search_index where search_index match ${match} limit ${RANKED_MATCHES}) order by score limit ${limit}`,
  );
  if (!best.length) return [];
  // Snippets for the few shown only: each is made from its row's text.
  const rows = db.all<{ kind: SearchResult["kind"]; ref: string; label: string; snippet: string }>(
    sql`select kind, ref, label, snippet(search_index, 3, '[[', ']]', '…', 12) as snippet from search_index where search_index match ${match} and rowid in (${sql.join(
      best.map(({ id }) => sql`${id}`),
      sql`, `,
    )}) order by bm25(search_index)`,
  );
  return rows.map(({ kind, ref, label, snippet }) => {
    if (kind === "sentence") {
      const [articleId, start, end] = ref.split(":").map(Number);
      return { kind, label, snippet, articleId, start, end };
    }
    if (kind === "event") return { kind, label, snippet, eventId: Number(ref) };
    if (kind === "actor") return { kind, label, snippet, actorId: ref };
    const place = db
      .select({ lon: places.lon, lat: places.lat })
      .from(places)
      .where(eq(places.id, Number(ref)))
      .get();
    return { kind, label, snippet, lon: place?.lon, lat: place?.lat };
  });
}

/** Builds the whole index from the data (for a database created before search existed). */
export function rebuildSearchIndex(db: GeobriefDb): void {
  db.transaction(() => {
    db.run(sql`delete from search_index`);
    for (const article of db.select({ id: articles.id, title: articles.title, body: articles.body }).from(articles).all())
      indexArticle(db, article.id, article.title, article.body);
    for (const { id } of db.select({ id: events.id }).from(events).all()) indexEvent(db, id);
    indexActorsAndPlaces(db);
  }, WRITE);
}
