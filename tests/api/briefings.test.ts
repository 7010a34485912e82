import { describe, expect, it } from "vitest";
import { briefingRequest, pngDataUrl } from "../server/briefing-request";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

/** A valid PNG whose header is rewritten to claim other dimensions (a decompression bomb's trick). */
function pngClaiming(width: number, height: number): string {
  const bytes = Buffer.from(pngDataUrl(8, 8).slice("data:image/png;base64,".length), "base64");
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

const valid = () => briefingRequest("Test briefing", "exclude=RUS&view=5.40/35.4000/38.6000", { zoom: 5.4, lat: 35.4, lon: 38.6 });

async function post(body: unknown) {
  const response = await fetch(`${server.baseUrl}/api/briefings`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-geobrief-user": "Analyst" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
const get = async (path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, body: response.headers.get("content-type")?.includes("json") ? await response.json() : null };
};

describe("briefings API", () => {
  it("saves a frozen copy that does not change when the live data does, and says what changed", async () => {
    const created = await post(valid());
    expect(created.status).toBe(201);
    const { body: saved } = await get(`/api/briefings/${created.body.id}`);
    expect(saved).toMatchObject({
      title: "Test briefing",
      createdBy: "Analyst",
      changes: { compared: true, added: [], edited: [], removed: [] },
    });
    expect(saved.snapshot.filtersInWords).toEqual(["Hidden: events involving Russia"]);
    expect(saved.snapshot.events.map((event: { type: string }) => event.type).sort()).toEqual([
      "AGREE",
      "AID",
      "CONSULT",
      "OTHER",
      "SUPPORT",
    ]);
    expect(saved.snapshot.events[0].evidence[0].quote.length).toBeGreaterThan(20);
    expect(saved.snapshot.regions.map((region: { id: string }) => region.id).sort()).toEqual([
      "sdf-northeast",
      "southwest-syria",
      "turkey-syria-border",
    ]);

    const consult = saved.snapshot.events.find((event: { type: string }) => event.type === "CONSULT");
    await fetch(`${server.baseUrl}/api/events/${consult.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "COOPERATE" }),
    });
    const { body: later } = await get(`/api/briefings/${created.body.id}`);
    expect(later.changes.edited).toEqual([consult.id]);
    expect(later.snapshot.events.find((event: { id: number }) => event.id === consult.id).type).toBe("CONSULT");

    const image = await fetch(`${server.baseUrl}/api/briefings/${created.body.id}/map.png`);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect((await get("/api/briefings")).body.map((briefing: { id: number }) => briefing.id)).toContain(created.body.id);
  });

  it.each([
    [{ title: "  " }, 400, "title is empty"],
    [{ notes: "x".repeat(10_001) }, 413, "notes"],
    [{ mapImage: "data:image/png;base64,aGVsbG8=" }, 400, "not a PNG"],
    [{ mapImage: "data:text/html;base64,PHNjcmlwdD4=" }, 400, "PNG data URL"],
    [{ query: "type=BOMB" }, 400, '"type"'],
    [{ mapImage: pngClaiming(100_000, 100_000) }, 400, "100000 × 100000 pixels"],
    [{ mapImage: pngDataUrl(8, 8) }, 400, "not the 800 × 600 map"],
    [{ title: "Brief\u202eing" }, 400, "U+202E"],
  ])("refuses bad input with a clear error (%#)", async (change, status, message) => {
    const response = await post({ ...valid(), ...change });
    expect(response.status).toBe(status);
    expect(response.body.error).toContain(message);
  });

  it("stays readable, in print too, after the live data inside its filters outgrows any briefing", async () => {
    const created = await post({ ...valid(), query: "type=PROTEST" });
    expect(created.status).toBe(201);
    const rows = Array.from(
      { length: 2_100 },
      (_, index) =>
        `P${index},2025-06-${String(1 + (index % 28)).padStart(2, "0")},Protests,Civilians,Jasim,33.0,36.06,[Test protest ${index}] A protest in Jasim.`,
    );
    const csv = ["event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,notes", ...rows].join("\n");
    const imported = await (await fetch(`${server.baseUrl}/api/import?name=protests.csv`, { method: "POST", body: csv })).text();
    expect(imported).toContain('"imported":2100');
    const { status, body } = await get(`/api/briefings/${created.body.id}`);
    expect(status).toBe(200);
    expect(body.snapshot.events).toEqual([]);
    expect(body.changes).toEqual({ compared: false, liveMoreThan: 2_000 });
    expect((await fetch(`${server.baseUrl}/briefings/${created.body.id}/print`)).status).toBe(200);
    expect(await (await fetch(`${server.baseUrl}/briefings/${created.body.id}`)).text()).toContain("More than 2,000 events now match");
  });

  it("answers 404 for an unknown briefing, its image, its PDF and its pages, and 400 for a bad paper", async () => {
    for (const path of [
      "/api/briefings/4242",
      "/api/briefings/4242/map.png",
      "/api/briefings/4242/pdf",
      "/briefings/4242",
      "/briefings/4242/print",
    ]) {
      expect((await fetch(`${server.baseUrl}${path}`)).status, path).toBe(404);
    }
    const created = await post(valid());
    expect((await get(`/api/briefings/${created.body.id}/pdf?paper=a3`)).status).toBe(400);
  });
});

describe("PDF export without Chromium", () => {
  const bare = startTestServer({ env: { CHROMIUM_PATH: "/nonexistent/chromium" } });

  it("answers 503 with a message that says what to do", async () => {
    const created = await fetch(`${bare.baseUrl}/api/briefings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(valid()),
    });
    const { id } = await created.json();
    const response = await fetch(`${bare.baseUrl}/api/briefings/${id}/pdf`);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toContain("Chromium");
  });
});
