import { booleanValid } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { sha256 } from "@/db/text-hash";
import { topologyError } from "@/geo/geometry-check";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

async function getJson(path: string) {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

const ids = (collection: { features: { properties: { id: number } }[] }) =>
  collection.features.map((feature) => feature.properties.id).sort((a, b) => a - b);

describe("GET /api/events", () => {
  it("returns the seed article's six events as valid GeoJSON points", async () => {
    const { status, type, body } = await getJson("/api/events");
    expect(status).toBe(200);
    expect(type).toContain("application/json");
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(6);
    for (const feature of body.features) {
      expect(booleanValid(feature.geometry)).toBe(true);
      expect(feature.properties.actors.length).toBeGreaterThan(0);
    }
    expect(body.features.map((feature: { properties: { type: string } }) => feature.properties.type).sort()).toEqual([
      "AGREE",
      "AID",
      "CONSULT",
      "OTHER",
      "RETREAT",
      "SUPPORT",
    ]);
  });

  it("filters by actor (any of, repeatable) and excludes actors", async () => {
    const turkey = (await getJson("/api/events?actor=TUR")).body;
    expect(turkey.features.every((feature: { properties: { actors: string[] } }) => feature.properties.actors.includes("TUR"))).toBe(true);
    expect(turkey.features).toHaveLength(3);
    expect((await getJson("/api/events?actor=SDF&actor=RUS")).body.features).toHaveLength(2);
    const withoutTurkey = (await getJson("/api/events?exclude=TUR")).body;
    expect(withoutTurkey.features).toHaveLength(3);
    expect(ids(withoutTurkey)).not.toEqual(expect.arrayContaining(ids(turkey)));
  });

  it("filters by type, by date overlap honouring precision, by bbox and by region", async () => {
    expect((await getJson("/api/events?type=AGREE")).body.features).toHaveLength(1);
    // Assad's flight is dated December 2024 (month): a range inside that month still finds it.
    const december = (await getJson("/api/events?from=2024-12-20&to=2024-12-21")).body;
    expect(december.features.map((feature: { properties: { type: string } }) => feature.properties.type)).toEqual(["RETREAT"]);
    const damascus = (await getJson("/api/events?bbox=36,33,36.6,34")).body;
    expect(damascus.features.map((feature: { properties: { place: string } }) => feature.properties.place)).toEqual(["Damascus"]);
    // The "northern Syria" point lies 49 km from the border; Damascus 257 km.
    const nearBorder = (await getJson("/api/events?border-km=60")).body;
    expect(nearBorder.features.map((feature: { properties: { place: string } }) => feature.properties.place)).toEqual(["northern Syria"]);
    expect((await getJson("/api/events?border-km=300")).body.features.length).toBe(5);
    const northEast = (await getJson("/api/events?region=sdf-northeast")).body;
    expect(northEast.features.map((feature: { properties: { place: string } }) => feature.properties.place)).toEqual(["northern Syria"]);
  });

  it("pages by cursor: every event once, no page over its limit, and a cap on the limit", async () => {
    const seen: number[] = [];
    let after = 0;
    for (let page = 0; page < 10 && after !== null; page += 1) {
      const { body } = await getJson(`/api/events?limit=4&after=${after}`);
      expect(body.features.length).toBeLessThanOrEqual(4);
      seen.push(...ids(body));
      after = body.next;
    }
    expect(after).toBeNull();
    expect(seen).toEqual([...new Set(seen)]);
    expect(seen).toEqual(ids((await getJson("/api/events")).body));
    expect((await getJson("/api/events?limit=1001")).status).toBe(400);
    expect((await getJson("/api/events?after=-1")).body.error).toContain('"after"');
  });

  it.each([
    ["type=BOMB", "type"],
    ["actor=tur", "actor"],
    ["from=2025-02-30", "from"],
    ["from=2025-10-01&to=2025-01-01", "from"],
    ["bbox=40,30,35,35", "bbox"],
    ["bbox=1,2,3", "bbox"],
    ["region=atlantis", "region"],
    ["border-km=0", "border-km"],
    ["border-km=far", "border-km"],
  ])("rejects %s with a 400 naming the parameter", async (query, parameter) => {
    const { status, body } = await getJson(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(body.error).toContain(`"${parameter}"`);
  });
});

describe("GET /api/events/view and /api/events/timeline", () => {
  it("gives the events of a view when few, with totals, and refuses a view without bbox or zoom", async () => {
    const view = await getJson("/api/events/view?bbox=30,29,48,41&zoom=5.4");
    expect(view.status).toBe(200);
    expect(view.body.total).toBe(6);
    expect(view.body.events.features).toHaveLength(6);
    expect(view.body.clusters.features).toEqual([]);
    const sdfOnly = await getJson("/api/events/view?bbox=30,29,48,41&zoom=5.4&actor=SDF");
    expect(
      sdfOnly.body.events.features.map((feature: { properties: { actors: string[] } }) => feature.properties.actors.includes("SDF")),
    ).toEqual([true]);
    expect((await getJson("/api/events/view?zoom=5")).body.error).toContain('"bbox"');
    expect((await getJson("/api/events/view?bbox=30,29,48,41&zoom=abc")).status).toBe(400);
    expect((await getJson("/api/events/view?bbox=48,29,30,41&zoom=5")).status).toBe(400);
  });

  it("counts events per month for the timeline, ignoring its own date range", async () => {
    const all = await getJson("/api/events/timeline");
    const ranged = await getJson("/api/events/timeline?from=2025-10-01&to=2025-10-31");
    expect(all.body.total).toBe(6);
    expect(ranged.body).toEqual(all.body);
    const months = all.body.buckets.map((bucket: { month: string }) => bucket.month);
    expect(months).toEqual([...months].sort());
    expect((await getJson("/api/events/timeline?type=BOMB")).status).toBe(400);
  });

  it("says whether filters would show an event", async () => {
    const [first] = (await getJson("/api/events/view?bbox=30,29,48,41&zoom=5.4&actor=SDF")).body.events.features;
    expect((await getJson(`/api/events/${first.properties.id}?actor=SDF`)).body.matchesFilters).toBe(true);
    expect((await getJson(`/api/events/${first.properties.id}?exclude=SDF`)).body.matchesFilters).toBe(false);
  });
});

describe("POST /api/import", () => {
  const post = (query: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/api/import${query}`, { method: "POST", body, headers });

  it("refuses a file it cannot take with a clear error, and a write from another site", async () => {
    expect(await (await post("", "a,b")).json()).toEqual({ error: 'parameter "name" must end in .csv, .geojson or .json' });
    expect((await post("?name=x.csv", "")).status).toBe(400);
    expect((await post("?name=x.csv", "a,b", { origin: "https://evil.example" })).status).toBe(403);
  });

  it("runs one import at a time: a second while the first runs is told to retry, and imports nothing", async () => {
    const rows = Array.from(
      { length: 2_000 },
      (_, index) =>
        `Q${index},2025-05-${String(1 + (index % 28)).padStart(2, "0")},Protests,Civilians,Jasim,33.0,36.06,[Queue test ${index}] A protest.`,
    );
    // The answer's headers come once the import has started on its worker: from then on it holds the one slot.
    const first = await post(
      "?name=first.csv",
      ["event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,notes", ...rows].join("\n"),
    );
    const second = await post(
      "?name=second.csv",
      "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,notes\nS1,2025-05-01,Protests,Civilians,Jasim,33.0,36.06,[Queue test second] A protest.",
    );
    expect(second.status).toBe(503);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await second.json()).error).toContain("another import is running");
    const report = (await first.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .at(-1).report;
    expect(report).toMatchObject({ imported: 2_000 });
    const search = await getJson("/api/search?q=Queue%20test%20second");
    // Nothing of the refused file is held: not its row, not its words.
    expect(search.body).toEqual([]);
  });

  it("streams an error line when the file is not what its name says", async () => {
    const response = await post("?name=x.geojson", "not json");
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.at(-1).error).toContain("not JSON");
  });
});

describe("GET /api/events/:id", () => {
  it("gives place, actors with roles, evidence and derived facts", async () => {
    const consult = (await getJson("/api/events?type=CONSULT")).body.features[0];
    const { status, body } = await getJson(`/api/events/${consult.properties.id}`);
    expect(status).toBe(200);
    expect(body.place).toMatchObject({ name: "Damascus", coordinateSource: "GeoNames 170654" });
    expect(body.actors.map((actor: { id: string; role: string }) => `${actor.id}:${actor.role}`)).toEqual(["TUR:initiator", "SYR:target"]);
    expect(body.evidence[0].quote).toBe(
      "A delegation from the Turkish National Defense Ministry paid an official visit to the Syrian capital Damascus on Friday",
    );
    expect(body.evidence[0].outlet).toBe("Türkiye Today");
    expect(body.facts.regions).toEqual([]);
    // Damascus lies about 250 km from the Turkish border and 40–50 km from the Golan line.
    expect(body.facts.borderDistanceKm).toBeGreaterThan(200);
    expect(body.facts.borderDistanceKm).toBeLessThan(300);
    expect(body.facts.ceasefireLineDistanceKm).toBeLessThan(60);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect(await getJson("/api/events/99999")).toMatchObject({ status: 404, body: { error: "no event with id 99999" } });
    const malformed = await getJson("/api/events/1abc");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toContain("event id");
  });
});

describe("GET /api/regions and /api/regions/:id", () => {
  it("returns the three regions as valid polygons with basis and sources", async () => {
    const { body } = await getJson("/api/regions");
    expect(body.features.map((feature: { id: string }) => feature.id).sort()).toEqual([
      "sdf-northeast",
      "southwest-syria",
      "turkey-syria-border",
    ]);
    for (const region of body.features) {
      expect(booleanValid(region.geometry)).toBe(true);
      // As GDAL/GEOS read it (QGIS, PostGIS): no hole crossing itself, no sliver.
      expect(topologyError(region.geometry), region.id).toBeNull();
      expect(region.properties.basis.length).toBeGreaterThan(50);
      expect(region.properties.sources.length).toBeGreaterThan(0);
    }
    expect(body.features.find((feature: { id: string }) => feature.id === "sdf-northeast").properties.status).toBe("approximate");
  });

  it("lists the sentences that mention a region, and 404s an unknown one", async () => {
    const { body } = await getJson("/api/regions/turkey-syria-border");
    expect(body.mentions.map((mention: { quote: string }) => mention.quote)).toEqual(["the Syrian border", "its southern border"]);
    expect((await getJson("/api/regions/atlantis")).status).toBe(404);
  });
});

describe("GET /api/articles/:id", () => {
  it("returns the verbatim body whose spans match their quotes", async () => {
    const { body: article } = await getJson("/api/articles/1");
    expect(sha256(article.body)).toBe(article.bodySha256);
    // The draft the seed review rejected is not shown as evidence.
    expect(article.eventSpans).toHaveLength(6);
    const { body: event } = await getJson(`/api/events/${article.eventSpans[0].eventId}`);
    const span = event.evidence[0];
    expect(article.body.slice(span.start, span.end)).toBe(span.quote);
    expect(article.regionSpans.map((span: { regionId: string }) => span.regionId)).toContain("southwest-syria");
  });

  it("answers 404 for an unknown article", async () => {
    expect((await getJson("/api/articles/424242")).status).toBe(404);
  });
});

describe("exports", () => {
  it("exports the filtered events as GeoJSON and ACLED-style CSV, and the shown regions", async () => {
    const geojson = await fetch(`${server.baseUrl}/api/export/events.geojson?actor=TUR`);
    expect(geojson.headers.get("content-disposition")).toMatch(/attachment; filename="geobrief-events-\d{4}-\d{2}-\d{2}\.geojson"/);
    const collection = await geojson.json();
    expect(collection.features).toHaveLength(3);
    expect(
      collection.features.every((feature: { properties: { actors: { name: string }[] } }) =>
        feature.properties.actors.some((actor) => actor.name === "Türkiye"),
      ),
    ).toBe(true);
    expect(collection.features[0].properties.quote.length).toBeGreaterThan(20);

    const csv = await (await fetch(`${server.baseUrl}/api/export/events.csv?type=AGREE`)).text();
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,/);
    expect(lines[1]).toContain("On March 10, the Syrian presidency announced an agreement");

    const regions = await (await fetch(`${server.baseUrl}/api/export/regions.geojson?exclude=SDF`)).json();
    expect(regions.features.map((feature: { id: string }) => feature.id).sort()).toEqual(["southwest-syria", "turkey-syria-border"]);
    expect((await fetch(`${server.baseUrl}/api/export/events.csv?type=BOMB`)).status).toBe(400);
    const unknownRegion = await fetch(`${server.baseUrl}/api/export/events.geojson?region=atlantis`);
    expect(unknownRegion.status).toBe(400);
    expect((await unknownRegion.json()).error).toContain('no region "atlantis"');
  });
});

describe("GET /api/search", () => {
  it("answers matches, and 400 for a query too short", async () => {
    const { status, body } = await getJson("/api/search?q=Damascus");
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThan(2);
    expect((await getJson("/api/search?q=a")).status).toBe(400);
  });

  it("completes only a last word of two letters or more", async () => {
    const completed = (await getJson("/api/search?q=Damas")).body;
    expect(completed.some((result: { snippet: string }) => result.snippet.includes("[[Damascus]]"))).toBe(true);
    // "s." is the word "s", not every word starting with s.
    const { status, body } = await getJson("/api/search?q=s.");
    expect(status).toBe(200);
    expect(body.every((result: { snippet: string }) => !/\[\[s\w+\]\]/i.test(result.snippet))).toBe(true);
  });
});
