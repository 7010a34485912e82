/**
 * Region versions drawn through the API of a real server: saved on the import worker, refused with
 * the problem named, and refused with 409 when drawn from a version that is no longer current.
 * Every shape is a square written for this test (no claim about any real line).
 */
import { describe, expect, it } from "vitest";
import { TEST_BOW_TIE_HOLE, TEST_SHELL, TEST_SQUARE_CLOCKWISE } from "../fixtures/regions";
import { startTestServer } from "../server/test-server";

const server = startTestServer();
const post = async (path: string, body: unknown) => {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-geobrief-user": "front-line analyst" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};
const version = (overrides: object = {}) => ({
  baseVersion: 1,
  geometry: { type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] },
  validFrom: "2026-01-10",
  status: "contested",
  basis: "A square drawn by the test suite.",
  sources: [{ title: "Geobrief test suite", publisher: "Geobrief", url: "https://example.org/test" }],
  ...overrides,
});
const regionDetail = async (id: string) => (await fetch(`${server.baseUrl}/api/regions/${id}`)).json();

describe("POST /api/regions/:id/versions", () => {
  it("stores version 2, drawn by whom, and refuses a second drawing from version 1 with 409", async () => {
    expect(await post("/api/regions/southwest-syria/versions", version())).toEqual({
      status: 201,
      body: { id: "southwest-syria", version: 2 },
    });
    const detail = await regionDetail("southwest-syria");
    expect([detail.version, detail.status, detail.validFrom]).toEqual([2, "contested", "2026-01-10"]);
    expect(detail.history[0]).toMatchObject({ version: 2, recordedBy: "front-line analyst" });
    expect(detail.history[1]).toMatchObject({ version: 1, validTo: "2026-01-10" });

    const stale = await post("/api/regions/southwest-syria/versions", version({ validFrom: "2026-01-20" }));
    expect(stale).toEqual({
      status: 409,
      body: {
        error:
          "version 1 of southwest-syria is no longer current: version 2 was saved since by front-line analyst; reload it and draw again",
      },
    });
    expect((await regionDetail("southwest-syria")).history).toHaveLength(2);
  });

  it("names each problem with 400 and saves nothing", async () => {
    const refusals = [
      [
        { geometry: { type: "Polygon", coordinates: [TEST_SHELL, TEST_BOW_TIE_HOLE] } },
        /^the drawing crosses itself near 40\.3000, 36\.3000/,
      ],
      [{ sources: [] }, /"sources" must be at least one source/],
      [{ validFrom: "2999-01-01" }, /is in the future/],
      [{ baseVersion: 2, validFrom: "2026-01-01" }, /validFrom cannot come before the current version's \(2026-01-10\)/],
      [{ baseVersion: 2, sources: [{ articleId: 999999, start: 0, end: 10 }] }, /no stored article 999999/],
    ] as const;
    for (const [change, message] of refusals) {
      const answer = await post("/api/regions/southwest-syria/versions", version({ baseVersion: 2, validFrom: "2026-02-01", ...change }));
      expect(answer.status, JSON.stringify(change)).toBe(400);
      expect(answer.body.error).toMatch(message);
    }
    expect((await post("/api/regions/no-such-region/versions", version())).status).toBe(404);
    expect((await regionDetail("southwest-syria")).version).toBe(2);
  });
});

describe("POST /api/regions", () => {
  const newRegion = {
    id: "test-turkish-held",
    name: "Test Turkish-held area",
    kind: "control-area",
    controllingActor: "TUR",
    geometry: { type: "Polygon", coordinates: [TEST_SQUARE_CLOCKWISE] },
    validFrom: "2026-01-05",
    status: "claimed",
    basis: "A square drawn by the test suite.",
    sources: [{ articleId: 1, start: 0, end: 30 }],
  };

  it("makes a region of any actor, on the map, citing a stored sentence that becomes its mention", async () => {
    expect(await post("/api/regions", newRegion)).toEqual({ status: 201, body: { id: "test-turkish-held", version: 1 } });
    const regions = await (await fetch(`${server.baseUrl}/api/regions`)).json();
    expect(regions.features.map((feature: { id: string }) => feature.id)).toContain("test-turkish-held");
    const detail = await regionDetail("test-turkish-held");
    expect([detail.controllingActor, detail.status, detail.mentions.length]).toEqual(["TUR", "claimed", 1]);
    expect((await fetch(`${server.baseUrl}/api/events?region=test-turkish-held`)).status).toBe(200);
  });

  it("refuses an id taken (409), an unknown holder and a bad id (400)", async () => {
    expect((await post("/api/regions", newRegion)).status).toBe(409);
    const unknown = await post("/api/regions", { ...newRegion, id: "test-other", controllingActor: "NOBODY" });
    expect(unknown).toEqual({ status: 400, body: { error: "unknown holder NOBODY: not an actor of the registry" } });
    expect((await post("/api/regions", { ...newRegion, id: "Bad Id" })).body.error).toMatch(/^property "id" must be a region id/);
  });
});
