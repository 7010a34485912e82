import { describe, expect, it } from "vitest";
import { startTestServer } from "../server/test-server";

const server = startTestServer();

const get = async (path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, body: await response.json() };
};

/**
 * Text written for this test: a strike stated with its day and village (sure), and a visit due later
 * with no place of its own (less sure).
 */
const ARTICLE = {
  title: "Drafts of differing certainty",
  outlet: "Geobrief test wire",
  url: "https://example.org/geobrief-test/drafts",
  published: "2025-09-05",
  body:
    "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said. " +
    "Separately, Turkey will reportedly supply Syrian forces with drones.",
};

describe("the review queue", () => {
  it("lists drafts least sure first, each with its confidence, and the event says why it was drafted", async () => {
    const stored = await fetch(`${server.baseUrl}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-geobrief-user": "test analyst" },
      body: JSON.stringify(ARTICLE),
    });
    expect(stored.status).toBe(201);
    const { eventIds } = (await stored.json()) as { eventIds: number[] };
    expect(eventIds).toHaveLength(2);

    const queue = await get("/api/events/drafts?limit=200");
    expect(queue.status).toBe(200);
    const ours = queue.body.drafts.filter((draft: { id: number }) => eventIds.includes(draft.id));
    expect(ours.map((draft: { type: string; planned: boolean }) => `${draft.type}${draft.planned ? " planned" : ""}`)).toEqual([
      "AID planned",
      "ASSAULT",
    ]);
    const confidences = queue.body.drafts.map((draft: { confidence: number | null }) => draft.confidence ?? 2);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(queue.body.total).toBeGreaterThanOrEqual(2);

    const strike = (await get(`/api/events/${eventIds[0]}`)).body;
    expect(strike.extraction.confidence).toBeGreaterThan(ours[0].confidence);
    expect(strike.extraction.reasons).toEqual([
      'trigger: the words "shelled" (ASSAULT)',
      expect.stringMatching(/^place: "Khan Arnabah" as written in the sentence: Khan Arnabah \(/),
      'date: "on Wednesday" in the sentence',
    ]);
  });

  it("follows the map's filters, and refuses a bad limit naming it", async () => {
    // The Turkish supply is a draft with TUR; the Israeli shelling is not.
    const onlyTurkey = await get("/api/events/drafts?actor=TUR&limit=200");
    expect(onlyTurkey.body.drafts.some((draft: { type: string }) => draft.type === "AID")).toBe(true);
    expect(onlyTurkey.body.drafts.some((draft: { type: string }) => draft.type === "ASSAULT")).toBe(false);
    expect(onlyTurkey.body.total).toBeLessThan((await get("/api/events/drafts")).body.total);
    expect(await get("/api/events/drafts?limit=5000")).toMatchObject({ status: 400, body: { error: expect.stringContaining('"limit"') } });
    expect(await get("/api/events/drafts?actor=not%20an%20id")).toMatchObject({ status: 400 });
  });
});
