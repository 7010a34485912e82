import { readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { AreaPlace } from "@/geo/area-places";
import { AREA_PLACES_FILE, GEO_DATA_DIR, REGIONS_FILE } from "@/geo/data-files";
import { assertValidGeometry } from "@/geo/geometry-check";
import type { FeatureCollection, RegionFeature } from "@/geo/types";
import { parseArticleFile } from "@/ingest/parse-article-file";
import { QuoteMismatchError } from "../errors";
import * as schema from "../schema";
import { sha256 } from "../text-hash";
import { dateRange, precisionOfDate, type ActorRole, type EventStatus, type GeoPrecision, type PloverType } from "../vocabulary";

export const SEED_DIR = path.join(process.cwd(), "db", "seed");

interface Span {
  start: number;
  end: number;
  quote: string;
}

interface CuratedSeed {
  article: string;
  places: ({ key: string; area: string } | (schema.NewPlace & { key: string }))[];
  events: {
    type: PloverType;
    date: string;
    place: string;
    geoPrecision: GeoPrecision;
    status: EventStatus;
    notes?: string;
    actors: [string, ActorRole][];
    evidence: Span;
  }[];
  regionMentions: (Span & { region: string })[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Checks a span against the body it points into and returns it with its hash. */
export function pinQuote(body: string, span: Span, where: string): Span & { quoteSha256: string } {
  const found = body.slice(span.start, span.end);
  if (found !== span.quote) throw new QuoteMismatchError(where, span.quote, found);
  return { ...span, quoteSha256: sha256(span.quote) };
}

type Db = BetterSQLite3Database<typeof schema>;

/**
 * Fills a fresh database with the actor registry, the regions (geo/data/) and the seed
 * article with its curated events, in one transaction: a failure leaves it empty. Does
 * nothing when actors already exist. `seedDir` holds actors.json, curated-events.json and
 * the article file.
 */
export function seedDatabase(db: Db, options: { seedDir?: string } = {}): void {
  const { seedDir = SEED_DIR } = options;
  const [{ actors: actorCount }] = db.select({ actors: count() }).from(schema.actors).all();
  if (actorCount > 0) return;

  const actors = readJson<schema.NewActor[]>(path.join(seedDir, "actors.json"));
  const regions = readJson<FeatureCollection<RegionFeature["geometry"], RegionFeature["properties"]>>(
    path.join(GEO_DATA_DIR, REGIONS_FILE),
  ).features;
  assertValidGeometry(regions, "regions");
  const areaPlaces = readJson<AreaPlace[]>(path.join(GEO_DATA_DIR, AREA_PLACES_FILE));
  const curated = readJson<CuratedSeed>(path.join(seedDir, "curated-events.json"));
  // Read from the project directory at start-up (`next start`, not standalone output), so the
  // bundler need not trace it.
  const articleFile = path.join(/*turbopackIgnore: true*/ seedDir, curated.article);
  const { header, body } = parseArticleFile(readFileSync(articleFile, "utf8"));

  db.transaction((tx) => {
    tx.insert(schema.actors).values(actors).run();
    tx.insert(schema.regions)
      .values(
        regions.map(({ properties, geometry }) => ({
          id: properties.id,
          version: 1,
          name: properties.name,
          kind: properties.kind,
          controllingActorId: properties.controllingActor,
          status: properties.status,
          validFrom: properties.validFrom,
          validTo: properties.validTo,
          basis: properties.basis,
          sources: properties.sources,
          geometry,
        })),
      )
      .run();

    const article = tx
      .insert(schema.articles)
      .values({
        title: header.title ?? curated.article,
        outlet: header.outlet ?? "unknown",
        url: header.url ?? null,
        published: header.published ?? null,
        body,
        bodySha256: sha256(body),
      })
      .returning({ id: schema.articles.id })
      .get();

    const placesByKey = new Map<string, { id: number; lat: number; lon: number }>();
    for (const entry of curated.places) {
      let place: schema.NewPlace;
      if ("area" in entry) {
        const area = areaPlaces.find((candidate) => candidate.name === entry.area);
        if (!area) throw new Error(`seed place ${entry.key}: no area place named ${entry.area}`);
        place = { ...area, precision: area.precision };
      } else {
        const { key: _key, ...gazetteerEntry } = entry;
        place = gazetteerEntry;
      }
      const row = tx
        .insert(schema.places)
        .values({
          name: place.name,
          geonamesId: place.geonamesId ?? null,
          aliases: place.aliases,
          lat: place.lat,
          lon: place.lon,
          countryCode: place.countryCode,
          admin1: place.admin1 ?? null,
          population: place.population ?? null,
          precision: place.precision,
          coordinateSource: place.coordinateSource,
        })
        .returning({ id: schema.places.id, lat: schema.places.lat, lon: schema.places.lon })
        .get();
      placesByKey.set(entry.key, row);
    }

    curated.events.forEach((curatedEvent, index) => {
      const place = placesByKey.get(curatedEvent.place);
      if (!place) throw new Error(`seed event ${index}: unknown place ${curatedEvent.place}`);
      const { start, end } = dateRange(curatedEvent.date);
      const event = tx
        .insert(schema.events)
        .values({
          type: curatedEvent.type,
          dateValue: curatedEvent.date,
          datePrecision: precisionOfDate(curatedEvent.date)!,
          dateStart: start,
          dateEnd: end,
          placeId: place.id,
          lat: place.lat,
          lon: place.lon,
          geoPrecision: curatedEvent.geoPrecision,
          status: curatedEvent.status,
          notes: curatedEvent.notes ?? null,
        })
        .returning({ id: schema.events.id })
        .get();
      tx.insert(schema.eventActors)
        .values(curatedEvent.actors.map(([actorId, role], position) => ({ eventId: event.id, actorId, role, position })))
        .run();
      tx.insert(schema.evidence)
        .values({ eventId: event.id, articleId: article.id, ...pinQuote(body, curatedEvent.evidence, `seed event ${index}`) })
        .run();
    });

    tx.insert(schema.regionMentions)
      .values(
        curated.regionMentions.map(({ region, ...span }, index) => ({
          regionId: region,
          articleId: article.id,
          ...pinQuote(body, span, `seed region mention ${index}`),
        })),
      )
      .run();
  });
}
