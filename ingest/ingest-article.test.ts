import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeobriefDb } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { articles, eventActors, eventReviews, events, evidence } from "@/db/schema";
import { ingestArticle } from "./ingest-article";

/** Text written for this test: a strike in Quneitra and a meeting in Ankara, with stated dates. */
const ARTICLE = {
  title: "Test report",
  outlet: "Geobrief tests",
  url: "https://example.org/test-report",
  published: "2025-09-05",
  body:
    "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said.\n" +
    "On Thursday, Turkish Foreign Minister Hakan Fidan met Syrian officials in Ankara to discuss border security.",
};

let dir: string;
let db: GeobriefDb;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "geobrief-ingest-"));
  db = openPreparedDatabase(path.join(dir, "ingest.db"));
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});
const total = () => db.select({ n: count() }).from(articles).get()!.n;

describe("ingestArticle", () => {
  it("stores the article verbatim with draft events tied to their sentences", () => {
    const before = total();
    const result = ingestArticle(db, ARTICLE, { reviewer: "tester" });
    expect(result.status).toBe("stored");
    if (result.status !== "stored") return;
    expect(total()).toBe(before + 1);
    const stored = db.select().from(articles).where(eq(articles.id, result.articleId)).get()!;
    expect(stored.body).toBe(ARTICLE.body);
    const drafts = db
      .select()
      .from(events)
      .innerJoin(evidence, eq(evidence.eventId, events.id))
      .where(eq(evidence.articleId, result.articleId))
      .all();
    expect(drafts.map(({ events: event }) => event.status)).toEqual(drafts.map(() => "draft"));
    const strike = drafts.find(({ events: event }) => event.type === "ASSAULT");
    expect(strike?.events.dateValue).toBe("2025-09-03");
    expect(strike?.evidence.quote).toBe(ARTICLE.body.slice(strike!.evidence.start, strike!.evidence.end));
    const meeting = drafts.find(({ events: event }) => event.type === "CONSULT");
    expect(meeting?.events.dateValue).toBe("2025-09-04");
    const meetingActors = db
      .select()
      .from(eventActors)
      .where(eq(eventActors.eventId, meeting!.events.id))
      .orderBy(eventActors.position)
      .all();
    expect(meetingActors[0]).toMatchObject({ actorId: "TUR", role: "initiator" });
    expect(db.select().from(eventReviews).where(eq(eventReviews.eventId, meeting!.events.id)).get()).toMatchObject({
      reviewer: "tester",
      action: "create",
    });
  });

  it("says in a draft's notes what dates an undated sentence: the day in the lede, the day of its wave of strikes, else the month", () => {
    const result = ingestArticle(
      db,
      {
        ...ARTICLE,
        url: "https://example.org/undated-sentences",
        body:
          "Israeli forces shelled Khan Arnabah, residents said.\nPrices rose.\nFuel ran short.\nTurkish drones struck Kobani, a monitor said.\n" +
          "Israeli jets struck Quneitra on Wednesday.\nIsraeli jets struck Daraa, the monitor said.",
      },
      { reviewer: "tester" },
    );
    if (result.status !== "stored") throw new Error(result.status);
    const notes = db
      .select({ date: events.dateValue, notes: events.notes })
      .from(events)
      .innerJoin(evidence, eq(evidence.eventId, events.id))
      .where(eq(evidence.articleId, result.articleId))
      .orderBy(evidence.start)
      .all();
    expect(notes).toEqual([
      { date: "2025-09-05", notes: expect.stringContaining("No date in the sentence: the publication day, as the lede's news, assumed.") },
      { date: "2025-09", notes: expect.stringContaining("No date in the sentence: the publication month, assumed.") },
      { date: "2025-09-03", notes: 'Extracted from "struck".' },
      {
        date: "2025-09-03",
        notes: expect.stringContaining(
          "No date in the sentence: the day of the strikes by the same hand stated before (Al Qunaytirah), assumed.",
        ),
      },
    ]);
  });

  it("does not store the same body or the same URL twice", () => {
    const before = total();
    expect(ingestArticle(db, ARTICLE, { reviewer: "tester" })).toMatchObject({ status: "skipped" });
    expect(ingestArticle(db, { ...ARTICLE, body: `${ARTICLE.body} Updated.` }, { reviewer: "tester" })).toMatchObject({
      status: "skipped",
    });
    expect(total()).toBe(before);
  });

  it("writes nothing for bad input", () => {
    const before = total();
    for (const bad of [
      { ...ARTICLE, url: null, body: "" },
      { ...ARTICLE, url: null, body: "a\u0000b" },
      { ...ARTICLE, url: "ftp://x" },
    ]) {
      expect(ingestArticle(db, bad, { reviewer: "tester" }).status).toBe("failed");
    }
    expect(total()).toBe(before);
  });

  it("stores an undated article but resolves no relative date in it", () => {
    const result = ingestArticle(
      db,
      { ...ARTICLE, url: null, published: null, body: "Israeli forces shelled Quneitra on Monday." },
      { reviewer: "tester" },
    );
    expect(result).toMatchObject({ status: "stored", eventIds: [] });
    expect(result.status === "stored" && result.warnings.join(" ")).toContain("unresolved");
  });
});
