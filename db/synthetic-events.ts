/**
 * Synthetic events for scale work (`npm run generate`): real gazetteer places of Syria and
 * its neighbours, the actor registry, PLOVER types, dates 2017–2025 with mixed precision,
 * and evidence pointing into generated articles (titled and sourced as generated, so no
 * one mistakes them for reporting). Written with prepared statements in large
 * transactions; the triggers of migration 0005 keep the map index as they would for any
 * other write. The same seed gives the same data.
 */
import type { GeobriefDb } from "./client";
import { mapFactsOf } from "./queries/map-facts";
import { eventSearchEntry, eventSearchRowid, indexActorsAndPlaces } from "./queries/search";
import { withoutUpkeep } from "./bulk-write";
import { seededRandom } from "@/lib/seeded-random";
import { firstIndex } from "@/lib/sorted-search";
import { actors } from "./schema";
import { sha256 } from "@/db/text-hash";
import { dateRange, precisionOfDate, type PloverType } from "@/lib/vocabulary";

const COUNTRIES = ["SY", "TR", "IQ", "LB", "JO", "IL"];
export const EVENTS_PER_ARTICLE = 10;
/** Progress is reported after each batch of this many articles. */
const BATCH_ARTICLES = 2_000;
const FIRST_DAY = Date.UTC(2017, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** What the initiator did, as a sentence would say it; weights roughly follow ACLED's mix for the region. */
const TYPES: { type: PloverType; weight: number; phrase: string }[] = [
  { type: "ASSAULT", weight: 30, phrase: "struck positions held by {target} near" },
  { type: "COERCE", weight: 8, phrase: "detained members of {target} in" },
  { type: "MOBILIZE", weight: 8, phrase: "sent reinforcements facing {target} to" },
  { type: "PROTEST", weight: 6, phrase: "staged a protest against {target} in" },
  { type: "THREATEN", weight: 6, phrase: "threatened {target} with an offensive on" },
  { type: "ACCUSE", weight: 6, phrase: "accused {target} of attacks around" },
  { type: "CONSULT", weight: 8, phrase: "held talks with {target} in" },
  { type: "AGREE", weight: 5, phrase: "reached an agreement with {target} on" },
  { type: "COOPERATE", weight: 5, phrase: "ran joint patrols with {target} around" },
  { type: "AID", weight: 5, phrase: "delivered aid alongside {target} to" },
  { type: "SUPPORT", weight: 3, phrase: "voiced support for {target} over" },
  { type: "REQUEST", weight: 3, phrase: "called on {target} to withdraw from" },
  { type: "REJECT", weight: 3, phrase: "rejected demands by {target} concerning" },
  { type: "RETREAT", weight: 2, phrase: "withdrew before {target} from" },
  { type: "SANCTION", weight: 1, phrase: "closed crossings used by {target} near" },
  { type: "CONCEDE", weight: 1, phrase: "handed checkpoints to {target} in" },
];

export interface GenerateOptions {
  events: number;
  seed: number;
  onProgress?: (written: number) => void;
}

/** Draws from weighted items by binary search over cumulative weights. */
function weightedPicker<T>(items: T[], weightOf: (item: T) => number, next: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weightOf(item)));
  return () => {
    const target = next() * total;
    return items[
      Math.min(
        firstIndex(cumulative, (sum) => sum >= target),
        items.length - 1,
      )
    ];
  };
}

const isoDay = (dayIndex: number) => new Date(FIRST_DAY + dayIndex * 86_400_000).toISOString().slice(0, 10);

/** The date as the event's sentence words it, and its stored value, at the drawn precision. */
function datedPhrase(day: string, precisionDraw: number): { words: string; value: string } {
  const [year, month, dayOfMonth] = day.split("-");
  const monthName = MONTHS[Number(month) - 1];
  if (precisionDraw < 0.8) return { words: `On ${Number(dayOfMonth)} ${monthName} ${year}`, value: day };
  if (precisionDraw < 0.95) return { words: `In ${monthName} ${year}`, value: `${year}-${month}` };
  return { words: `During ${year}`, value: year };
}

/** A gazetteer town as the generator needs it (ingest/gazetteer.ts holds the full entries the caller passes). */
interface Town {
  id: string;
  name: string;
  countryCode: string;
  lat: number;
  lon: number;
  precision: string;
  population: number;
  admin1: string | null;
  source: string;
}

/** Appends `count` generated events (in articles of ten) to the database; returns the ids range written. */
export function generateEvents(db: GeobriefDb, gazetteer: { entries: Town[] }, { events: count, seed, onProgress }: GenerateOptions) {
  const next = seededRandom(seed);
  // Events gather where people live, and in Syria most of all.
  const pickPlace = weightedPicker(
    gazetteer.entries.filter((entry) => COUNTRIES.includes(entry.countryCode) && entry.precision === "city"),
    (entry) => (entry.countryCode === "SY" ? 4 : 1) * Math.sqrt(Math.max(entry.population, 500)),
    next,
  );
  const registry = db.select({ id: actors.id, name: actors.name, bit: actors.bit }).from(actors).all();
  const pickActor = () => registry[Math.floor(next() * registry.length)];
  const pickType = weightedPicker(TYPES, (type) => type.weight, next);
  const factsOf = mapFactsOf(db);
  const client = db.$client;
  const firstArticle = (client.prepare("select coalesce(max(id), 0) as id from articles").get() as { id: number }).id + 1;

  const statements = {
    article: client.prepare("insert into articles (title, outlet, url, published, body, body_sha256) values (?, ?, ?, ?, ?, ?)"),
    place: client.prepare(
      "insert into places (gazetteer_id, geonames_id, name, aliases, lat, lon, country_code, admin1, population, precision, coordinate_source) values (?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?) on conflict (gazetteer_id) do update set name = excluded.name returning id",
    ),
    event: client.prepare(
      "insert into events (type, date_value, date_precision, date_start, date_end, place_id, lat, lon, geo_precision, status, notes, region_mask, border_km, actor_mask) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
    ),
    actor: client.prepare("insert into event_actors (event_id, actor_id, role, position) values (?, ?, ?, ?)"),
    evidence: client.prepare("insert into evidence (event_id, article_id, start, end, quote, quote_sha256) values (?, ?, ?, ?, ?, ?)"),
    sentence: client.prepare("insert into search_index (kind, ref, label, text) values ('sentence', ?, ?, ?)"),
    eventSearch: client.prepare("insert into search_index (rowid, kind, ref, label, text) values (?, 'event', ?, ?, ?)"),
  };
  const places = new Map<string, { id: number; regionMask: number; borderKm: number }>();
  const placeOf = (entry: Town) => {
    let place = places.get(entry.id);
    if (!place) {
      const geonamesId = entry.id.startsWith("geonames:") ? Number(entry.id.slice(9)) : null;
      const { id } = statements.place.get(
        entry.id,
        geonamesId,
        entry.name,
        entry.lat,
        entry.lon,
        entry.countryCode,
        entry.admin1,
        entry.population || null,
        entry.precision,
        entry.source,
      ) as { id: number };
      place = { id, ...factsOf([entry.lon, entry.lat]) };
      places.set(entry.id, place);
    }
    return place;
  };

  // FTS5 flushes its pending terms whenever a rowid is not above the last one, and event rows
  // count down (rowid = -event id): written a batch at a time in ascending order, not one by one.
  let eventSearchRows: [number, string, string, string][] = [];
  const writeEventSearchRows = () => {
    for (const row of eventSearchRows.sort((a, b) => a[0] - b[0])) statements.eventSearch.run(...row);
    eventSearchRows = [];
  };
  const writeArticle = (articleNumber: number, eventsInArticle: number) => {
    // Events fall up to 30 days before the article: the base day leaves room for that.
    const baseDay = 30 + Math.floor(next() * (DAYS - 30));
    const drafts = Array.from({ length: eventsInArticle }, () => {
      const type = pickType();
      const [initiator, target] = [pickActor(), pickActor()];
      const withTarget = next() < 0.7 && target.id !== initiator.id;
      const entry = pickPlace();
      const date = datedPhrase(isoDay(baseDay - Math.floor(next() * 30)), next());
      const sentence = `${date.words}, ${initiator.name} ${type.phrase.replace("{target}", withTarget ? target.name : "rivals")} ${entry.name}.`;
      const statusDraw = next();
      return {
        type: type.type,
        initiator,
        target: withTarget ? target : null,
        entry,
        date,
        sentence,
        status: statusDraw < 0.7 ? "confirmed" : statusDraw < 0.98 ? "draft" : "rejected",
      };
    });
    const body = drafts.map((draft) => draft.sentence).join(" ");
    const title = `Generated report ${articleNumber} (synthetic test data)`;
    const { lastInsertRowid: articleId } = statements.article.run(
      title,
      "Geobrief generator",
      `urn:geobrief:generated:${seed}:${articleNumber}`,
      isoDay(baseDay),
      body,
      sha256(body),
    );
    let offset = 0;
    for (const draft of drafts) {
      const start = offset;
      const end = start + draft.sentence.length;
      offset = end + 1;
      statements.sentence.run(`${articleId}:${start}:${end}`, title, draft.sentence);
      const place = placeOf(draft.entry);
      const { start: dateStart, end: dateEnd } = dateRange(draft.date.value);
      const precision = precisionOfDate(draft.date.value)!;
      const notes = "Synthetic event from the generator.";
      // Set here so the event_actors trigger finds its bits already there and leaves the row alone.
      const actorMask = [draft.initiator, draft.target].reduce(
        (mask, actor) => (actor && actor.bit !== null ? mask | (1n << BigInt(actor.bit)) : mask),
        0n,
      );
      const { lastInsertRowid: eventId } = statements.event.run(
        draft.type,
        draft.date.value,
        precision,
        dateStart,
        dateEnd,
        place.id,
        draft.entry.lat,
        draft.entry.lon,
        draft.status,
        notes,
        place.regionMask,
        place.borderKm,
        actorMask,
      );
      statements.actor.run(eventId, draft.initiator.id, "initiator", 0);
      if (draft.target) statements.actor.run(eventId, draft.target.id, "target", 1);
      statements.evidence.run(eventId, articleId, start, end, draft.sentence, sha256(draft.sentence));
      if (draft.status !== "rejected") {
        const actorNames = [draft.initiator.name, ...(draft.target ? [draft.target.name] : [])];
        const { label, text } = eventSearchEntry({
          type: draft.type,
          dateValue: draft.date.value,
          placeName: draft.entry.name,
          actorNames,
          notes,
        });
        eventSearchRows.push([eventSearchRowid(Number(eventId)), String(eventId), label, text]);
      }
    }
  };

  // Index pages stay in memory while millions of rows go in (the default cache is 2 MB).
  const cacheSize = client.pragma("cache_size", { simple: true });
  client.pragma("cache_size = -512000");
  let written = 0;
  let articleNumber = firstArticle;
  // Batches of articles, each a transaction; counts and map indexes rebuilt once at the end (db/bulk-write.ts).
  withoutUpkeep(client, () => {
    while (written < count) {
      client
        .transaction(() => {
          for (let index = 0; index < BATCH_ARTICLES && written < count; index++) {
            const eventsInArticle = Math.min(EVENTS_PER_ARTICLE, count - written);
            writeArticle(articleNumber++, eventsInArticle);
            written += eventsInArticle;
          }
          writeEventSearchRows();
        })
        .immediate();
      onProgress?.(written);
    }
    // New places join the search index.
    indexActorsAndPlaces(db);
  });
  client.pragma(`cache_size = ${cacheSize}`);
  // The planner learns the new table sizes.
  client.exec("analyze");
  return { events: written, articles: articleNumber - firstArticle, places: places.size };
}
