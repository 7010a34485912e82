import { describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

async function send(method: string, path: string, body: unknown, user = "test analyst") {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", "x-geobrief-user": user },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Text written for this test, with its publication date. */
const ARTICLE = {
  title: "Strike reported near Quneitra",
  outlet: "Geobrief test wire",
  url: "https://example.org/geobrief-test/strike",
  published: "2025-09-05",
  body: "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said.",
};

describe("POST /api/articles", () => {
  it("stores an article with draft events (201), and answers 200 with the same id when sent again", async () => {
    const first = await send("POST", "/api/articles", ARTICLE);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "stored" });
    expect(first.body.eventIds.length).toBeGreaterThan(0);
    const again = await send("POST", "/api/articles", ARTICLE);
    expect(again).toMatchObject({ status: 200, body: { status: "skipped", articleId: first.body.articleId } });
    const event = await (await fetch(`${server.baseUrl}/api/events/${first.body.eventIds[0]}`)).json();
    expect(event.status).toBe("draft");
    expect(event.evidence[0].quote).toBe(ARTICLE.body);
  });

  it.each([
    ["{not json", 400, "not valid JSON"],
    [{ ...ARTICLE, url: null, body: "" }, 400, "body is empty"],
    [{ ...ARTICLE, url: "javascript:alert(1)" }, 400, "url"],
    [{ ...ARTICLE, url: null, body: "x".repeat(1_100_000) }, 413, "limit"],
  ])("refuses bad input with a clear error (%#)", async (body, status, message) => {
    const response = await send("POST", "/api/articles", body);
    expect(response.status).toBe(status);
    expect(response.body.error).toContain(message);
  });
});

describe("reviewing an event", () => {
  async function freshDraft(): Promise<number> {
    const { body } = await send("POST", "/api/articles", { ...ARTICLE, url: null, body: `${ARTICLE.body} (${Math.random()})` });
    return body.eventIds[0];
  }

  it("confirms, edits and rejects, logging each change with the reviewer's name", async () => {
    const id = await freshDraft();
    expect((await send("PATCH", `/api/events/${id}`, { status: "confirmed" }, "Analyst A")).status).toBe(200);
    const edit = await send(
      "PATCH",
      `/api/events/${id}`,
      {
        type: "COERCE",
        date: "2025-09",
        place: "geonames:173334",
        geoPrecision: 2,
        actors: [
          ["ISR", "initiator"],
          ["SYR", "target"],
        ],
      },
      "Analyst B",
    );
    expect(edit.status).toBe(200);
    expect(edit.body.changes.type).toEqual({ from: "ASSAULT", to: "COERCE" });
    const event = await (await fetch(`${server.baseUrl}/api/events/${id}`)).json();
    expect(event).toMatchObject({
      status: "confirmed",
      type: "COERCE",
      dateValue: "2025-09",
      datePrecision: "month",
      geoPrecision: 2,
      reviewedBy: "Analyst B",
    });
    expect(event.place.name).toBe("Al Qunaytirah");
    expect(event.actors.map((actor: { id: string; role: string }) => `${actor.id}:${actor.role}`)).toEqual(["ISR:initiator", "SYR:target"]);
    // The evidence link survives every edit.
    expect(event.evidence[0].quote).toContain("Khan Arnabah");
    expect(event.reviews.map((review: { action: string; reviewer: string }) => `${review.action}:${review.reviewer}`)).toEqual([
      "create:test analyst",
      "confirm:Analyst A",
      "edit:Analyst B",
    ]);
    await send("PATCH", `/api/events/${id}`, { status: "rejected" });
    const visible = await (await fetch(`${server.baseUrl}/api/events`)).json();
    expect(visible.features.some((feature: { id: number }) => feature.id === id)).toBe(false);
  });

  it.each([
    [{}, "at least one field"],
    [{ type: "BOMB" }, '"type"'],
    [{ date: "2025-13" }, '"date"'],
    [{ place: "geonames:0" }, '"place"'],
    [{ actors: [["XYZ", "initiator"]] }, "unknown actor id(s) XYZ"],
    [{ actors: [["xyz", "initiator"]] }, '"actors.0.0"'],
    [{ quote: { start: 5, end: 999999 } }, "not a span"],
    [{ colour: "red" }, "request"],
  ])("refuses an invalid edit with a 400 naming it (%#)", async (edit, message) => {
    const id = await freshDraft();
    const response = await send("PATCH", `/api/events/${id}`, edit);
    expect(response.status).toBe(400);
    expect(response.body.error).toContain(message);
  });

  it("answers 404 for an unknown event", async () => {
    expect((await send("PATCH", "/api/events/999999", { status: "confirmed" })).status).toBe(404);
  });

  it("adds a confirmed event from a selected quote", async () => {
    const { body: stored } = await send("POST", "/api/articles", {
      ...ARTICLE,
      url: null,
      body: `Residents said drones flew over Jasim. ${ARTICLE.body}`,
    });
    const created = await send("POST", "/api/events", {
      articleId: stored.articleId,
      start: 0,
      end: 37,
      type: "MOBILIZE",
      date: "2025-09-04",
      place: "geonames:165997",
      geoPrecision: 1,
      actors: [["ISR", "initiator"]],
    });
    expect(created.status).toBe(201);
    const event = await (await fetch(`${server.baseUrl}/api/events/${created.body.id}`)).json();
    expect(event).toMatchObject({ status: "confirmed", type: "MOBILIZE" });
    expect(event.evidence[0].quote).toBe("Residents said drones flew over Jasim");
  });
});

describe("actors an import created", () => {
  it("can be given to an event in review and switched off in the rail, clashing names included", async () => {
    const csv = [
      "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude,notes",
      "H1,2025-03-10,Battles,Hamza Division,Afrin,36.51,36.87,[Test] Clashes near Afrin.",
      "H2,2025-03-11,Battles,Hamza Divisional Command,Afrin,36.51,36.87,[Test] More clashes near Afrin.",
    ].join("\n");
    const lines = (await (await fetch(`${server.baseUrl}/api/import?name=hamza.csv`, { method: "POST", body: csv })).text())
      .trim()
      .split("\n");
    const { report } = JSON.parse(lines.at(-1)!);
    expect(report.createdActors).toEqual(["HAMZA-DIVISI (Hamza Division)", "HAMZA-DIVISI-2 (Hamza Divisional Command)"]);

    const [event] = (await (await fetch(`${server.baseUrl}/api/events?type=AGREE`)).json()).features;
    const edited = await send("PATCH", `/api/events/${event.id}`, {
      actors: [
        ["HAMZA-DIVISI-2", "initiator"],
        ["SYR", "target"],
      ],
    });
    expect(edited.status).toBe(200);
    expect(
      (await (await fetch(`${server.baseUrl}/api/events/${event.id}`)).json()).actors.map((actor: { id: string }) => actor.id),
    ).toEqual(["HAMZA-DIVISI-2", "SYR"]);

    const hidden = await fetch(`${server.baseUrl}/api/events/view?bbox=30,29,48,41&zoom=5&exclude=HAMZA-DIVISI-2`);
    expect(hidden.status).toBe(200);
    expect((await hidden.json()).events.features.map((feature: { id: number }) => feature.id)).not.toContain(event.id);
    expect(await send("PATCH", `/api/events/${event.id}`, { actors: [["NOPE", "initiator"]] })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("unknown actor id(s) NOPE") },
    });
  });
});

describe("GET /api/places", () => {
  it("finds gazetteer places by any spelling's beginning, Syrian ones first", async () => {
    const places = await (await fetch(`${server.baseUrl}/api/places?q=Quneitra`)).json();
    expect(places[0]).toMatchObject({ countryCode: "SY" });
    expect((await fetch(`${server.baseUrl}/api/places?q=a`)).status).toBe(400);
  });
});

describe("GET /api/places/nearest", () => {
  it("gives the gazetteer town nearest a clicked point, and 404 far from any", async () => {
    const near = await (await fetch(`${server.baseUrl}/api/places/nearest?lon=36.2915&lat=33.5105`)).json();
    expect(near).toMatchObject({ id: "geonames:170654", name: "Damascus" });
    expect((await fetch(`${server.baseUrl}/api/places/nearest?lon=-30&lat=40`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/places/nearest?lon=x&lat=40`)).status).toBe(400);
  });
});
