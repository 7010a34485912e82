/**
 * Incidents through the API of a real server: two outlets' reports of one shelling become one
 * incident (one event in every list, both in its panel), a wire story and its reprint count as one
 * independent source, and analysts' decisions answer 4xx with the reason when they cannot apply.
 * The articles are written for this test.
 */
import { describe, expect, it } from "vitest";
import { briefingRequest } from "../server/briefing-request";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

async function send(method: "POST" | "PATCH", path: string, body: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", "x-geobrief-user": "incident analyst" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
const get = async (path: string) => (await fetch(`${server.baseUrl}${path}`)).json();

async function ingest(outlet: string, slug: string, body: string): Promise<number[]> {
  const stored = await send("POST", "/api/articles", {
    title: `${outlet}: shelling in Quneitra`,
    outlet,
    url: `https://${slug}.example.org/quneitra-shelling`,
    published: "2025-09-05",
    body,
  });
  expect(stored.status).toBe(201);
  return stored.body.eventIds;
}

describe("incidents through the API", () => {
  let first: number;
  let second: number;

  it("groups two outlets' reports of one shelling: one event in the list, both reports in its incident", async () => {
    [first] = await ingest(
      "Levant Ledger",
      "levant-ledger",
      "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said.",
    );
    [second] = await ingest(
      "Golan Courier",
      "golan-courier",
      "Residents said Israeli artillery shelled Khan Arnabah, in Quneitra province, on Wednesday.",
    );
    const listed = await get("/api/events?limit=1000");
    const ids = listed.features.map((feature: { id: number }) => feature.id);
    expect(ids).toContain(first);
    expect(ids).not.toContain(second);
    expect(listed.features.find((feature: { id: number }) => feature.id === first).properties).toMatchObject({ reports: 2, sources: 2 });

    const detail = await get(`/api/events/${second}`);
    expect(detail.shownAs).toBe(first);
    expect(detail.matchesFilters).toBe(true);
    expect(detail.incident).toMatchObject({ reports: 2, independentSources: 2, credibility: 2, contested: false });
    expect(detail.incident.reportList.map((report: { article: { outlet: string } }) => report.article.outlet)).toEqual([
      "Levant Ledger",
      "Golan Courier",
    ]);
    expect(detail.incident.reportList[1].evidence[0].quote).toContain("Israeli artillery shelled Khan Arnabah");
  });

  it("lists the incident once in a briefing, with its reports, outlets and credibility, on the page it prints", async () => {
    const created = await send(
      "POST",
      "/api/briefings",
      briefingRequest("Quneitra shelling", "type=ASSAULT&view=9.00/33.1000/35.8000", { zoom: 9, lat: 33.1, lon: 35.8 }),
    );
    expect(created.status).toBe(201);
    const saved = await get(`/api/briefings/${created.body.id}`);
    const shelling = saved.snapshot.events.filter((event: { place: string }) => event.place === "Khan Arnabah");
    expect(shelling).toHaveLength(1);
    expect(shelling[0].incident).toMatchObject({ reports: 2, independentSources: 2, credibility: 2, contested: [] });
    expect(shelling[0].incident.outlets.sort()).toEqual(["Golan Courier", "Levant Ledger"]);
    const page = await (await fetch(`${server.baseUrl}/briefings/${created.body.id}/print`)).text();
    expect(page.replace(/<!-- -->/g, "")).toContain(
      "2 reports · 2 independent sources: Levant Ledger; Golan Courier. Credibility 2, probably true.",
    );
  });

  it("exports one row per incident, and every report with per=report", async () => {
    const rows = async (query: string) =>
      (await (await fetch(`${server.baseUrl}/api/export/events.csv?type=ASSAULT${query}`)).text()).trim().split("\r\n");
    const perIncident = await rows("");
    const perReport = await rows("&per=report");
    expect(perReport.length - perIncident.length).toBe(1);
    const header = perIncident[0].split(",");
    const row = perIncident.find((line) => line.includes("Khan Arnabah"))!;
    expect(row).toContain(",Golan Courier (F); Levant Ledger (F),2");
    expect(header.slice(-5)).toEqual(["incident_id", "incident_reports", "independent_sources", "outlets", "credibility"]);
    expect((await fetch(`${server.baseUrl}/api/export/events.csv?per=everything`)).status).toBe(400);
  });

  it("counts a wire story and its reprint as one independent source", async () => {
    const wire =
      "QUNEITRA, Syria (AP) — Israeli troops raided the village of Jubata al-Khashab in the Quneitra countryside on Thursday, residents said.";
    const [reprint] = await ingest("Gulf Evening Star", "gulf-evening-star", wire);
    await ingest("Cedar Morning Post", "cedar-morning-post", wire.replace("residents said", "according to residents"));
    const detail = await get(`/api/events/${reprint}`);
    expect(detail.incident).toMatchObject({ reports: 2, independentSources: 1, credibility: 3 });
    expect(detail.incident.reportList.map((report: { wire: string | null }) => report.wire)).toEqual(["AP", "AP"]);
    const twoSources = await get("/api/events?min-sources=2&limit=1000");
    const shown = twoSources.features.map((feature: { id: number }) => feature.id);
    expect(shown).toContain(first);
    expect(shown).not.toContain(reprint);
  });

  it("splits and merges a report, and confirms the incident, logging each decision", async () => {
    expect((await send("POST", `/api/events/${second}/incident`, { action: "split" })).status).toBe(200);
    expect((await get(`/api/events/${first}`)).incident).toBeNull();
    const again = await send("POST", `/api/events/${second}/incident`, { action: "split" });
    expect(again).toEqual({
      status: 400,
      body: { error: `event ${second} is the only report of its incident: there is nothing to split it from` },
    });
    expect((await send("POST", `/api/events/${first}/incident`, { action: "merge", with: second })).status).toBe(200);
    const confirmed = await send("POST", `/api/events/${first}/incident`, { action: "confirm" });
    expect(confirmed).toEqual({ status: 200, body: { status: "confirmed", reports: 2 } });
    const reviews = (await get(`/api/events/${second}`)).reviews.map(
      (review: { action: string; reviewer: string }) => `${review.action}:${review.reviewer}`,
    );
    expect(reviews).toEqual(["create:incident analyst", "split:incident analyst", "merge:incident analyst", "confirm:incident analyst"]);
  });

  it.each([
    [{ action: "merge", with: "second" }, /"with": the id of an event of the other incident/],
    [{ action: "dissolve" }, /an "action": merge, split, confirm, reject or credibility/],
    [{ action: "credibility", credibility: 9 }, /"credibility": 1–6 on the Admiralty scale/],
    [{ action: "credibility", credibility: 2 }, /an override of credibility needs a reason/],
  ])("refuses a bad decision with a 400 naming it (%#)", async (decision, message) => {
    const response = await send("POST", `/api/events/${first}/incident`, decision);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(message);
  });

  it("refuses merging an incident with itself, and answers 404 for an event that does not exist", async () => {
    const itself = await send("POST", `/api/events/${first}/incident`, { action: "merge", with: second });
    expect(itself).toEqual({ status: 400, body: { error: `events ${first} and ${second} already report one incident` } });
    expect((await send("POST", `/api/events/${first}/incident`, { action: "merge", with: 999_999 })).status).toBe(404);
  });

  it("grades an outlet, and the reliability filter follows", async () => {
    expect((await get(`/api/events?min-reliability=B&limit=1000`)).features).toHaveLength(0);
    const { outlets } = await get("/api/outlets");
    const ledger = outlets.find((outlet: { name: string }) => outlet.name === "Levant Ledger");
    expect(ledger).toMatchObject({ domain: "levant-ledger.example.org", grade: "F", articles: 1 });
    expect((await send("PATCH", `/api/outlets/${ledger.id}`, { grade: "Z" })).status).toBe(400);
    expect((await send("PATCH", `/api/outlets/${ledger.id}`, { grade: "B" })).status).toBe(200);
    const graded = (await get(`/api/events?min-reliability=B&limit=1000`)).features.map((feature: { id: number }) => feature.id);
    expect(graded).toEqual([first]);
    expect((await fetch(`${server.baseUrl}/api/events?min-reliability=G`)).status).toBe(400);
  });
});
