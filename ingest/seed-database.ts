import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { GEO_DATA_DIR, REGIONS_FILE } from "@/geo/data-files";
import { assertValidGeometry } from "@/geo/geometry-check";
import type { FeatureCollection, RegionFeature } from "@/geo/types";
import { gazetteerPlace } from "@/ingest/gazetteer";
import { ingestArticle } from "@/ingest/ingest-article";
import { parseArticleFile } from "@/ingest/parse-article-file";
import { WRITE, type GeobriefDb } from "@/db/client";
import { createEventFromSelection, reviewEvent } from "@/db/queries/review";
import { indexActorsAndPlaces } from "@/db/queries/search";
import { newRegionVersion } from "@/db/queries/regions";
import * as schema from "@/db/schema";
import type { ActorRole, GeoPrecision, PloverType } from "@/lib/vocabulary";

export const SEED_DIR = path.join(process.cwd(), "db", "seed");

interface ReviewDecision {
  /** Part of the draft's evidence sentence that identifies it. */
  sentence: string;
  /** The exact quote the curator keeps as evidence. */
  quote: string;
  type: PloverType;
  date: string;
  place: string;
  geoPrecision: GeoPrecision;
  actors: [string, ActorRole][];
  notes?: string;
}

interface ReviewDecisions {
  reviewer: string;
  article: string;
  unlisted: "reject";
  decisions: ReviewDecision[];
}

export class SeedError extends Error {}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/**
 * Fills a fresh database: the actor registry, the regions (geo/data/), and the seed article
 * ingested through the same pipeline as any other, its drafts then reviewed by replaying
 * review-decisions.json. One transaction: a failure leaves the database empty. Does nothing
 * when actors already exist. `seedDir` holds actors.json, review-decisions.json and the article.
 */
export function seedDatabase(db: GeobriefDb, options: { seedDir?: string } = {}): void {
  const { seedDir = SEED_DIR } = options;
  const [{ actors: actorCount }] = db.select({ actors: count() }).from(schema.actors).all();
  if (actorCount > 0) return;

  const actors = readJson<schema.NewActor[]>(path.join(seedDir, "actors.json"));
  const regions = readJson<FeatureCollection<RegionFeature["geometry"], RegionFeature["properties"]>>(
    path.join(GEO_DATA_DIR, REGIONS_FILE),
  ).features;
  assertValidGeometry(regions, "regions");
  const review = readJson<ReviewDecisions>(path.join(seedDir, "review-decisions.json"));
  // Read from the project directory at start-up (`next start`, not standalone output), so the
  // bundler need not trace it.
  const articleFile = path.join(/*turbopackIgnore: true*/ seedDir, review.article);
  const { header, body } = parseArticleFile(readFileSync(articleFile, "utf8"));

  db.transaction(() => {
    db.insert(schema.actors).values(actors).run();
    db.insert(schema.regions)
      .values(
        // Each region's bit in events.region_mask is its place in the file, fixed from here on (db/schema.ts).
        regions.map((region, bit) => newRegionVersion(region, 1, bit)),
      )
      .run();

    const ingested = ingestArticle(db, { ...header, body }, { reviewer: review.reviewer });
    if (ingested.status !== "stored")
      throw new SeedError(`the seed article was not stored: ${ingested.status === "failed" ? ingested.error : ingested.reason}`);
    const drafts = db
      .select({ id: schema.events.id, sentence: schema.evidence.quote })
      .from(schema.events)
      .innerJoin(schema.evidence, eq(schema.evidence.eventId, schema.events.id))
      .where(eq(schema.evidence.articleId, ingested.articleId))
      .all();
    const reviewed = new Set<number>();
    review.decisions.forEach((decision, index) => {
      const start = body.indexOf(decision.quote);
      if (start < 0) throw new SeedError(`review decision ${index}: its quote is not in the article: ${JSON.stringify(decision.quote)}`);
      const place = gazetteerPlace(decision.place);
      if (!place) throw new SeedError(`review decision ${index}: unknown gazetteer place ${decision.place}`);
      const actorRoles = decision.actors.map(([actorId, role]) => ({ actorId, role }));
      const quote = { start, end: start + decision.quote.length };
      const draft = drafts.find((candidate) => !reviewed.has(candidate.id) && candidate.sentence.includes(decision.sentence));
      if (draft) {
        reviewed.add(draft.id);
        reviewEvent(
          db,
          draft.id,
          {
            status: "confirmed",
            type: decision.type,
            date: decision.date,
            place,
            geoPrecision: decision.geoPrecision,
            actors: actorRoles,
            quote,
            notes: decision.notes,
          },
          review.reviewer,
        );
      } else {
        const id = createEventFromSelection(
          db,
          {
            articleId: ingested.articleId,
            ...quote,
            type: decision.type,
            date: decision.date,
            place,
            geoPrecision: decision.geoPrecision,
            actors: actorRoles,
          },
          review.reviewer,
        );
        reviewed.add(id);
      }
    });
    for (const draft of drafts) if (!reviewed.has(draft.id)) reviewEvent(db, draft.id, { status: "rejected" }, review.reviewer);
    indexActorsAndPlaces(db);
  }, WRITE);
}
