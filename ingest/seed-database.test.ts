import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { afterEach, describe, expect, it } from "vitest";
import { type GeobriefDb } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { actors, articles, eventReviews, events, evidence, regionMentions, regions } from "@/db/schema";
import { sha256 } from "@/db/text-hash";
import { SEED_DIR, SeedError } from "@/ingest/seed-database";

const opened: GeobriefDb[] = [];
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "geobrief-seed-"));
  dirs.push(dir);
  return dir;
}
function open(file: string, options?: { seedDir?: string }): GeobriefDb {
  const db = openPreparedDatabase(file, options);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.$client.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a fresh database", () => {
  it("is migrated and seeded through the pipeline: the seed article, its six confirmed events, 19 actors, 3 regions", () => {
    const db = open(path.join(tempDir(), "fresh.db"));
    const total = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()!.n;
    expect(total(articles)).toBe(1);
    expect(total(actors)).toBe(19);
    expect(total(regions)).toBe(3);
    const statuses = db.select({ status: events.status, type: events.type }).from(events).all();
    expect(
      statuses
        .filter(({ status }) => status === "confirmed")
        .map(({ type }) => type)
        .sort(),
    ).toEqual(["AGREE", "AID", "CONSULT", "OTHER", "RETREAT", "SUPPORT"]);
    // Whatever else the extractor proposed was reviewed too: nothing is left as a draft.
    expect(statuses.filter(({ status }) => status === "draft")).toEqual([]);
  });

  it("records who reviewed each event, and what the review changed", () => {
    const db = open(path.join(tempDir(), "reviews.db"));
    const reviews = db.select().from(eventReviews).all();
    const confirmations = reviews.filter((review) => review.action === "confirm");
    expect(confirmations).toHaveLength(6);
    expect(new Set(reviews.map((review) => review.reviewer))).toEqual(new Set(["seed curation"]));
    const retreat = db
      .select()
      .from(events)
      .all()
      .find((event) => event.type === "RETREAT")!;
    expect(retreat.reviewedBy).toBe("seed curation");
    const retreatConfirmation = confirmations.find((review) => review.eventId === retreat.id)!;
    expect(retreatConfirmation.changes.status).toEqual({ from: "draft", to: "confirmed" });
  });

  it("stores the article body verbatim and every quote equal to body.slice(start, end) with its hash", () => {
    const db = open(path.join(tempDir(), "quotes.db"));
    const article = db.select().from(articles).get()!;
    const seedText = readFileSync(path.join(SEED_DIR, "turkiyetoday-2025-10-17-defense-talks-damascus.txt"), "utf8");
    expect(seedText.endsWith(article.body)).toBe(true);
    expect(article.bodySha256).toBe(sha256(article.body));
    const spans = [...db.select().from(evidence).all(), ...db.select().from(regionMentions).all()];
    expect(
      db
        .select()
        .from(regionMentions)
        .all()
        .map((mention) => mention.regionId)
        .sort(),
    ).toEqual(["sdf-northeast", "southwest-syria", "turkey-syria-border", "turkey-syria-border"]);
    for (const span of spans) {
      expect(article.body.slice(span.start, span.end)).toBe(span.quote);
      expect(span.quoteSha256).toBe(sha256(span.quote));
    }
  });

  it("is not seeded twice when reopened", () => {
    const file = path.join(tempDir(), "twice.db");
    open(file).$client.close();
    opened.pop();
    const db = open(file);
    expect(db.select({ n: count() }).from(articles).get()!.n).toBe(1);
  });

  it("keeps nothing when a review decision does not match the article: the seed is one transaction", () => {
    const seedDir = tempDir();
    cpSync(SEED_DIR, seedDir, { recursive: true });
    const decisionsFile = path.join(seedDir, "review-decisions.json");
    const decisions = JSON.parse(readFileSync(decisionsFile, "utf8"));
    decisions.decisions[3].quote = decisions.decisions[3].quote.replace("Türkiye", "Turkey");
    writeFileSync(decisionsFile, JSON.stringify(decisions));
    const file = path.join(tempDir(), "broken.db");
    expect(() => open(file, { seedDir })).toThrow(SeedError);
    const raw = new Database(file, { readonly: true });
    for (const table of ["actors", "regions", "articles", "places", "events", "evidence"]) {
      expect(raw.prepare(`select count(*) as n from ${table}`).get(), table).toEqual({ n: 0 });
    }
    raw.close();
    const db = open(file, { seedDir: SEED_DIR });
    // Reopened with the good seed: seeded once, completely, with nothing left from the failed try.
    expect(db.select({ n: count() }).from(articles).get()!.n).toBe(1);
    expect(db.select({ n: count() }).from(events).where(eq(events.status, "confirmed")).get()!.n).toBe(6);
  });
});
