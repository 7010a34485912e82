/**
 * Incidents on a real SQLite database: reports of one happening from different articles group on
 * ingest, fold under one marker and count once everywhere; reprints of one wire story are one
 * independent source; disagreement, grading, merge and split keep every count right. Articles and
 * sentences are written for these tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gazetteerPlace } from "@/ingest/gazetteer";
import { openPreparedDatabase } from "@/server/start-up";
import { NO_FILTERS } from "@/lib/event-filters";
import type { ExtractedEvent } from "@/lib/extraction-types";
import type { PloverType } from "@/lib/vocabulary";
import { findEvents } from "./events";
import { findTimeline } from "./timeline";
import { listActorsWithCounts } from "./actors";
import { storeExtractedArticle } from "./ingest";
import {
  getIncidentOfEvent,
  groupStoredReports,
  listIncidentsForScoring,
  mergeIncidents,
  overrideCredibility,
  splitReport,
} from "./incidents";
import { gradeOutlet, listOutlets } from "./outlets";
import { reviewEvent, reviewIncident } from "./review";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-incidents-"));
const db = openPreparedDatabase(path.join(dir, "incidents.db"));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const DAMASCUS = "geonames:170654";
const ALEPPO = "geonames:170063";
const ANKARA = "geonames:323786";
/** Dar'a and Tafas, 12 km apart in Daraa governorate. */
const DARAA = "geonames:170905";
const TAFAS = "geonames:163806";
let serial = 0;

/** Stores an article of one sentence reporting one event, as the extractor would draft it. */
function report(options: {
  outlet: string;
  url?: string;
  sentence: string;
  type: PloverType;
  date: string;
  place?: string;
  actors: string[];
}) {
  serial += 1;
  const body = `${options.sentence}\n\nFiled by the desk (${serial}).`;
  const place = gazetteerPlace(options.place ?? DAMASCUS)!;
  const event: ExtractedEvent = {
    type: options.type,
    date: options.date,
    datePrecision: options.date.length === 10 ? "day" : options.date.length === 7 ? "month" : "year",
    dateAssumed: false,
    place: place.name,
    placeId: place.gazetteerId,
    country: place.countryCode,
    placePrecision: place.precision,
    coordinateSource: place.coordinateSource,
    lat: place.lat,
    lon: place.lon,
    geoPrecision: place.precision === "country" || place.precision === "admin1" ? 3 : place.precision === "admin2" ? 2 : 1,
    actors: options.actors,
    evidence: { start: 0, end: options.sentence.length, text: options.sentence },
    trigger: "test",
    planned: false,
    confidence: 0.8,
    reasons: ["written for the test"],
  };
  const stored = storeExtractedArticle(
    db,
    {
      title: `Report ${serial}`,
      outlet: options.outlet,
      url: options.url ?? `https://example-${serial}.test/story`,
      published: options.date,
      body,
    },
    { article: {}, events: [event], places: [], actors: [], dates: [], regions: [], undated: [], warnings: [] },
    { reviewer: "test" },
  );
  return stored.eventIds[0];
}

const visibleEvents = () => findEvents(db, NO_FILTERS, { limit: 1_000 }).features;
/**
 * Which counted table's counts disagree with its rows (their lon/lat sums drift by rounding as
 * triggers add and subtract, so only the keys and counts are compared).
 */
function countsDiffer(): string[] {
  const keys: Record<string, string> = {
    event_cells: "level, cx, cy, n",
    event_actor_cells: "actor_id, level, cx, cy, n",
    event_days: "date_start, date_precision, n",
    event_actor_days: "actor_id, date_start, date_precision, n",
    event_actor_pair_days: "actor_a, actor_b, type, date_start, date_precision, n, fatalities",
    event_region_days: "region_bit, date_start, date_precision, n",
    event_cell_months: "level, month, date_precision, cx, cy, n",
    event_region_cells: "region_bit, level, cx, cy, n",
    actor_event_counts: "actor_id, n",
  };
  const rows = (query: string) => (db.$client.prepare(`select count(*) as n from (${query})`).get() as { n: number }).n;
  return Object.entries(keys)
    .filter(
      ([table, columns]) =>
        rows(`select ${columns} from ${table} where n > 0 except select ${columns} from ${table}_counted`) +
          rows(`select ${columns} from ${table}_counted except select ${columns} from ${table}`) >
        0,
    )
    .map(([table]) => table)
    .concat(
      rows("select * from event_actor_facts except select * from event_actor_facts_counted") +
        rows("select * from event_actor_facts_counted except select * from event_actor_facts") >
        0
        ? ["event_actor_facts"]
        : [],
    );
}

describe("incidents", () => {
  const visit = "The Turkish defence minister met his Syrian counterpart in Damascus on 20 November 2025.";
  let first: number;
  let second: number;

  it("groups two outlets' reports of one visit into one incident shown by one marker", () => {
    first = report({ outlet: "Türkiye Today", sentence: visit, type: "CONSULT", date: "2025-11-20", actors: ["TUR", "SYR"] });
    second = report({
      outlet: "Daily Courier",
      sentence: "Defence officials of Türkiye held talks in Damascus, the Syrian capital, on Thursday 20 November.",
      type: "CONSULT",
      date: "2025-11-20",
      actors: ["TUR", "SYR"],
    });
    const markers = visibleEvents().filter((marker) => [first, second].includes(marker.properties.id));
    expect(markers).toHaveLength(1);
    expect(markers[0].properties).toMatchObject({ id: first, reports: 2, sources: 2, contested: false });
    const incident = getIncidentOfEvent(db, second)!;
    expect(incident.leadEventId).toBe(first);
    expect(incident.reportList.map((entry) => entry.eventId)).toEqual([first, second]);
    expect(incident.reportList[1].link).toMatchObject({ matchedEventId: first, agreed: ["type", "date", "place", "actors"] });
    expect(incident.credibility).toBe(2);
    expect(countsDiffer()).toEqual([]);
  });

  it("counts the incident once in the timeline and the actor counts", () => {
    const month = () => findTimeline(db, { ...NO_FILTERS, actors: ["TUR"] }).buckets.find((bucket) => bucket.month === "2025-11");
    expect(month()?.exact).toBe(1);
    const seedTurkishEvents = listActorsWithCounts(db).find((actor) => actor.id === "TUR")!.eventCount;
    splitReport(db, second, "analyst");
    expect(month()?.exact).toBe(2);
    expect(listActorsWithCounts(db).find((actor) => actor.id === "TUR")!.eventCount).toBe(seedTurkishEvents + 1);
    mergeIncidents(db, first, second, "analyst");
  });

  it("leaves a different happening alone: another city, another type family, a year-precision date", () => {
    const elsewhere = report({
      outlet: "Daily Courier",
      sentence: "Officials met in Aleppo.",
      type: "CONSULT",
      date: "2025-11-20",
      place: ALEPPO,
      actors: ["TUR", "SYR"],
    });
    const strike = report({
      outlet: "Daily Courier",
      sentence: "Jets struck Damascus.",
      type: "ASSAULT",
      date: "2025-11-20",
      actors: ["TUR", "SYR"],
    });
    const vague = report({
      outlet: "Evening Post",
      sentence: "Officials met in Damascus in 2025.",
      type: "CONSULT",
      date: "2025",
      actors: ["TUR", "SYR"],
    });
    for (const id of [elsewhere, strike, vague]) expect(getIncidentOfEvent(db, id)).toBeNull();
  });

  it("groups an untyped happening told of a country with one told of a place in it, never of another country", () => {
    const national = report({
      outlet: "Daily Courier",
      sentence: "A new cabinet took office in Syria in January 2026.",
      type: "OTHER",
      date: "2026-01",
      place: "country:SY",
      actors: ["SYR"],
    });
    const capital = report({
      outlet: "Evening Post",
      sentence: "A new cabinet took office in Damascus in January 2026.",
      type: "OTHER",
      date: "2026-01",
      actors: ["SYR"],
    });
    const abroad = report({
      outlet: "Gazette One",
      sentence: "A new Syrian envoy took office in Ankara in January 2026.",
      type: "OTHER",
      date: "2026-01",
      place: ANKARA,
      actors: ["SYR"],
    });
    expect(getIncidentOfEvent(db, national)?.reports).toBe(2);
    expect(getIncidentOfEvent(db, capital)?.reports).toBe(2);
    expect(getIncidentOfEvent(db, abroad)).toBeNull();
  });

  it("keeps two kinds of movement apart unless one initiator is named for both", () => {
    const advance = report({
      outlet: "Daily Courier",
      sentence: "Columns advanced into Damascus on 9 December 2025.",
      type: "MOBILIZE",
      date: "2025-12-09",
      actors: [],
    });
    const flight = report({
      outlet: "Evening Post",
      sentence: "The former president fled Damascus on 9 December 2025.",
      type: "RETREAT",
      date: "2025-12-09",
      actors: ["SYR-ASSAD"],
    });
    for (const id of [advance, flight]) expect(getIncidentOfEvent(db, id)).toBeNull();
  });

  it("joins a report that names no one only at the same town: another town's deed that day is another happening", () => {
    const strike = report({
      outlet: "Daily Courier",
      sentence: "Israeli jets struck a weapons depot near Daraa on 26 November 2025.",
      type: "ASSAULT",
      date: "2025-11-26",
      place: DARAA,
      actors: ["ISR"],
    });
    const shooting = report({
      outlet: "Evening Post",
      sentence: "Unidentified gunmen shot dead two men in Tafas on 26 November 2025.",
      type: "ASSAULT",
      date: "2025-11-26",
      place: TAFAS,
      actors: [],
    });
    expect(getIncidentOfEvent(db, shooting)).toBeNull();
    const blast = report({
      outlet: "Morning Wire",
      sentence: "A site near Daraa was bombed on 26 November 2025.",
      type: "ASSAULT",
      date: "2025-11-26",
      place: DARAA,
      actors: [],
    });
    expect(
      getIncidentOfEvent(db, blast)
        ?.reportList.map((item) => item.eventId)
        .sort(),
    ).toEqual([strike, blast].sort());
  });

  it("counts reprints of one wire story as one independent source", () => {
    const wire = "DAMASCUS, Syria (AP) — Syrian and Kurdish negotiators signed a deal in Damascus on 2 March 2025.";
    const a = report({ outlet: "Gazette One", sentence: wire, type: "AGREE", date: "2025-03-02", actors: ["SYR", "SDF"] });
    report({
      outlet: "Gazette Two",
      sentence: wire.replace("signed", "agreed"),
      type: "AGREE",
      date: "2025-03-02",
      actors: ["SYR", "SDF"],
    });
    expect(getIncidentOfEvent(db, a)).toMatchObject({ reports: 2, independentSources: 1, credibility: 3 });
    report({
      outlet: "Evening Post",
      sentence: "Our correspondent saw the SDF and Damascus sign the deal in Damascus on 2 March 2025.",
      type: "AGREE",
      date: "2025-03-02",
      actors: ["SYR", "SDF"],
    });
    const incident = getIncidentOfEvent(db, a)!;
    expect(incident).toMatchObject({ reports: 3, independentSources: 2, credibility: 2 });
    expect(incident.reportList.map((entry) => entry.wire)).toEqual(["AP", "AP", null]);
  });

  it("marks an incident contested when its reports name different initiators, and shows each report's own", () => {
    const a = report({
      outlet: "Gazette One",
      sentence: "Israeli jets struck Damascus on 9 May 2025.",
      type: "ASSAULT",
      date: "2025-05-09",
      actors: ["ISR", "SYR"],
    });
    // Naming fewer actors adds detail, not a contradiction.
    report({
      outlet: "Evening Post",
      sentence: "Israeli jets struck the capital on 9 May 2025.",
      type: "ASSAULT",
      date: "2025-05-09",
      actors: ["ISR"],
    });
    expect(getIncidentOfEvent(db, a)).toMatchObject({ contested: false, disagreements: [] });
    report({
      outlet: "Morning Wire",
      sentence: "Syrian army shells hit Damascus on 9 May 2025.",
      type: "ASSAULT",
      date: "2025-05-09",
      actors: ["SYR", "ISR"],
    });
    const incident = getIncidentOfEvent(db, a)!;
    expect(incident.disagreements).toEqual(["initiator"]);
    expect(incident).toMatchObject({ contested: true, credibility: 5 });
    expect(incident.reportList.map((entry) => entry.actors)).toEqual([["ISR", "SYR"], ["ISR"], ["SYR", "ISR"]]);
    expect(visibleEvents().find((marker) => marker.properties.id === a)?.properties.contested).toBe(true);
    expect(overrideCredibility(db, a, 3, "the army's own statement names Israel", "analyst")).toMatchObject({ credibility: 3 });
    expect(() => overrideCredibility(db, a, 2, null, "analyst")).toThrow(/needs a reason/);
  });

  it("splits a report out and merges it back, logging both, with counts right after each", () => {
    expect(splitReport(db, second, "analyst")).toMatchObject({ eventId: second });
    expect(getIncidentOfEvent(db, first)).toBeNull();
    expect(visibleEvents().filter((marker) => [first, second].includes(marker.properties.id))).toHaveLength(2);
    expect(countsDiffer()).toEqual([]);
    expect(() => splitReport(db, second, "analyst")).toThrow(/only report/);
    expect(mergeIncidents(db, first, second, "analyst")).toMatchObject({ reports: 2 });
    expect(() => mergeIncidents(db, first, second, "analyst")).toThrow(/already report one incident/);
    expect(visibleEvents().filter((marker) => [first, second].includes(marker.properties.id))).toHaveLength(1);
    const trail = db.$client.prepare("select action, reviewer from event_reviews where event_id = ? order by id").all(second) as {
      action: string;
    }[];
    expect(trail.map((row) => row.action)).toEqual(["create", "split", "merge", "split", "merge"]);
    expect(countsDiffer()).toEqual([]);
  });

  it("refuses to merge into a rejected incident, and a rejected lead hands the marker on", () => {
    const lone = report({
      outlet: "Gazette One",
      sentence: "Troops withdrew from Aleppo.",
      type: "RETREAT",
      date: "2025-06-01",
      place: ALEPPO,
      actors: ["SDF"],
    });
    reviewEvent(db, lone, { status: "rejected" }, "analyst");
    expect(() => mergeIncidents(db, first, lone, "analyst")).toThrow(/rejected/);
    reviewEvent(db, first, { status: "rejected" }, "analyst");
    expect(visibleEvents().find((marker) => marker.properties.id === second)?.properties.reports).toBe(2);
    expect(countsDiffer()).toEqual([]);
    expect(reviewIncident(db, second, "confirmed", "analyst")).toEqual({ status: "confirmed", reports: 2 });
    expect(getIncidentOfEvent(db, second)?.leadEventId).toBe(first);
  });

  it("filters by independent sources and by the outlets' grade", () => {
    const twoSources = findEvents(db, { ...NO_FILTERS, minSources: 2 }, { limit: 100 }).features.map((marker) => marker.properties.id);
    expect(twoSources).toContain(first);
    expect(twoSources.every((id) => getIncidentOfEvent(db, id)!.independentSources >= 2)).toBe(true);
    expect(findEvents(db, { ...NO_FILTERS, minReliability: "B" }, { limit: 100 }).features).toHaveLength(0);
    const outlet = listOutlets(db).find((entry) => entry.name === "Daily Courier")!;
    gradeOutlet(db, outlet.id, "B", "analyst");
    const graded = findEvents(db, { ...NO_FILTERS, minReliability: "B" }, { limit: 100 }).features.map((marker) => marker.properties.id);
    expect(graded).toContain(first);
  });

  it("prints every incident for the scorer, one report per event", () => {
    const printed = listIncidentsForScoring(db);
    const visitIncident = printed.find((entry) => entry.reports.length === 2 && entry.reports.some((item) => item.title === "Report 1"));
    expect(visitIncident?.reports.map((item) => item.title)).toEqual(["Report 1", "Report 2"]);
  });
});

describe("reports stored before incidents existed", () => {
  it("are grouped by the start-up backfill, batch by batch, which then removes its mark", () => {
    const sentence = "Israeli drones struck a depot near Aleppo on 3 December 2025, a monitor said.";
    const older = report({ outlet: "Aleppo Monitor", sentence, type: "ASSAULT", date: "2025-12-03", place: ALEPPO, actors: ["ISR"] });
    const newer = report({ outlet: "North Wire", sentence, type: "ASSAULT", date: "2025-12-03", place: ALEPPO, actors: ["ISR"] });
    // As migration 0019 finds a database that grouped nothing: both stand alone, marked for the backfill.
    const incidentId = getIncidentOfEvent(db, newer)!.id;
    db.$client.exec(`update events set incident_id = null, folded = 0 where incident_id = ${incidentId};
      delete from incident_links where event_id in (${older}, ${newer}); delete from incidents where id = ${incidentId};`);
    db.$client.prepare("insert into incident_backfill (next_event_id, last_event_id) values (?, ?)").run(1, newer);
    expect(visibleEvents().filter((marker) => [older, newer].includes(marker.properties.id))).toHaveLength(2);

    let batches = 0;
    while (groupStoredReports(db, 2) > 0) batches += 1;
    expect(batches).toBeGreaterThan(0);
    expect(getIncidentOfEvent(db, newer)).toMatchObject({ leadEventId: older, reports: 2 });
    const links = getIncidentOfEvent(db, newer)!.reportList.flatMap((entry) => (entry.link ? [entry.link.linkedBy] : []));
    expect(links).toEqual(["grouped at start-up (stored before incidents)"]);
    expect(visibleEvents().filter((marker) => [older, newer].includes(marker.properties.id))).toHaveLength(1);
    expect(db.$client.prepare("select count(*) as n from incident_backfill").get()).toEqual({ n: 0 });
    expect(countsDiffer()).toEqual([]);
  });
});
