import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeobriefDb } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { articles, eventActors, eventExtractions, eventReviews, events, evidence, undatedReports } from "@/db/schema";
import { ingestArticle } from "./ingest-article";
import { extractArticle } from "./extract-article";
import { MAX_UNDATED_LOOKUPS, storeExtractedArticle } from "@/db/queries/ingest";

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

  it("stores an undated article but resolves no relative date in it that no other report gives", () => {
    const result = ingestArticle(
      db,
      { ...ARTICLE, url: null, published: null, body: "Israeli forces shelled Quneitra on Monday." },
      { reviewer: "tester" },
    );
    expect(result).toMatchObject({ status: "stored", eventIds: [] });
    expect(result.status === "stored" && result.warnings.join(" ")).toContain("unresolved");
    expect(result.status === "stored" && result.warnings.join(" ")).toContain(
      '1 happening(s) dated only by words that need the publication day ("on Monday")',
    );
  });
});

/** The day `days` before today, and the latest Friday and year before it: an undated article reaches years back from now. */
const dayBefore = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const daysToFriday = (new Date().getUTCDay() - 5 + 7) % 7 || 7;
const lastFriday = dayBefore(daysToFriday);
const lastYear = Number(dayBefore(0).slice(0, 4)) - 1;

// The database holds the seed article (Türkiye Today, 17 October 2025): a Turkish visit to Damascus on a Friday and
// Assad's flight "last December". The happenings here are others, so that each test's day has one report.
describe("happenings an article cannot date", () => {
  const stored = (raw: Parameters<typeof ingestArticle>[1]) => {
    const result = ingestArticle(db, raw, { reviewer: "tester" });
    if (result.status !== "stored") throw new Error(`not stored: ${JSON.stringify(result)}`);
    return result;
  };
  const eventOf = (id: number) => db.select().from(events).where(eq(events.id, id)).get()!;
  const reasonsOf = (id: number) => db.select().from(eventExtractions).where(eq(eventExtractions.eventId, id)).get()!.reasons;
  const undated = { title: "Undated report", outlet: "Undated Wire", url: null, published: null };

  it("dates 'on Friday' by the stored report of the same visit, and joins its incident", () => {
    const dated = stored({
      title: "Visit",
      outlet: "Dated Daily",
      url: "https://dated.example/visit",
      published: lastFriday,
      body: "A Jordanian military delegation visited Damascus on Friday for talks with Syrian officials.",
    });
    const visit = dated.eventIds[0];
    const result = stored({
      ...undated,
      body: "A delegation from Jordan's armed forces made an official trip to Damascus on Friday for security talks.",
    });
    expect(result.eventIds).toHaveLength(1);
    const report = eventOf(result.eventIds[0]);
    expect(report).toMatchObject({ type: "CONSULT", dateValue: lastFriday, datePrecision: "day" });
    expect(report.incidentId).not.toBeNull();
    expect(report.incidentId).toBe(eventOf(visit).incidentId);
    expect(report.notes).toContain("Dated by another report of it");
    expect(reasonsOf(report.id).join(" ")).toContain(
      `"on Friday" read as ${lastFriday}, the date of event ${visit} (Dated Daily, "Visit")`,
    );
  });

  it("dates 'in December' to the year of the stored report it agrees with", () => {
    stored({
      title: "Withdrawal",
      outlet: "Dated Daily",
      url: "https://dated.example/withdrawal",
      published: `${lastYear}-12-20`,
      body: `Hezbollah withdrew its fighters from the town of Qusayr on December 8, ${lastYear}, residents said.`,
    });
    const result = stored({
      ...undated,
      body: "Hezbollah, which fought for Assad for years, withdrew its fighters from Qusayr in December.",
    });
    expect(result.eventIds.map((id) => `${eventOf(id).type} ${eventOf(id).dateValue}`)).toEqual([`RETREAT ${lastYear}-12`]);
  });

  it("drafts nothing when reports of two days agree, nor from a report of another type", () => {
    for (const weeks of [1, 2])
      stored({
        title: `Aleppo visit ${weeks}`,
        outlet: "Dated Daily",
        url: `https://dated.example/aleppo-${weeks}`,
        published: dayBefore(daysToFriday + 7 * weeks),
        body: `A Russian military delegation visited Aleppo on Friday for talks with Syrian commanders (visit ${weeks}).`,
      });
    const twice = stored({ ...undated, body: "A Russian military delegation made a trip to Aleppo on Friday for talks." });
    expect(twice.eventIds).toEqual([]);
    expect(twice.warnings.join(" ")).toContain("drafted when one does");
    // A strike and an arrest by one state's forces at one place may group as one happening; a date is not read across them.
    stored({
      title: "Strike",
      outlet: "Dated Daily",
      url: "https://dated.example/strike",
      published: lastFriday,
      body: "Jordanian drones struck a smuggling depot in Daraa on Friday.",
    });
    expect(stored({ ...undated, body: "Jordanian troops arrested smugglers in Daraa on Friday." }).eventIds).toEqual([]);
  });

  it("drafts a waiting happening once a later report dates it, into that report's incident", () => {
    const waiting = stored({
      ...undated,
      body: "An Iraqi delegation made an official trip to Damascus on Friday for talks on border security.",
    });
    expect(waiting.eventIds).toEqual([]);
    const waitingRows = () => db.select().from(undatedReports).where(eq(undatedReports.articleId, waiting.articleId)).all();
    expect(waitingRows()).toHaveLength(1);
    const dated = stored({
      title: "Iraqi visit",
      outlet: "Dated Daily",
      url: "https://dated.example/iraqi-visit",
      published: lastFriday,
      body: "An Iraqi delegation visited Damascus on Friday for talks with Syrian officials.",
    });
    // The Jordanian visit of the first test was in Damascus that Friday too, and grouping (which asks only for one
    // shared actor) folds the Iraqi report under it: the waiting report is dated by the folded report alike, not the lead.
    expect(eventOf(dated.eventIds[0]).folded).toBe(true);
    const drafted = db
      .select({ id: events.id })
      .from(events)
      .innerJoin(evidence, eq(evidence.eventId, events.id))
      .where(eq(evidence.articleId, waiting.articleId))
      .all();
    expect(drafted).toHaveLength(1);
    expect(eventOf(drafted[0].id)).toMatchObject({
      type: "CONSULT",
      dateValue: lastFriday,
      incidentId: eventOf(dated.eventIds[0]).incidentId,
    });
    expect(reasonsOf(drafted[0].id).join(" ")).toContain(`the date of event ${dated.eventIds[0]} (Dated Daily, "Iraqi visit")`);
    expect(waitingRows()).toEqual([]);
  });

  it("looks up at most MAX_UNDATED_LOOKUPS happenings of one article, keeping those to wait and counting the rest", () => {
    const body = "Turkish drones struck Kobani on Friday.";
    const [strike] = extractArticle(body).undated;
    const many = Array.from({ length: MAX_UNDATED_LOOKUPS + 30 }, () => strike);
    const article = { title: "Many undated", outlet: "Undated Wire", url: null, published: null, body };
    const extraction = { ...extractArticle(body), undated: many };
    const stored = storeExtractedArticle(db, article, extraction, { reviewer: "tester" });
    expect(stored.eventIds).toEqual([]);
    expect(db.select().from(undatedReports).where(eq(undatedReports.articleId, stored.articleId)).all()).toHaveLength(MAX_UNDATED_LOOKUPS);
    expect(stored.warnings.join(" ")).toContain(`30 more such happening(s) not kept: at most ${MAX_UNDATED_LOOKUPS} per article`);
  });

  it("dates 'today' within the month its URL names, and only there", () => {
    stored({
      title: "Strikes",
      outlet: "Dated Daily",
      url: "https://dated.example/strikes",
      published: "2025-07-16",
      body: "Israeli strikes hit the army headquarters in Damascus on Wednesday, Syria's health ministry said.",
    });
    const inMonth = stored({
      ...undated,
      url: "https://undated.example/israeli-strikes-damascus-6764663-Jul2025/",
      body: "Israeli strikes targeting the defence ministry in Damascus killed one person today, the health ministry said.",
    });
    expect(inMonth.eventIds.map((id) => eventOf(id).dateValue)).toEqual(["2025-07-16"]);
    const otherMonth = stored({
      ...undated,
      url: "https://undated.example/israeli-strikes-damascus-6764664-Jun2025/",
      body: "Israeli strikes on the defence ministry in Damascus wounded 18 people today, the health ministry said.",
    });
    expect(otherMonth.eventIds).toEqual([]);
  });
});
